// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HaterDisplayController } from '../../../content/hater-display';

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
    expect(c.apply('1', true, el)).toBe('blur');
    expect(el.getAttribute('data-ronda-hidden')).toBe('blur');
    expect(el.style.filter).toBe('contrast(1)');
    expect(el.style.display).toBe('inline-flex');
    expect(c.toggle('1')).toBe(false);
    expect(c.apply('1', true, el)).toBeNull();
    expect(el.hasAttribute('data-ronda-hidden')).toBe(false);
    c.toggle('1');
    expect(c.apply('1', true, el)).toBe('blur');
    expect(c.apply('1', false, el)).toBeNull(); // staff relabelled it: not a hater any more
    expect(el.hasAttribute('data-ronda-hidden')).toBe(false);
    expect(c.apply('2', true, null)).toBeNull();
  });

  it('collapses in collapse mode and puts the site’s display back; leaves everything alone in show mode', () => {
    const collapse = new HaterDisplayController('collapse');
    const a = textEl();
    expect(collapse.apply('1', true, a)).toBe('collapse');
    expect(a.style.display).toBe('none');
    expect(collapse.apply('1', true, a)).toBe('collapse'); // applied twice: the original is still known
    collapse.toggle('1');
    expect(collapse.apply('1', true, a)).toBeNull();
    expect(a.style.display).toBe('inline-flex');
    const show = new HaterDisplayController('show');
    const b = textEl();
    expect(show.apply('1', true, b)).toBeNull();
    expect(b.style.display).toBe('inline-flex');
    expect(b.hasAttribute('data-ronda-hidden')).toBe(false);
  });
});
