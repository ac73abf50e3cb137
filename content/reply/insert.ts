import type { EditorKind, ReplyBox } from '../../sites/types';

/**
 * Puts text into a site's own editor so that the site's JavaScript registers it (and its "post" button
 * enables), without ever submitting. Each editor family needs a different path:
 *
 * - React-controlled textarea (Instagram composer, WordPress): execCommand('insertText') — trusted input
 *   events, undo works — else the native value setter plus an `input` event, which React's value tracker
 *   sees as a change (a plain `.value =` is not).
 * - Lexical / Draft contenteditable (Facebook, Instagram DMs): execCommand per line with insertParagraph
 *   between lines (a multi-line insertText keeps only the first line); Lexical commits after the current turn,
 *   so the result is checked only after it settles, and the fallback is a synthetic paste carrying a
 *   DataTransfer. Never retried immediately: that is how text gets triplicated.
 * - YouTube's #contenteditable-root (plain contenteditable): execCommand, then an `input` event so its
 *   submit button enables; last resort, DOM text plus `input`, which YouTube accepts.
 * - Quill (.ql-editor, wpDiscuz): execCommand per line; Quill reads DOM mutations into its model.
 *
 * A leading @mention the site prefilled (Instagram's Reply puts "@user " in the composer) is kept; any other
 * text already in the box is replaced, so inserting a second template does not pile up replies.
 */
export type InsertVia = 'execCommand' | 'native-setter' | 'paste' | 'dom';

export interface InsertOutcome {
  ok: boolean;
  via?: InsertVia;
}

/** Lexical renders on a later turn; give it this long before reading what it registered. */
const SETTLE_MS = 80;

export async function insertIntoEditor(box: ReplyBox, text: string): Promise<InsertOutcome> {
  const el = box.element;
  el.scrollIntoView({ block: 'center' });
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return insertIntoField(el, text);
  return insertIntoEditable(el, box.kind, text);
}

/** Whitespace-insensitive comparison: editors turn line breaks into paragraphs and add trailing newlines. */
export function normalise(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Text of the box as the site's editor shows it. */
export function editorText(el: HTMLElement): string {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
  return el.innerText ?? el.textContent ?? '';
}

/** True when the box holds exactly the kept prefix and the text: not less, and not the text twice. */
export function holds(el: HTMLElement, text: string, prefix = ''): boolean {
  const want = normalise(`${prefix} ${text}`);
  return want.length > 0 && normalise(editorText(el)) === want;
}

const LEADING_MENTIONS = /^\s*((?:@[\p{L}\p{N}._-]+(?:\s+|$))+)/u;

/** The leading "@user " mentions of a text (what Instagram's Reply prefills), kept on insertion; or ''. */
export function mentionPrefix(current: string): string {
  const m = LEADING_MENTIONS.exec(current);
  return m ? `${m[1]!.trim()} ` : '';
}

function insertIntoField(el: HTMLTextAreaElement | HTMLInputElement, text: string): InsertOutcome {
  const target = mentionPrefix(el.value) + text;
  el.focus();
  el.setSelectionRange(0, el.value.length);
  if (document.execCommand('insertText', false, target) && el.value === target) return { ok: true, via: 'execCommand' };
  // The prototype's setter, not the element's own `value` property (React wraps that one to track writes).
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, target);
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: target }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  return el.value === target ? { ok: true, via: 'native-setter' } : { ok: false };
}

async function insertIntoEditable(el: HTMLElement, kind: EditorKind, text: string): Promise<InsertOutcome> {
  const before = editorText(el);
  const prefix = selectReplaceable(el);
  const paragraphs = kind === 'lexical' || kind === 'quill';
  // execCommand's return value says little (editors that cancel the edit and apply it themselves report
  // either way); what the editor holds once it settles is what counts.
  text.split(/\r?\n/).forEach((line, i) => {
    if (i > 0) document.execCommand(paragraphs ? 'insertParagraph' : 'insertLineBreak');
    if (line) document.execCommand('insertText', false, line);
  });
  if (kind === 'contenteditable') el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  await settle();
  if (holds(el, text, prefix)) return { ok: true, via: 'execCommand' };

  // Nothing (or only part) registered. Select what is there now after the kept mention — a partial insert
  // included — and replace it in one step, so the fallback can never leave the text twice.
  const changed = editorText(el) !== before;
  const keptNow = selectReplaceable(el);
  const replacement = keptNow || !changed ? text : prefix + text;
  if (kind !== 'contenteditable') {
    pasteInto(el, replacement);
    await settle();
    if (holds(el, replacement, keptNow)) return { ok: true, via: 'paste' };
  }
  if (kind === 'lexical') return { ok: false };
  // Plain contenteditable and Quill read the DOM: write it and announce it.
  writeDom(el, prefix + text, kind === 'quill');
  el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  await settle();
  return holds(el, text, prefix) ? { ok: true, via: 'dom' } : { ok: false };
}

/**
 * Focuses the box and selects everything after a leading mention (a non-editable mention chip, as Facebook
 * and Lexical render them, or "@user " text), so the insertion replaces earlier text but keeps who the reply
 * is addressed to. Returns the kept prefix as text ('' when none).
 */
function selectReplaceable(el: HTMLElement): string {
  el.focus();
  const doc = el.ownerDocument;
  const selection = doc.getSelection();
  const range = doc.createRange();
  range.selectNodeContents(el);
  const start = mentionEnd(el);
  if (start) range.setStart(start.node, start.offset);
  selection?.removeAllRanges();
  selection?.addRange(range);
  if (!start) return '';
  const kept = doc.createRange();
  kept.setStart(el, 0);
  kept.setEnd(start.node, start.offset);
  return `${kept.toString().trim()} `;
}

function mentionEnd(el: HTMLElement): { node: Node; offset: number } | undefined {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof HTMLElement && node.getAttribute('contenteditable') === 'false') {
      // A chip: keep it and the space after it.
      const next = node.nextSibling;
      if (next?.nodeType === Node.TEXT_NODE && /^\s*$/.test(next.textContent ?? '')) {
        return { node: next, offset: next.textContent!.length };
      }
      const parent = node.parentNode!;
      return { node: parent, offset: Array.prototype.indexOf.call(parent.childNodes, node) + 1 };
    }
    if (node.nodeType === Node.TEXT_NODE) {
      const value = node.textContent ?? '';
      if (!value.trim()) continue;
      const m = LEADING_MENTIONS.exec(value);
      return m ? { node, offset: m[0].length } : undefined;
    }
  }
  return undefined;
}

function pasteInto(el: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

function writeDom(el: HTMLElement, text: string, paragraphs: boolean): void {
  const doc = el.ownerDocument;
  el.replaceChildren();
  const lines = text.split(/\r?\n/);
  if (paragraphs) {
    for (const line of lines) {
      const p = doc.createElement('p');
      if (line) p.textContent = line;
      else p.append(doc.createElement('br'));
      el.append(p);
    }
    return;
  }
  lines.forEach((line, i) => {
    if (i > 0) el.append(doc.createElement('br'));
    el.append(doc.createTextNode(line));
  });
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
}
