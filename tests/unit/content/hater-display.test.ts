// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HaterDisplayController, type HideReason } from '../../../content/hater-display';

const HATER: HideReason = { kind: 'hater' };
const IN_THREAD: HideReason = { kind: 'thread', haterId: 'h' };

function textEl() {
  const el = document.createElement('span');
  el.style.display = 'inline-flex';
  el.style.filter = 'contrast(1)';
  el.textContent = 'ofensa';
  return el;
}

describe('HaterDisplayController', () => {
  it('asks for a blur over haters without restyling the site’s element, and stops when revealed or relabelled', () => {
    const c = new HaterDisplayController('blur');
    const el = textEl();
    expect(c.apply('1', HATER, el)).toBe('blur');
    expect(el.getAttribute('data-ronda-hidden')).toBe('blur');
    expect(el.style.filter).toBe('contrast(1)');
    expect(el.style.display).toBe('inline-flex');
    expect(c.toggle('1', HATER)).toBe(false);
    expect(c.apply('1', HATER, el)).toBeNull();
    expect(el.hasAttribute('data-ronda-hidden')).toBe(false);
    c.toggle('1', HATER);
    expect(c.apply('1', HATER, el)).toBe('blur');
    expect(c.apply('1', null, el)).toBeNull(); // staff relabelled it: not a hater any more
    expect(el.hasAttribute('data-ronda-hidden')).toBe(false);
    expect(c.apply('2', HATER, null)).toBeNull();
  });

  it('collapses in collapse mode and puts the site’s display back; leaves everything alone in show mode', () => {
    const collapse = new HaterDisplayController('collapse');
    const a = textEl();
    expect(collapse.apply('1', HATER, a)).toBe('collapse');
    expect(a.style.display).toBe('none');
    expect(collapse.apply('1', HATER, a)).toBe('collapse'); // applied twice: the original is still known
    collapse.toggle('1', HATER);
    expect(collapse.apply('1', HATER, a)).toBeNull();
    expect(a.style.display).toBe('inline-flex');
    const show = new HaterDisplayController('show');
    const b = textEl();
    expect(show.apply('1', HATER, b)).toBeNull();
    expect(b.style.display).toBe('inline-flex');
    expect(b.hasAttribute('data-ronda-hidden')).toBe(false);
  });

  it('hides the replies in a hater’s thread with it: showing the hater shows them, and one can be shown alone', () => {
    const c = new HaterDisplayController('blur');
    const reply = textEl();
    expect(c.apply('r', IN_THREAD, reply)).toBe('blur');
    expect(c.canToggle(IN_THREAD)).toBe(true);
    // Shown on its own, and hidden again.
    expect(c.toggle('r', IN_THREAD)).toBe(false);
    expect(c.apply('r', IN_THREAD, reply)).toBeNull();
    expect(c.canToggle(IN_THREAD)).toBe(true);
    expect(c.toggle('r', IN_THREAD)).toBe(true);
    // Showing the hater shows its thread; the reply then has nothing of its own to offer.
    c.toggle('h', HATER);
    expect(c.isHidden('r', IN_THREAD)).toBe(false);
    expect(c.apply('r', IN_THREAD, reply)).toBeNull();
    expect(c.canToggle(IN_THREAD)).toBe(false);
    c.toggle('h', HATER);
    expect(c.apply('r', IN_THREAD, reply)).toBe('blur');
  });

  it('leaves the thread alone when the setting is off, and offers nothing when haters are shown anyway', () => {
    const c = new HaterDisplayController('collapse', false);
    const reply = textEl();
    expect(c.apply('r', IN_THREAD, reply)).toBeNull();
    expect(reply.style.display).toBe('inline-flex');
    expect(c.canToggle(IN_THREAD)).toBe(false);
    expect(c.apply('h', HATER, textEl())).toBe('collapse');
    c.setMode('collapse', true);
    expect(c.apply('r', IN_THREAD, reply)).toBe('collapse');
    expect(reply.style.display).toBe('none');
    c.setMode('show');
    expect(c.apply('r', IN_THREAD, reply)).toBeNull();
    expect(reply.style.display).toBe('inline-flex');
    expect(c.canToggle(HATER)).toBe(false);
    expect(c.canToggle(null)).toBe(false);
  });
});
