// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { setLocale } from '../../../lib/i18n';
import { createAdapter } from '../../../sites';
import { BUILTIN_PACK } from '../../../sites/builtin-pack';
import { contentId } from '../../../sites/common/hash';
import { parsePack, type SelectorPack } from '../../../sites/pack';
import {
  HOSTILE,
  STUDIO_RECYCLED,
  YT_STUDIO_CHANNEL,
  YT_STUDIO_CHANNEL_NAME,
  YT_STUDIO_INBOX_URL,
  YT_STUDIO_VIDEO_TITLE,
  YT_STUDIO_VIDEO_URL,
  YT_VIDEO,
  normalThread,
  studioInboxThreads,
  ytId,
} from '../../fixtures/generate';
import { loadFixture, settle } from './fixture-loader';

const studio = (pack: SelectorPack = BUILTIN_PACK) => createAdapter('youtube', pack, 'studio.youtube.com');
const idOf = (handle: string, text: string) => contentId(`@${handle}`, text);

// The messages are Portuguese first; the English ones are checked where it is said so.
beforeEach(() => setLocale('pt-BR'));

describe('YouTube Studio adapter', () => {
  test('is the adapter on studio.youtube.com only; the watch page keeps its own', () => {
    expect(studio().isThreadPage(new URL(YT_STUDIO_INBOX_URL))).toBe(true);
    expect(createAdapter('youtube').isThreadPage(new URL(YT_STUDIO_INBOX_URL))).toBe(false);
    expect(createAdapter('youtube', BUILTIN_PACK, 'www.youtube.com').isThreadPage(new URL(`https://www.youtube.com/watch?v=${YT_VIDEO}`))).toBe(true);
    expect(studio().isThreadPage(new URL(`https://www.youtube.com/watch?v=${YT_VIDEO}`))).toBe(false);
  });

  test("the channel's own comments are the house's (Studio's creator badge in place of the name); their ids and names stay", () => {
    for (const [file, url] of [
      ['youtube/studio-video.html', YT_STUDIO_VIDEO_URL],
      ['youtube/studio-inbox.html', YT_STUDIO_INBOX_URL],
    ] as const) {
      const doc = loadFixture(file, url);
      const a = studio();
      const read = a.findComments(doc).map((el) => a.readComment(el)!);
      const owner = read.filter((c) => c.siteRole !== undefined);
      expect(owner.length, file).toBeGreaterThan(0);
      for (const c of owner) expect(c).toMatchObject({ authorName: '@equipe.ronda', siteRole: 'dono do canal', id: idOf('equipe.ronda', c.text), isReply: true });
      expect(read.filter((c) => c.authorName !== '@equipe.ronda').every((c) => c.siteRole === undefined), file).toBe(true);
    }
    // The name comes from the badge when #name is gone altogether.
    const doc = loadFixture('youtube/studio-video.html', YT_STUDIO_VIDEO_URL);
    for (const name of doc.querySelectorAll('#name[hidden]')) name.remove();
    const a = studio();
    expect(a.findComments(doc).map((el) => a.readComment(el)!).filter((c) => c.siteRole).map((c) => c.authorName)).toContain('@equipe.ronda');
  });

  test('files a video’s comments under its watch URL and the inbox under the inbox, whatever its filter', () => {
    const a = studio();
    expect(a.postUrl(new URL(YT_STUDIO_VIDEO_URL))).toBe(`https://www.youtube.com/watch?v=${YT_VIDEO}`);
    expect(a.postUrl(new URL(`https://studio.youtube.com/video/${YT_VIDEO}/comments`))).toBe(`https://www.youtube.com/watch?v=${YT_VIDEO}`);
    const filtered = `${YT_STUDIO_INBOX_URL}?filter=%5B%7B%22name%22%3A%22SORT_BY%22%7D%5D`;
    expect(a.postUrl(new URL(filtered))).toBe(YT_STUDIO_INBOX_URL);
    expect(a.postUrl(new URL(`https://studio.youtube.com/channel/${YT_STUDIO_CHANNEL}/comments`))).toBe(YT_STUDIO_INBOX_URL);
    // The held-for-review tab is its own queue.
    expect(a.postUrl(new URL(`https://studio.youtube.com/channel/${YT_STUDIO_CHANNEL}/comments/spam`))).toBe(
      `https://studio.youtube.com/channel/${YT_STUDIO_CHANNEL}/comments/spam`,
    );
    // Studio's other pages hold no comments.
    expect(a.isThreadPage(new URL(`https://studio.youtube.com/channel/${YT_STUDIO_CHANNEL}/videos/upload`))).toBe(false);
    expect(a.isThreadPage(new URL(`https://studio.youtube.com/video/${YT_VIDEO}/edit`))).toBe(false);
  });

  test('reads the inbox: every comment shown, replies with their parent, hashed ids, hostile text as text', () => {
    const doc = loadFixture('youtube/studio-inbox.html', YT_STUDIO_INBOX_URL);
    const a = studio();
    expect(a.observeRoot(doc).tagName).toBe('YTCP-COMMENTS-SECTION');
    const read = a.findComments(doc).map((el) => a.readComment(el)!);
    const threads = studioInboxThreads();
    // The praised comment's reply is behind "1 resposta"; the others are open.
    const expected = threads.flatMap(({ thread }, i) => [thread, ...(i === 1 ? [] : (thread.replies ?? []))]);
    expect(read.map((c) => c.text)).toEqual(expected.map((c) => c.text));
    const [hater] = threads;
    const haterId = idOf(hater!.thread.handle, hater!.thread.text);
    expect(read[0]).toEqual({
      id: haterId,
      authorName: `@${hater!.thread.handle}`,
      authorHandle: `@${hater!.thread.handle}`,
      text: hater!.thread.text,
      isReply: false,
      postTitle: hater!.video,
    });
    // Replies carry no video card: theirs is their thread's.
    expect(read.slice(1, 4).map((c) => [c.isReply, c.parentId, c.postTitle])).toEqual([
      [true, haterId, hater!.video],
      [true, haterId, hater!.video],
      [true, haterId, hater!.video],
    ]);
    expect(read.map((c) => c.postTitle)).toEqual(threads.flatMap(({ video, thread }, i) => [video, ...(i === 1 ? [] : (thread.replies ?? []).map(() => video))]));
    expect(read.find((c) => c.text === HOSTILE.script)?.authorName).toBe('@hacker.ze');
    expect(new Set(read.map((c) => c.id)).size).toBe(read.length);
  });

  test('the same comment gets the same id on the inbox and on its video’s page', () => {
    const inbox = loadFixture('youtube/studio-inbox.html', YT_STUDIO_INBOX_URL);
    const a = studio();
    const fromInbox = a.findComments(inbox).map((el) => a.readComment(el)!);
    const video = loadFixture('youtube/studio-video.html', YT_STUDIO_VIDEO_URL);
    const fromVideo = a.findComments(video).map((el) => a.readComment(el)!);
    const shared = normalThread(ytId)[1]!;
    const id = idOf(shared.handle, shared.text);
    expect(fromInbox.filter((c) => c.id === id)).toHaveLength(1);
    expect(fromVideo.filter((c) => c.id === id)).toHaveLength(1);
    // A video's own page leaves its cards empty: the page names the video.
    expect(fromVideo.filter((c) => c.postTitle !== undefined)).toEqual([]);
  });

  test('names the page after the drawer: the video’s title, or the channel on the inbox', () => {
    const a = studio();
    expect(a.pageContext!(loadFixture('youtube/studio-video.html', YT_STUDIO_VIDEO_URL))?.title).toBe(YT_STUDIO_VIDEO_TITLE);
    expect(a.pageContext!(loadFixture('youtube/studio-inbox.html', YT_STUDIO_INBOX_URL))?.title).toBe(`YouTube Studio: ${YT_STUDIO_CHANNEL_NAME}`);
    const bare = loadFixture('youtube/studio-inbox.html', YT_STUDIO_INBOX_URL);
    bare.querySelector('#entity-name')!.remove();
    // Not drawn yet: no name of its own (the runtime shows the document's title and asks again as the page fills).
    expect(a.pageContext!(bare)).toBeNull();
  });

  test('an id attribute wins over the hash, on the comment or its thread, never a thread’s for its replies', () => {
    const doc = loadFixture('youtube/studio-inbox.html', YT_STUDIO_INBOX_URL);
    const a = studio();
    const thread = doc.querySelector('ytcp-comment-thread')!;
    thread.setAttribute('comment-id', 'UgzStudioThreadId_AaABAg');
    const [top, reply] = a.findComments(thread).map((el) => a.readComment(el)!);
    expect(top!.id).toBe('UgzStudioThreadId_AaABAg');
    expect(reply!.id).toMatch(/^h-/);
    expect(reply!.parentId).toBe('UgzStudioThreadId_AaABAg');
  });

  test('badge after the time, blur on the text, and the Reply press opens a real textarea', async () => {
    const doc = loadFixture('youtube/studio-inbox.html', YT_STUDIO_INBOX_URL);
    const a = studio();
    const el = a.findComments(doc)[0]!;
    expect(a.badgeAnchor(el).classList.contains('published-time-text')).toBe(true);
    expect(a.textElement(el)?.id).toBe('content-text');
    const box = await a.openReplyBox(el);
    expect(box?.kind).toBe('textarea');
    expect(box?.element.tagName).toBe('TEXTAREA');
    expect(box?.element.closest('ytcp-commentbox')?.closest('ytcp-comment')).toBe(el);
    expect((await a.openReplyBox(el))?.element).toBe(box?.element);
  });

  test('load more presses "N respostas" only where no reply is shown, so an open thread is never closed', async () => {
    const doc = loadFixture('youtube/studio-inbox.html', YT_STUDIO_INBOX_URL);
    const a = studio();
    const controls = a.findLoadMore(doc);
    expect(controls).toHaveLength(1);
    expect(controls[0]!.textContent).toContain('1 resposta');
    const before = a.findComments(doc).length;
    controls[0]!.click();
    await settle(300);
    expect(a.findComments(doc)).toHaveLength(before + 1);
    expect(a.findLoadMore(doc)).toEqual([]);
  });

  test('a reused row reads as the comment it shows now', () => {
    const doc = loadFixture('youtube/studio-inbox.html', YT_STUDIO_INBOX_URL);
    const a = studio();
    const first = a.findComments(doc)[0]!;
    (doc.defaultView as unknown as { fixtureRecycle: () => void }).fixtureRecycle();
    const now = a.readComment(first)!;
    const { video, comment } = STUDIO_RECYCLED[0]!;
    expect(now.text).toBe(comment.text);
    expect(now.id).toBe(idOf(comment.handle, comment.text));
    expect(now.postTitle).toBe(video);
  });

  test('a pack without Studio falls back to the built-in Studio selectors; a bad Studio selector is refused', () => {
    const { studio: _drop, ...youtube } = BUILTIN_PACK.sites.youtube;
    const older = parsePack({ ...BUILTIN_PACK, sites: { ...BUILTIN_PACK.sites, youtube } });
    expect(older.ok).toBe(true);
    const doc = loadFixture('youtube/studio-inbox.html', YT_STUDIO_INBOX_URL);
    const a = studio(older.ok ? older.pack : BUILTIN_PACK);
    expect(a.findComments(doc).length).toBeGreaterThan(0);
    const bad = parsePack({ ...BUILTIN_PACK, sites: { ...BUILTIN_PACK.sites, youtube: { ...youtube, studio: { ...BUILTIN_PACK.sites.youtube.studio!, comment: ['ytcp-comment['] } } } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toContain('sites.youtube.studio.comment[0]: seletor CSS inválido');
  });
});
