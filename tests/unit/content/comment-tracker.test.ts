// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CommentTracker, MARK_ATTR, type TrackerEvents } from '../../../content/comment-tracker';
import { createAdapter } from '../../../sites';
import type { SiteAdapter } from '../../../sites/types';
import { YT_VIDEO } from '../../fixtures/generate';
import { loadFixture } from '../sites/fixture-loader';

/** A minimal adapter over `<div class="c" data-id data-author>text</div>` elements. */
const adapter: SiteAdapter = {
  site: 'blog',
  isThreadPage: () => true,
  postUrl: (u) => u.href,
  observeRoot: (d) => d.body,
  findComments: (root) => [...root.querySelectorAll('.c')],
  readComment: (el) =>
    el.getAttribute('data-id')
      ? {
          id: el.getAttribute('data-id')!,
          authorName: el.getAttribute('data-author') ?? '',
          text: el.textContent ?? '',
          isReply: el.hasAttribute('data-parent'),
          ...(el.hasAttribute('data-parent') ? { parentId: el.getAttribute('data-parent')! } : {}),
          ...(el.hasAttribute('data-role') ? { siteRole: el.getAttribute('data-role')! } : {}),
        }
      : null,
  badgeAnchor: (el) => el,
  textElement: (el) => el as HTMLElement,
  openReplyBox: async () => null,
  findLoadMore: () => [],
};

function comment(id: string, text: string, parent?: string) {
  const el = document.createElement('div');
  el.className = 'c';
  el.setAttribute('data-id', id);
  if (parent) el.setAttribute('data-parent', parent);
  el.setAttribute('data-author', 'Ana');
  el.textContent = text;
  document.body.append(el);
  return el;
}

