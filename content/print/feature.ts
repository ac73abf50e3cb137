import { tr } from '../../lib/i18n';
import { sendToBackground } from '../../messaging/client';
import { boundedComment, WIRE_LIMITS, type PageInfo, type PrintShot, type PrintSubject } from '../../messaging/protocol';
import type { FeatureFactory } from '../features';
import type { PageRuntime } from '../page-runtime';
import { measureShot, type RegionParts } from './measure';
import { afterPaint, ScrollKeeper } from './scroll';
import { PrintTarget } from './target';
import { selectArea, setCaptureMode, showNotice } from './ui';
import { errorText } from '../../lib/error-text';

/**
 * Content side of prints: shows and measures a comment for the background's captures, hides Ronda's own UI
 * while the tab is photographed, tracks which comment the shortcut/context menu means, shows the result, and
 * runs the free-area selection.
 */
export const printFeature: FeatureFactory = (runtime) => {
  const target = new PrintTarget((node) => runtime.commentIdOf(node));
  target.attach(document);
  const keeper = new ScrollKeeper();
  /** Margin kept above the comment so its top edge is not flush with a header. */
  const MARGIN = 8;

  const parts = (commentId: string, includeReplies: boolean): RegionParts | undefined => {
    const main = runtime.elementFor(commentId);
    if (!main) return undefined;
    const elements: Element[] = [main];
    const authors = [{ names: namesOf(runtime, commentId) }];
    if (includeReplies) {
      for (const reply of runtime.comments()) {
        if (reply.parentId !== commentId) continue;
        const el = runtime.elementFor(reply.commentId);
        if (!el || main.contains(el)) {
          // Replies drawn inside the comment's own element are already in the region; only their names count.
          if (el) authors[0]!.names.push(...namesOf(runtime, reply.commentId));
          continue;
        }
        elements.push(el);
        authors.push({ names: namesOf(runtime, reply.commentId) });
      }
    }
    return { elements, authors };
  };

  const measure = async (commentId: string, includeReplies: boolean, redact: boolean): Promise<PrintShot | undefined> => {
    await afterPaint();
    const p = parts(commentId, includeReplies);
    return p && measureShot(p, redact);
  };

  return {
    'cs.print.prepare': async ({ commentId, includeReplies, redact }) => {
      const id = commentId ?? target.current();
      if (!id) return { problem: tr('nenhum comentário sob o mouse: passe o mouse sobre um comentário e tente de novo.', 'no comment under the pointer: hover a comment and try again.') };
      const p = parts(id, includeReplies);
      const comment = runtime.comment(id);
      if (!p || !comment) return { problem: tr('esse comentário não está mais na página (ela pode ter recarregado a lista).', 'that comment is no longer on the page.') };
      setCaptureMode(true);
      keeper.rememberAround(p.elements[0]!);
      p.elements[0]!.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
      let shot = await measure(id, includeReplies, redact);
      if (!shot) return { problem: tr('esse comentário não está mais na página.', 'that comment is no longer on the page.') };
      // Fit the comment below sticky headers; a comment taller than the visible area starts at its top.
      const top = shot.region.y - shot.clip.y;
      const bottom = shot.region.y + shot.region.height - (shot.clip.y + shot.clip.height);
      const delta = shot.region.height + 2 * MARGIN > shot.clip.height || top < MARGIN ? top - MARGIN : bottom > 0 ? bottom + MARGIN : 0;
      if (Math.abs(delta) >= 1) {
        keeper.scrollBy(p.elements[0]!, delta);
        shot = (await measure(id, includeReplies, redact)) ?? shot;
      }
      // Every name in the print is blurred or none is: a thread too big for that is printed without its replies.
      if (shot.redact.length > WIRE_LIMITS.redactBoxes) {
        return { problem: tr('nomes demais para borrar neste print: tire o print sem as respostas.', 'too many names to blur in this print: take it without the replies.') };
      }
      return { shot, subject: subjectOf(runtime, id) };
    },
    'cs.print.scroll': async ({ commentId, includeReplies, redact, delta }) => {
      const el = runtime.elementFor(commentId);
      if (!el) return {};
      keeper.scrollBy(el, delta);
      return { shot: await measure(commentId, includeReplies, redact) };
    },
    'cs.print.finish': () => {
      setCaptureMode(false);
      keeper.restore();
      return { ok: true as const };
    },
    'cs.print.notice': (notice) => {
      showNotice(notice, (printId) => void sendToBackground('bg.gallery.open', { printId }).catch(() => undefined));
      return { ok: true as const };
    },
    'cs.print.selectArea': ({ hint }) => {
      void runArea(runtime, hint);
      return { ok: true as const };
    },
  };
};

function namesOf(runtime: PageRuntime, commentId: string): string[] {
  const c = runtime.comment(commentId);
  return c ? [c.authorName, c.authorHandle ?? ''].filter(Boolean) : [];
}

function pageOf(runtime: PageRuntime): PageInfo {
  return runtime.pageInfo() ?? { site: runtime.site, postUrl: location.href.split('#')[0]!, title: document.title.slice(0, 500) };
}

function subjectOf(runtime: PageRuntime, commentId: string): PrintSubject {
  const c = boundedComment(runtime.comment(commentId)!);
  return {
    commentId,
    page: pageOf(runtime),
    permalink: c.permalink,
    authorName: c.authorName,
    authorHandle: c.authorHandle,
    text: c.text,
    postedAt: c.postedAt,
    label: c.label,
  };
}

async function runArea(runtime: PageRuntime, hint?: string): Promise<void> {
  const rect = await selectArea(hint);
  if (!rect) return;
  // The overlay must be off the screen before the tab is photographed.
  setCaptureMode(true);
  await afterPaint();
  try {
    const inside = runtime.comments().filter((c) => {
      const el = runtime.elementFor(c.commentId);
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.bottom > rect.y && r.top < rect.y + rect.height && r.right > rect.x && r.left < rect.x + rect.width;
    });
    const only = inside.length === 1 ? inside[0] : undefined;
    const selection = window.getSelection()?.toString().trim() ?? '';
    const subject: PrintSubject = {
      commentId: only?.commentId,
      page: pageOf(runtime),
      permalink: only?.permalink,
      ...boundedComment({
        authorName: only?.authorName ?? '',
        ...(only?.authorHandle === undefined ? {} : { authorHandle: only.authorHandle }),
        text: inside.length ? inside.map((c) => c.text).join('\n\n') : selection,
      }),
      postedAt: only?.postedAt,
      label: only?.label,
    };
    const viewport = { x: 0, y: 0, width: window.innerWidth, height: window.innerHeight };
    const shot: PrintShot = {
      region: rect,
      clip: viewport,
      viewport: { width: viewport.width, height: viewport.height },
      devicePixelRatio: window.devicePixelRatio || 1,
      redact: [],
    };
    await sendToBackground('bg.print.captureArea', { shot, subject, redact: false });
  } catch (error) {
    showNotice(
      { tone: 'error', text: `${tr('Print não salvo', 'Print not saved')}: ${errorText(error)}`.slice(0, 500) },
      (printId) => void sendToBackground('bg.gallery.open', { printId }).catch(() => undefined),
    );
  } finally {
    setCaptureMode(false);
  }
}
