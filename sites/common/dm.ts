import { isWebProtocol, type Site } from '../../lib/domain';
import { detectSite } from '../../lib/site-of-url';
import type { DmPack } from '../pack';
import type { ReplyBox } from '../types';
import { anyOf } from './dom';
import { compileAll } from './regex';

/**
 * The message composer of a site's DM thread, from the pack's `dm` data. Only a thread page of the site itself
 * qualifies: a public comment box must never receive a private message (one project posted a private reply
 * publicly that way), so nothing outside those URLs is ever returned.
 */
export function createDmComposerFinder(site: Site, pack: DmPack): (doc: Document, url: URL) => ReplyBox | null {
  const threadPath = compileAll(pack.threadPath);
  const composer = anyOf(pack.composer);
  const exclude = pack.exclude.length ? anyOf(pack.exclude) : '';
  const isThread = (url: URL) => detectSite(url) === site && isWebProtocol(url) && threadPath.some((p) => p.test(url.pathname));
  return (doc, url) => {
    if (!isThread(url)) return null;
    const candidates = [...doc.querySelectorAll<HTMLElement>(composer)].filter(
      (el) => el.getClientRects().length > 0 && !(exclude && el.closest(exclude)),
    );
    const el = candidates[candidates.length - 1];
    if (!el) return null;
    return { element: el, kind: el instanceof HTMLTextAreaElement ? 'textarea' : 'lexical' };
  };
}