describe('CommentTracker', () => {
  let events: { [K in keyof TrackerEvents]: ReturnType<typeof vi.fn> };
  let tracker: CommentTracker;

  beforeEach(() => {
    document.body.replaceChildren();
    events = {
      classify: vi.fn((d: { text: string }) => ({ label: d.text.includes('?') ? 'doubt' : 'praise', confidence: 0.9, evidence: ['x'], source: 'classifier' as const })),
      mount: vi.fn((entry, element: Element) => {
        const host = document.createElement('ronda-badge');
        element.append(host);
        entry.badgeHost = host;
      }),
      unmount: vi.fn((entry: { badgeHost?: HTMLElement }) => entry.badgeHost?.remove()),
      report: vi.fn(),
    };
    tracker = new CommentTracker('blog', adapter, events as unknown as TrackerEvents);
  });

  it("carries the house's mark onto the comment, keeps the site's role for later, and knows a comment's direct replies", () => {
    events.classify.mockImplementation((d: { siteRole?: string }) =>
      d.siteRole ? { label: 'neutral', confidence: 1, evidence: ['Autor'], source: 'classifier', house: 'Autor' } : { label: 'doubt', confidence: 0.9, evidence: ['?'], source: 'classifier' },
    );
    const question = comment('q1', 'Tem certificado?');
    const answer = comment('a1', 'Tem sim!', 'q1');
    answer.setAttribute('data-role', 'Autor');
    const deeper = comment('a2', 'Obrigada!', 'a1');
    for (const el of [question, answer, deeper]) tracker.process(el);
    expect(tracker.get('a1')!.comment.house).toBe('Autor');
    expect(tracker.get('a1')!.siteRole).toBe('Autor');
    expect(tracker.get('q1')!.comment.house).toBeUndefined();
    expect(tracker.repliesOf('q1').map((e) => e.comment.commentId)).toEqual(['a1']);
    expect(tracker.threadBelow('q1').map((e) => e.comment.commentId)).toEqual(['a1', 'a2']);
    expect(events.report.mock.calls.map(([c]) => [c.commentId, c.house])).toEqual([
      ['q1', undefined],
      ['a1', 'Autor'],
      ['a2', undefined],
    ]);
  });

  it('knows the thread below a comment, replies read before their parent included, and forgets it on reset', () => {
    // Read out of document order: a reply (and a reply to it) before the comment they answer.
    for (const el of [comment('r1', 'Golpe nada', 'h'), comment('r2', 'Verdade?', 'r1'), comment('h', 'Golpe'), comment('r3', 'Eu comprei', 'h'), comment('x', 'Outro')]) {
      tracker.process(el);
    }
    const below = (id: string) => tracker.threadBelow(id).map((e) => e.comment.commentId).sort();
    expect(below('h')).toEqual(['r1', 'r2', 'r3']);
    expect(below('r1')).toEqual(['r2']);
    expect(below('x')).toEqual([]);
    // Read again (a re-render), a reply is not counted twice.
    tracker.process(document.querySelector('[data-id="r1"]')!);
    expect(below('h')).toEqual(['r1', 'r2', 'r3']);
    tracker.reset();
    expect(below('h')).toEqual([]);
  });

  it('classifies and reports a comment once, however often the page is scanned', () => {
    const el = comment('1', 'Amei a aula');
    expect(tracker.needsWork(el)).toBe(true);
    tracker.process(el);
    expect(tracker.needsWork(el)).toBe(false);
    expect(events.classify).toHaveBeenCalledTimes(1);
    expect(events.report).toHaveBeenCalledTimes(1);
    expect(tracker.get('1')?.comment).toMatchObject({ key: 'blog:1', label: 'praise', status: 'new', labelSource: 'classifier' });
  });

  it('a virtualised list that re-adds a comment as a new node keeps its label and moves the badge', () => {
    const first = comment('1', 'Quando abre?');
    tracker.process(first);
    tracker.get('1')!.comment.label = 'complaint'; // e.g. corrected by staff meanwhile
    first.remove();
    const again = comment('1', 'Quando abre?');
    expect(tracker.needsWork(again)).toBe(true);
    tracker.process(again);
    expect(events.classify).toHaveBeenCalledTimes(1);
    expect(events.report).toHaveBeenCalledTimes(1);
    expect(events.mount).toHaveBeenLastCalledWith(expect.anything(), again);
    expect(tracker.get('1')?.comment.label).toBe('complaint');
    expect(tracker.get('1')?.element).toBe(again);
    expect(tracker.size).toBe(1);
  });

  it('re-marks a badge the site removed when it re-rendered the comment', () => {
    const el = comment('1', 'Amei');
    tracker.process(el);
    tracker.get('1')!.badgeHost!.remove();
    expect(tracker.needsWork(el)).toBe(true);
    tracker.process(el);
    expect(events.mount).toHaveBeenCalledTimes(2);
    expect(events.classify).toHaveBeenCalledTimes(1);
  });

  it('an element reused for another comment is re-read and the old badge removed', () => {
    const el = comment('1', 'Amei');
    tracker.process(el);
    const oldBadge = tracker.get('1')!.badgeHost!;
    el.setAttribute('data-id', '2');
    el.textContent = 'Qual o preço?';
    tracker.process(el);
    expect(events.unmount).toHaveBeenCalledTimes(1);
    expect(oldBadge.isConnected).toBe(false);
    expect(tracker.get('1')?.element).toBeUndefined();
    expect(tracker.get('2')?.comment.label).toBe('doubt');
    expect(tracker.idOf(el)).toBe('2');
    expect(tracker.size).toBe(2);
  });

  it('an edited comment is classified again, a staff label is kept', () => {
    const el = comment('1', 'Amei');
    tracker.process(el);
    el.textContent = 'Amei? Não sei';
    tracker.get('1')!.badgeHost = undefined;
    tracker.process(el);
    expect(tracker.get('1')?.comment.label).toBe('doubt');
    expect(el.getAttribute(MARK_ATTR)).toBe('doubt');
    expect(events.report).toHaveBeenCalledTimes(2);
    tracker.get('1')!.comment.labelSource = 'staff';
    el.textContent = 'outra coisa';
    tracker.process(el);
    expect(tracker.get('1')?.comment.label).toBe('doubt');
  });

  it('skips elements that are not readable yet and forgets everything on reset', () => {
    const el = comment('', 'carregando');
    expect(tracker.process(el)).toBe(false);
    const ok = comment('3', 'Top');
    tracker.process(ok);
    const badge = tracker.get('3')!.badgeHost!;
    expect(ok.getAttribute(MARK_ATTR)).toBe('praise');
    tracker.reset();
    expect(events.unmount).toHaveBeenCalledWith(expect.objectContaining({ badgeHost: badge }));
    expect(tracker.size).toBe(0);
    expect(badge.isConnected).toBe(false);
    expect(ok.hasAttribute(MARK_ATTR)).toBe(false);
    expect(tracker.needsWork(ok)).toBe(true);
  });
});

