// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { contentId } from '../../../sites/common/hash';
import { collapseWhitespace, isoTime, readText } from '../../../sites/common/text';

function el(build: (d: Document) => Node): Element {
  const div = document.createElement('div');
  div.appendChild(build(document));
  return div;
}

describe('comment text reading', () => {
  test('emoji images become their alt, blocks separate words, hidden and script content is skipped', () => {
    const root = el((d) => {
      const f = d.createDocumentFragment();
      const p1 = d.createElement('p');
      p1.append('Amei', d.createElement('br'), 'demais ');
      const img = d.createElement('img');
      img.alt = '🔥';
      p1.append(img);
      const p2 = d.createElement('p');
      p2.textContent = 'segunda linha';
      const hidden = d.createElement('span');
      hidden.hidden = true;
      hidden.textContent = 'Ler mais';
      const script = d.createElement('script');
      script.textContent = 'alert(1)';
      f.append(p1, p2, hidden, script);
      return f;
    });
    expect(readText(root)).toBe('Amei demais 🔥 segunda linha');
  });

  test('markup-looking text stays text; zero-width and bidi marks are kept; whitespace collapses', () => {
    const text = '  <b>oi</b>\n\t gol\u200Bpe \uFEFF\u202Eabc\u202C  ';
    const root = el((d) => d.createTextNode(text));
    expect(readText(root)).toBe('<b>oi</b> gol\u200Bpe \uFEFF\u202Eabc\u202C');
    expect(collapseWhitespace('\u00a0a \n b\u2003')).toBe('a b');
  });

  test('skip callback drops sub-trees (buttons inside Facebook text blocks)', () => {
    const root = el((d) => {
      const f = d.createDocumentFragment();
      const b = d.createElement('div');
      b.setAttribute('role', 'button');
      b.textContent = 'Ver mais';
      f.append('Texto longo… ', b);
      return f;
    });
    expect(readText(root, (e) => e.getAttribute('role') === 'button')).toBe('Texto longo…');
  });

  test('machine-readable times become ISO 8601 in UTC', () => {
    expect(isoTime('2026-11-20T10:07:12-03:00')).toBe('2026-11-20T13:07:12.000Z');
    expect(isoTime('há 2 dias')).toBeUndefined();
    expect(isoTime(null)).toBeUndefined();
  });

  test('content ids are stable and depend on both author and text', () => {
    expect(contentId('Ana', 'Quero comprar')).toBe(contentId('Ana', 'Quero comprar'));
    expect(contentId('Ana', 'Quero comprar')).not.toBe(contentId('Bia', 'Quero comprar'));
    expect(contentId('Ana', 'b')).not.toBe(contentId('Anab', ''));
    expect(contentId('Ana', 'x')).toMatch(/^h-[0-9a-z]+$/);
  });
});
