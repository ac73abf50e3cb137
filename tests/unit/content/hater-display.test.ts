// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { HaterDisplayController } from '../../../content/hater-display';

function textEl() {
  const el = document.createElement('span');
  el.style.filter = 'contrast(1)';
  el.textContent = 'ofensa';
  return el;
}

describe('HaterDisplayController', () => {
  it('blurs haters, restores the site’s own styles when revealed or relabelled', () => {
    const c = new HaterDisplayController('blur');
    const el = textEl();
    c.apply('1', true, el);
    expect(el.style.filter).toBe('blur(6px)');
    expect(c.toggle('1')).toBe(false);
    c.apply('1', true, el);
    expect(el.style.filter).toBe('contrast(1)');
    c.toggle('1');
    c.apply('1', true, el);
    c.apply('1', false, el); // staff relabelled it: not a hater any more
    expect(el.style.filter).toBe('contrast(1)');
    expect(el.hasAttribute('data-ronda-hidden')).toBe(false);
  });

  it('collapses in collapse mode and leaves everything alone in show mode', () => {
    const collapse = new HaterDisplayController('collapse');
    const a = textEl();
    collapse.apply('1', true, a);
    expect(a.style.display).toBe('none');
    const show = new HaterDisplayController('show');
    const b = textEl();
    show.apply('1', true, b);
    expect(b.style.display).toBe('');
    expect(b.style.filter).toBe('contrast(1)');
  });
});