describe('CommentTracker on YouTube markup: changes inside a marked comment', () => {
  const WATCH = `https://www.youtube.com/watch?v=${YT_VIDEO}`;

  function setup() {
    const doc = loadFixture('youtube/watch.html', WATCH);
    const yt = createAdapter('youtube');
    const events = {
      classify: vi.fn((d: { text: string }) => ({ label: /ofensivo/.test(d.text) ? 'hater' : 'praise', confidence: 0.9, evidence: [], source: 'classifier' as const })),
      mount: vi.fn((entry: { badgeHost?: HTMLElement }) => {
        entry.badgeHost = document.createElement('ronda-badge');
        document.documentElement.append(entry.badgeHost);
      }),
      unmount: vi.fn((entry: { badgeHost?: HTMLElement }) => entry.badgeHost?.remove()),
      report: vi.fn(),
      changed: vi.fn(),
    };
    const tracker = new CommentTracker('youtube', yt, events as unknown as TrackerEvents);
    const els = yt.findComments(yt.observeRoot(doc));
    for (const el of els) tracker.process(el);
    return { doc, tracker, events, els };
  }

  it('a Polymer element reused for another comment is found from the inner node and read again', () => {
    const { tracker, events, els } = setup();
    const el = els[0]!;
    const oldId = tracker.idOf(el)!;
    // YouTube re-binds the element to other data: new lc= and new words, set inside #content-text.
    el.querySelector('#published-time-text a')!.setAttribute('href', `/watch?v=${YT_VIDEO}&lc=UgzRondaReused`);
    const content = el.querySelector('#content-text')!;
    content.textContent = 'outro comentário, agora ofensivo';
    expect(tracker.needsWork(el)).toBe(false); // the badge is still there: the scan would skip it
    expect(tracker.trackedAncestor(content.firstChild!)).toBe(el);
    expect(tracker.refresh(el)).toBe(true);
    expect(tracker.idOf(el)).toBe('UgzRondaReused');
    expect(tracker.get('UgzRondaReused')?.comment).toMatchObject({ text: 'outro comentário, agora ofensivo', label: 'hater' });
    expect(tracker.get(oldId)?.element).toBeUndefined();
    expect(events.unmount).toHaveBeenCalledTimes(1);
  });

  it('edited words (a text node changed in place) are classified again; an unchanged comment costs no work', () => {
    const { tracker, events, els } = setup();
    const reply = els[1]!;
    const classified = events.classify.mock.calls.length;
    expect(tracker.refresh(reply)).toBe(false);
    expect(events.classify).toHaveBeenCalledTimes(classified);
    const walker = document.createTreeWalker(reply.querySelector('#content-text')!, NodeFilter.SHOW_TEXT);
    const textNode = walker.nextNode() as Text;
    textNode.data = 'editado: agora ofensivo';
    expect(tracker.trackedAncestor(textNode)).toBe(reply);
    expect(tracker.refresh(reply)).toBe(true);
    const entry = tracker.get(tracker.idOf(reply)!)!;
    expect(entry.comment.label).toBe('hater');
    expect(events.changed).toHaveBeenCalledWith(entry);
    // Not re-read again once marked with the new words.
    expect(tracker.refresh(reply)).toBe(false);
  });

  it('a mutation outside any marked comment belongs to none', () => {
    const { doc, tracker } = setup();
    expect(tracker.trackedAncestor(doc.body)).toBeUndefined();
  });
});
