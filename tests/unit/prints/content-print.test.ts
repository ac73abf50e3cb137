// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PrintTarget } from '../../../content/print/target';
import { dragRect, setCaptureMode, showNotice } from '../../../content/print/ui';

describe('which comment the shortcut and context menu mean', () => {
  function setup() {
    document.body.replaceChildren();
    const a = document.createElement('div');
    a.dataset.cid = 'A';
    a.append(document.createElement('span'));
    const b = document.createElement('div');
    b.dataset.cid = 'B';
    const blank = document.createElement('p');
    document.body.append(a, b, blank);
    let now = 1_000;
    const target = new PrintTarget((node) => (node instanceof Element ? node.closest<HTMLElement>('[data-cid]')?.dataset.cid : undefined), () => now, 60_000);
    const detach = target.attach(document);
    return { a, b, blank, target, detach, tick: (ms: number) => (now += ms) };
  }

  it('follows the pointer and keeps the last comment when the pointer leaves for blank space', () => {
    const { a, b, blank, target, detach } = setup();
    expect(target.current()).toBeUndefined();
    a.firstElementChild!.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(target.current()).toBe('A');
    blank.dispatchEvent(new Event('pointerover', { bubbles: true }));
    expect(target.current()).toBe('A');
    b.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(target.current()).toBe('B');
    detach();
  });

  it('prefers the right-clicked comment, and forgets old picks', () => {
    const { a, b, target, detach, tick } = setup();
    b.dispatchEvent(new Event('pointerover', { bubbles: true }));
    a.dispatchEvent(new Event('contextmenu', { bubbles: true }));
    expect(target.current()).toBe('A');
    tick(61_000);
    expect(target.current()).toBeUndefined();
    detach();
  });
});

describe('page UI of prints', () => {
  it('turns a drag in any direction into a rectangle inside the viewport', () => {
    expect(dragRect({ x: 300, y: 200 }, { x: 100, y: 50 }, { width: 1000, height: 800 })).toEqual({ x: 100, y: 50, width: 200, height: 150 });
    expect(dragRect({ x: -20, y: 10 }, { x: 50, y: 900 }, { width: 1000, height: 800 })).toEqual({ x: 0, y: 10, width: 50, height: 790 });
  });

  it('hides Ronda overlays while capturing and restores them after', () => {
    setCaptureMode(true);
    expect(document.documentElement.hasAttribute('data-ronda-capturing')).toBe(true);
    expect(document.getElementById('ronda-print-capture-style')?.textContent).toContain('ronda-badge');
    setCaptureMode(false);
    expect(document.documentElement.hasAttribute('data-ronda-capturing')).toBe(false);
  });

  it('shows a notice in its own shadow root, as text, with a way to the gallery that only a person can press', () => {
    const opened: (string | undefined)[] = [];
    showNotice({ tone: 'warn', text: '<img src=x onerror=alert(1)> já estava no acervo', printId: 'p1' }, (id) => opened.push(id));
    const host = document.querySelector('ronda-print-ui[data-kind="notice"]')!;
    const box = host.shadowRoot!.querySelector('.box')!;
    expect(box.querySelector('img')).toBeNull();
    expect(box.textContent).toContain('<img src=x onerror=alert(1)> já estava no acervo');
    // A scripted click (the page's own scripts reach this shadow root) opens nothing; a person's click does (e2e:
    // print.e2e.ts, "Abrir acervo").
    (box.querySelector('button') as HTMLButtonElement).click();
    expect(opened).toEqual([]);
    expect(document.querySelector('ronda-print-ui[data-kind="notice"]')).not.toBeNull();
    // Its close button is not guarded: a page closing Ronda's notice takes nothing from staff.
    (box.querySelectorAll('button')[1] as HTMLButtonElement).click();
    expect(document.querySelector('ronda-print-ui')).toBeNull();
  });
});
