import { browser } from 'wxt/browser';
import { commentKey } from '../../lib/domain';
import { printTextHash, sha256Hex } from '../../lib/capture/hash';
import { tr } from '../../lib/i18n';
import { sendToTab } from '../../messaging/client';
import type { PrintShot, PrintSubject } from '../../messaging/protocol';
import { getDb } from '../../storage/db';
import { PrintStorageFullError, savePrint, type SaveResult } from '../../storage/prints';
import type { PrintRecord } from '../../storage/schema';
import { getSetting } from '../../storage/settings';
import { addPending } from './pending';
import { CaptureError, encodePng, encodeThumbnail, redactedCopy, shootRegion } from './shoot';
import { errorText } from '../../lib/error-text';
import { applyUserLocale } from '../locale';

/*
 * From "save this comment" to a stored print: ask the tab's content script to show and measure the comment,
 * capture (stitching when it is taller than the screen), build the record from the comment's DOM data, store
 * it atomically, and tell the user on the page what happened, including when the disk is full.
 */

export interface CaptureRequest {
  tabId: number;
  commentId?: string;
  includeReplies?: boolean;
  redact?: boolean;
}

async function visibleTab(tabId: number) {
  await applyUserLocale();
  const tab = await browser.tabs.get(tabId);
  if (!tab.active || tab.windowId === undefined) {
    throw new CaptureError(tr('a aba do comentário precisa estar aberta na frente para o print.', 'the comment’s tab must be in front to take the print.'));
  }
  return { id: tabId, windowId: tab.windowId };
}

function contentUnreachable(error: unknown): boolean {
  const message = errorText(error);
  return /Receiving end does not exist|Could not establish connection|no answer/i.test(message);
}

/** Captures a comment of a tab and stores it. Throws with a pt-BR message the caller can show. */
export async function captureComment(request: CaptureRequest): Promise<SaveResult> {
  const tab = await visibleTab(request.tabId);
  const includeReplies = request.includeReplies ?? false;
  const redact = request.redact ?? false;
  let prepared;
  let images;
  try {
    try {
      prepared = await sendToTab(tab.id, 'cs.print.prepare', { commentId: request.commentId, includeReplies, redact });
    } catch (error) {
      if (contentUnreachable(error)) throw new CaptureError(tr('o Ronda não está ativo nesta página (recarregue a página).', 'Ronda is not running on this page (reload it).'));
      throw error;
    }
    if (!prepared.shot || !prepared.subject) throw new CaptureError(prepared.problem ?? tr('comentário não encontrado na página.', 'comment not found on the page.'));
    const commentId = prepared.subject.commentId ?? request.commentId;
    images = await shootRegion(tab.windowId, prepared.shot, async (delta) => {
      if (!commentId) return undefined;
      return (await sendToTab(tab.id, 'cs.print.scroll', { commentId, includeReplies, redact, delta })).shot;
    });
  } finally {
    // Always: Ronda's badges come back and the page returns to where the user had it, whatever failed.
    await sendToTab(tab.id, 'cs.print.finish', {}).catch(() => undefined);
  }
  return store(tab.id, prepared.subject, images.original, redact ? images.redactBoxes : null, { includeReplies });
}

/** A free-area print: the rectangle the user drew, captured once (it is always on screen). */
export async function captureArea(tabId: number, shot: PrintShot, subject: PrintSubject, redact: boolean): Promise<SaveResult> {
  const tab = await visibleTab(tabId);
  const images = await shootRegion(tab.windowId, shot, async () => undefined);
  return store(tab.id, subject, images.original, redact ? images.redactBoxes : null, { includeReplies: false, area: shot.region });
}

async function store(
  tabId: number,
  subject: PrintSubject,
  original: OffscreenCanvas,
  redactBoxes: PrintShot['redact'] | null,
  options: { includeReplies: boolean; area?: PrintShot['region'] },
): Promise<SaveResult> {
  const started = Date.now();
  const redacted = redactBoxes !== null && redactBoxes.length > 0;
  const shared = redacted ? redactedCopy(original, redactBoxes) : original;
  const [png, thumb, originalPng] = await Promise.all([
    encodePng(shared),
    encodeThumbnail(shared),
    redacted ? encodePng(original) : Promise.resolve(undefined),
  ]);
  const key = subject.commentId ? commentKey(subject.page.site, subject.commentId) : undefined;
  const known = key ? await getDb().comments.get(key).catch(() => undefined) : undefined;
  const [user, activeProject] = await Promise.all([getSetting('user'), getSetting('activeProjectId')]);
  const print: PrintRecord = {
    id: crypto.randomUUID(),
    site: subject.page.site,
    postUrl: subject.page.postUrl,
    permalink: subject.permalink,
    commentKey: key,
    authorName: subject.authorName.slice(0, 500),
    authorHandle: subject.authorHandle?.slice(0, 500),
    text: subject.text,
    commentPostedAt: subject.postedAt,
    capturedAt: started,
    capturedBy: user.name,
    projectId: known?.projectId ?? activeProject,
    label: known?.label ?? subject.label,
    tags: [],
    starred: false,
    notes: '',
    textHash: await printTextHash({ site: subject.page.site, postUrl: subject.page.postUrl, authorName: subject.authorName, text: subject.text, redacted, area: options.area }),
    imageHash: await sha256Hex(png),
    width: shared.width,
    height: shared.height,
    redacted,
    includesReplies: options.includeReplies,
    updatedAt: started,
  };
  const imageRow = { id: print.id, png, thumb, originalPng };
  try {
    const result = await savePrint(print, imageRow, { action: key ? { commentKey: key, user: user.name } : undefined });
    await notify(tabId, result.duplicateOf
      ? { tone: 'warn', text: tr('Print salvo, mas este comentário já estava no acervo. Abra o acervo para manter só um.', 'Print saved, but this comment was already in the collection. Open it to keep just one.'), printId: result.printId }
      : { tone: 'ok', text: tr('Print salvo no acervo.', 'Print saved to the collection.'), printId: result.printId });
    return result;
  } catch (error) {
    if (error instanceof PrintStorageFullError) {
      await addPending({ print, images: imageRow });
      const text = tr(
        'Armazenamento cheio: o print não coube. Ele ficou guardado; abra o acervo para liberar espaço e salvar (ou baixar) o print.',
        'Storage is full: the print did not fit. It is being kept; open the collection to free space and save (or download) it.',
      );
      await notify(tabId, { tone: 'error', text, printId: print.id });
      const told = new CaptureError(text);
      told.notified = true;
      throw told;
    }
    throw error;
  }
}

async function notify(tabId: number, notice: { tone: 'ok' | 'warn' | 'error'; text: string; printId?: string }): Promise<void> {
  await sendToTab(tabId, 'cs.print.notice', notice).catch(() => undefined);
}

/** Errors of captures started without a page UI waiting for an answer (shortcut, context menu). */
export async function reportFailure(tabId: number, error: unknown): Promise<void> {
  if (error instanceof CaptureError && error.notified) return;
  const text = errorText(error);
  try {
    await sendToTab(tabId, 'cs.print.notice', { tone: 'error', text: `${tr('Print não salvo', 'Print not saved')}: ${text}`.slice(0, 500) });
  } catch {
    // No content script on this page: the toolbar badge is the only place left to say it.
    await browser.action.setBadgeText({ tabId, text: '!' }).catch(() => undefined);
    await browser.action.setTitle({ tabId, title: `Ronda: ${text}`.slice(0, 300) }).catch(() => undefined);
  }
}
