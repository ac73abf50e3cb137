/**
 * Text reading shared by the adapters. Comment text is read node by node (never via innerText, which forces
 * layout) so hostile content comes back verbatim: markup payloads stay text, zero-width and bidi marks stay.
 */

// Elements whose boundaries separate words even when the markup has no whitespace between them.
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'BR', 'BLOCKQUOTE', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'TR', 'TD']);
// Never part of what a reader sees.
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'svg', 'BUTTON']);

/**
 * Collapses whitespace runs to one space and trims. U+FEFF counts as whitespace for JS `\s` but is a
 * zero-width character a hater may use to dodge filters, so it is kept like the other zero-width marks.
 */
export function collapseWhitespace(s: string): string {
  return s.replace(/[^\S\uFEFF]+/g, ' ').replace(/^[^\S\uFEFF]+|[^\S\uFEFF]+$/g, '');
}

/**
 * A long text's first words as a title: cut at a word's end (never inside an emoji's surrogate pair), with "…".
 */
export function firstWords(s: string, max = 100): string {
  const chars = [...s];
  if (chars.length <= max) return s;
  const head = chars.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  return `${space > max / 2 ? head.slice(0, space) : head}…`;
}

/**
 * Visible text of an element: text nodes in order, emoji images (`<img alt="😀">`) as their alt text, block
 * boundaries as spaces, whitespace collapsed. `skip` drops sub-trees (e.g. nested replies, "Read more").
 */
export function readText(el: Element, skip?: (e: Element) => boolean): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push(child.nodeValue ?? '');
      } else if (child.nodeType === 1) {
        const e = child as Element;
        if (SKIP_TAGS.has(e.tagName)) continue;
        if (e.hasAttribute('hidden')) continue;
        if (skip?.(e)) continue;
        if (e.tagName === 'IMG') {
          parts.push(e.getAttribute('alt') ?? '');
          continue;
        }
        const block = BLOCK_TAGS.has(e.tagName);
        if (block) parts.push(' ');
        walk(e);
        if (block) parts.push(' ');
      }
    }
  };
  walk(el);
  return collapseWhitespace(parts.join(''));
}

/** textContent, whitespace collapsed: for short labels (names, button captions). */
export function labelText(el: Element | null | undefined): string {
  return el ? collapseWhitespace(el.textContent ?? '') : '';
}

/** ISO 8601 from a machine-readable date attribute, or undefined when it does not parse. */
export function isoTime(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}
