import type { ReplyBox } from '../../sites/types';

/**
 * The message composer of a DM thread (Instagram /direct/t/…, Facebook /messages/t/…). Both are Lexical
 * editors. Only thread URLs qualify: a public comment box must never receive a private message (one
 * project posted a private reply publicly that way), so nothing outside these URLs is ever returned.
 */
export function isDmThreadUrl(url: URL): boolean {
  if (/(^|\.)instagram\.com$/.test(url.hostname)) return /^\/direct\/t\/[^/]+/.test(url.pathname);
  if (/(^|\.)facebook\.com$/.test(url.hostname)) return /^\/messages\/(e2ee\/)?t\/[^/]+/.test(url.pathname);
  return false;
}

export function findDmComposer(doc: Document, url: URL): ReplyBox | null {
  if (!isDmThreadUrl(url)) return null;
  const candidates = [
    ...doc.querySelectorAll<HTMLElement>('div[role="textbox"][contenteditable="true"]'),
    ...doc.querySelectorAll<HTMLElement>('textarea'),
  ].filter((el) => el.getClientRects().length > 0 && !el.closest('[role="dialog"][aria-label*="omment" i]'));
  // The thread composer is the last editor on the page (search boxes come first).
  const el = candidates[candidates.length - 1];
  if (!el) return null;
  return { element: el, kind: el instanceof HTMLTextAreaElement ? 'textarea' : 'lexical' };
}

/** The composer renders after the thread loads: wait for it, up to `timeoutMs`. */
export async function waitForDmComposer(doc: Document, url: URL, timeoutMs: number): Promise<ReplyBox | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const box = findDmComposer(doc, url);
    if (box || Date.now() >= deadline) return box;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
