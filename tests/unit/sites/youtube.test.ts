// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { canonicalPostUrl, createAdapter, parsePack } from '../../../sites';
import { BUILTIN_PACK } from '../../../sites/builtin-pack';
import type { SelectorPack } from '../../../sites/pack';
import {
  HOSTILE,
  HOSTILE_AUTHOR,
  LONG_THREAD_SIZE,
  YT_CHANNEL_ID,
  YT_CHANNEL_POSTS_URL,
  YT_CHANNEL_URL,
  YT_CHANNEL_VIDEOS,
  YT_POST,
  YT_POST_URL,
  YT_POSTS,
  YT_SHORT,
  YT_VIDEO,
  flatten,
  haterThread,
  hostileThread,
  normalThread,
  ytId,
  ytPostCommentId,
} from '../../fixtures/generate';
import { loadFixture, settle } from './fixture-loader';

const WATCH = `https://www.youtube.com/watch?v=${YT_VIDEO}&t=42s&pp=ygUFcm9uZGE%3D`;
const yt = () => createAdapter('youtube');

describe('YouTube adapter', () => {
  test('recognises watch and Shorts pages and files comments under the canonical video URL', () => {
    const a = yt();
    expect(a.isThreadPage(new URL(WATCH))).toBe(true);
    expect(a.isThreadPage(new URL(`https://www.youtube.com/shorts/${YT_SHORT}`))).toBe(true);
    expect(a.isThreadPage(new URL('https://www.youtube.com/feed/subscriptions'))).toBe(false);
    expect(a.isThreadPage(new URL(`https://example.com/watch?v=${YT_VIDEO}`))).toBe(false);
    expect(a.postUrl(new URL(WATCH))).toBe(`https://www.youtube.com/watch?v=${YT_VIDEO}`);
    expect(a.postUrl(new URL(`https://m.youtube.com/shorts/${YT_SHORT}?feature=share`))).toBe(`https://www.youtube.com/shorts/${YT_SHORT}`);
  });

  test('names the comment each reply answers, so a hater’s thread is known (and hidden with it)', () => {
    const doc = loadFixture('youtube/hater-thread.html', WATCH);
    const a = yt();
    const read = a.findComments(doc).map((el) => a.readComment(el)!);
    const [hater, other] = haterThread(ytId);
    const parents = read.map((c) => [c.id, c.isReply, c.parentId]);
    expect(parents).toEqual([
      [hater!.id, false, undefined],
      ...hater!.replies!.map((r) => [`${hater!.id}.${r.id}`, true, hater!.id]),
      [other!.id, false, undefined],
      [`${other!.id}.${other!.replies![0]!.id}`, true, other!.id],
      [ytId(403), false, undefined],
    ]);
  });

  test('reads a watch-page thread: ids from lc=, handles, texts, replies with parent.child ids', () => {
    const doc = loadFixture('youtube/watch.html', WATCH);
    const a = yt();
    expect(a.observeRoot(doc).matches('ytd-comments#comments')).toBe(true);
    const read = a.findComments(doc).map((el) => a.readComment(el));
    // Thread 4's reply is collapsed behind "1 resposta": not in the DOM yet.
    const expected = flatten(normalThread(ytId)).filter((c) => c.id !== ytId(103));
    expect(read).toHaveLength(expected.length);
    const top = normalThread(ytId)[0]!;
    expect(read[0]).toEqual({
      id: top.id,
      permalink: `https://www.youtube.com/watch?v=${YT_VIDEO}&lc=${top.id}`,
      authorName: `@${top.handle}`,
      authorHandle: `@${top.handle}`,
      authorUrl: `https://www.youtube.com/@${top.handle}`,
      text: top.text,
      isReply: false,
    });
    const reply = read[1]!;
    expect(reply.id).toBe(`${top.id}.${ytId(101)}`);
    expect(reply.isReply).toBe(true);
    expect(reply.parentId).toBe(top.id);
    // The creator's reply hides #author-text: the name comes from the creator badge.
    expect(read[2]).toMatchObject({ authorName: '@equipe.ronda', authorHandle: '@equipe.ronda', isReply: true, parentId: top.id });
    expect(read.map((c) => c!.text)).toEqual(expected.map((c) => c.text));
  });

  test("the channel owner's comments are the house's (YouTube's name pill); nobody else's, not even the comment they answer", () => {
    const doc = loadFixture('youtube/watch.html', WATCH);
    const a = yt();
    const read = a.findComments(doc).map((el) => a.readComment(el)!);
    const owner = read.filter((c) => c.siteRole !== undefined);
    expect(owner.map((c) => [c.authorName, c.siteRole])).toEqual([['@equipe.ronda', 'dono do canal']]);
    expect(read.filter((c) => c.authorName !== '@equipe.ronda').every((c) => c.siteRole === undefined)).toBe(true);
    // A pack whose ownerBadge matches nothing (the site changed it): nobody is the house, everything still reads.
    const edited = structuredClone(BUILTIN_PACK) as SelectorPack;
    edited.sites.youtube.ownerBadge = ['ytd-author-comment-badge-renderer[owner-was-renamed]'];
    const b = createAdapter('youtube', edited);
    const again = b.findComments(doc).map((el) => b.readComment(el)!);
    expect(again).toHaveLength(read.length);
    expect(again.some((c) => c.siteRole !== undefined)).toBe(false);
  });

  test('hostile texts come back verbatim as text; emoji images become their characters', () => {
    const doc = loadFixture('youtube/hostile.html', WATCH);
    const a = yt();
    const read = a.findComments(doc).map((el) => a.readComment(el)!);
    const texts = read.map((c) => c.text);
    for (const value of Object.values(HOSTILE)) expect(texts).toContain(value);
    expect(texts).toContain('Top demais 🔥🚀');
    expect(HOSTILE.long.length).toBeGreaterThan(10_240);
    // Nothing in the payloads became markup.
    expect(doc.querySelector('#content-text script, #content-text svg[onload], #content-text img[onerror]')).toBeNull();
    expect(hostileThread(ytId)[0]!.name).toBe(HOSTILE_AUTHOR);
  });

  test('older ytd-comment-renderer markup is read too', () => {
    const doc = loadFixture('youtube/legacy-renderer.html', WATCH);
    const a = yt();
    const read = a.findComments(doc).map((el) => a.readComment(el)!);
    const expected = flatten(normalThread(ytId).slice(0, 3));
    expect(read.map((c) => c.id)).toEqual(expected.map((c) => (c.id === ytId(101) || c.id === ytId(102) ? `${ytId(1)}.${c.id}` : c.id)));
    expect(read.map((c) => c.text)).toEqual(expected.map((c) => c.text));
  });

  test('Shorts panel: observed and read like the watch page', () => {
    const doc = loadFixture('youtube/shorts.html', `https://www.youtube.com/shorts/${YT_SHORT}`);
    const a = yt();
    const root = a.observeRoot(doc);
    expect(root.getAttribute('target-id')).toBe('engagement-panel-comments-section');
    const read = a.findComments(root).map((el) => a.readComment(el)!);
    expect(read.filter((c) => !c.isReply).map((c) => c.text)).toEqual(normalThread(ytId).slice(0, 5).map((c) => c.text));
    expect(read[0]!.permalink).toContain(`v=${YT_SHORT}`);
  });

  test('badge goes right after the time in the author line; text element is #content-text', () => {
    const doc = loadFixture('youtube/watch.html', WATCH);
    const a = yt();
    const el = a.findComments(doc)[0]!;
    const anchor = a.badgeAnchor(el);
    expect(anchor).toBe(el.querySelector('#published-time-text'));
    expect(anchor.parentElement?.id).toBe('header-author');
    expect(a.textElement(el)?.id).toBe('content-text');
  });

  test('Reply opens the ytd-commentbox and returns its #contenteditable-root', async () => {
    const doc = loadFixture('youtube/watch.html', WATCH);
    const a = yt();
    const el = a.findComments(doc)[0]!;
    expect(el.querySelector('#contenteditable-root')).toBeNull();
    const box = await a.openReplyBox(el);
    expect(box?.kind).toBe('contenteditable');
    expect(box?.element.id).toBe('contenteditable-root');
    expect(box?.element.closest('#reply-dialog')).not.toBeNull();
    expect(el.contains(box!.element)).toBe(true);
    // A second call finds the open box without clicking again.
    expect((await a.openReplyBox(el))?.element).toBe(box?.element);
  });

  test('load more: the collapsed replies expander; clicking it adds the reply; late batch arrives', async () => {
    const doc = loadFixture('youtube/watch.html', WATCH);
    const a = yt();
    const controls = a.findLoadMore(doc);
    expect(controls).toHaveLength(1);
    expect(controls[0]!.getAttribute('aria-label')).toBe('1 resposta');
    const before = a.findComments(doc).length;
    controls[0]!.click();
    // YouTube loads the next comments when the end of the list scrolls into view.
    doc.defaultView!.dispatchEvent(new Event('scroll'));
    await settle(400); // the expander (200 ms); the continuation batch arrives on the scroll
    const after = a.findComments(doc).map((el) => a.readComment(el)!);
    expect(after.length).toBe(before + 1 + 3);
    expect(after.find((c) => c.id.endsWith(ytId(103)))).toMatchObject({ isReply: true, parentId: ytId(4) });
    expect(after.slice(-3).map((c) => c.id)).toEqual([ytId(209), ytId(210), ytId(211)]);
  });

  test('changed markup: the built-in pack finds nothing, an edited pack finds every comment', () => {
    const doc = loadFixture('youtube/changed-markup.html', WATCH);
    expect(yt().findComments(doc)).toHaveLength(0);
    const edited: SelectorPack = structuredClone(BUILTIN_PACK);
    edited.sites.youtube.comment = ['ytd-comment-entity-view-model', ...edited.sites.youtube.comment];
    const a = createAdapter('youtube', edited);
    const read = a.findComments(doc).map((el) => a.readComment(el)!);
    expect(read.map((c) => c.id)).toEqual(normalThread(ytId).map((c) => c.id));
  });

  test(`long thread: all ${LONG_THREAD_SIZE} comments found, each with its own id`, () => {
    const doc = loadFixture('youtube/long-thread.html', WATCH);
    const a = yt();
    const els = a.findComments(doc);
    expect(els).toHaveLength(LONG_THREAD_SIZE);
    const sample = [0, 999, 1999].map((i) => a.readComment(els[i]!)!);
    expect(sample.map((c) => c.id)).toEqual(['UgzLong0Fx_AaABAg', 'UgzLong999Fx_AaABAg', 'UgzLong1999Fx_AaABAg']);
    expect(sample[2]!.text.endsWith('#1999')).toBe(true);
  }, 60_000); // happy-dom builds 2,000 Polymer-sized nodes slowly; speed is measured in Chromium, not here
});

describe('YouTube comment-area root', () => {
  test('Shorts: a hidden, empty watch-page section left in the page is passed over for the panel that holds the comments', () => {
    const doc = loadFixture('youtube/shorts.html', `https://www.youtube.com/shorts/${YT_SHORT}`);
    // YouTube's SPA keeps the watch page's ytd-comments#comments (hidden) when it moves to Shorts.
    const stale = doc.createElement('ytd-comments');
    stale.id = 'comments';
    stale.setAttribute('hidden', '');
    doc.body.prepend(stale);
    const a = yt();
    const root = a.observeRoot(doc);
    expect(root.getAttribute('target-id')).toBe('engagement-panel-comments-section');
    expect(a.findComments(root).length).toBeGreaterThan(0);
  }, 30_000); // happy-dom parses the Shorts fixture slowly on a busy machine (5 s on two shared cores)

  test('before the lazy comments load, the whole page shown is scanned', () => {
    const doc = loadFixture('youtube/watch.html', WATCH);
    for (const el of doc.querySelectorAll('ytd-comment-thread-renderer')) el.remove();
    expect(yt().observeRoot(doc).tagName).toBe('YTD-WATCH-FLEXY');
    // Markup without YouTube's page manager: the whole document.
    doc.querySelector('ytd-page-manager')!.replaceWith(...doc.querySelector('ytd-page-manager')!.childNodes);
    expect(yt().observeRoot(doc)).toBe(doc.body);
  });

  test('moved on from a watch page without a reload: the hidden watch page’s comments are never read as the new page’s', () => {
    // YouTube keeps the last watch page in the page manager, hidden, with its comments and recommendations.
    // (The fixtures load into one document: the watch page is copied before the post's page replaces it.)
    const stale = loadFixture('youtube/watch.html', WATCH).querySelector('ytd-watch-flexy')!.cloneNode(true) as Element;
    const doc = loadFixture('youtube/post.html', YT_POST_URL);
    stale.setAttribute('hidden', '');
    const related = doc.createElement('a');
    related.setAttribute('href', '/watch?v=OutroCanal1');
    related.textContent = 'Vídeo de outro canal';
    stale.append(related);
    doc.querySelector('ytd-page-manager')!.prepend(stale);
    const a = yt();
    // The post's comments have not loaded yet.
    for (const el of doc.querySelectorAll('ytd-browse ytd-comment-thread-renderer')) el.remove();
    const root = a.observeRoot(doc);
    expect(root.tagName).toBe('YTD-BROWSE');
    expect(a.findComments(root)).toEqual([]);
    // Come from the posts tab, kept hidden with its cards: the page is named after its own post.
    const tabBrowse = loadFixture('youtube/channel-posts.html', YT_CHANNEL_POSTS_URL).querySelector('ytd-browse')!.cloneNode(true) as Element;
    const post = loadFixture('youtube/post.html', YT_POST_URL);
    tabBrowse.setAttribute('hidden', '');
    tabBrowse.querySelector('ytd-backstage-post-renderer #content-text span')!.textContent = 'Outra postagem';
    post.querySelector('ytd-page-manager')!.prepend(tabBrowse);
    expect(a.pageContext!(post)?.text).toBe(YT_POSTS[0]!.text);
    // On the posts tab, the hidden page's links are not the channel's posts.
    const tab = loadFixture('youtube/channel-posts.html', YT_CHANNEL_POSTS_URL);
    tab.querySelector('ytd-page-manager')!.prepend(stale);
    expect(a.listedPosts!(tab).map((p) => p.url)).toEqual(YT_POSTS.map((p) => `https://www.youtube.com/post/${p.id}`));
  });
});

describe('YouTube channel listing, for the sweep', () => {
  test("a channel's videos tab lists each video once, by its watch address and title, in the grid's order", () => {
    const doc = loadFixture('youtube/channel-videos.html', YT_CHANNEL_URL);
    const a = yt();
    expect(a.isThreadPage(new URL(YT_CHANNEL_URL))).toBe(false);
    expect(a.listedPosts!(doc)).toEqual(YT_CHANNEL_VIDEOS.map((v) => ({ url: `https://www.youtube.com/watch?v=${v.id}`, title: v.title })));
    // A playlist link to a video already listed adds nothing; one to another video is canonical (no list=, index=).
    const grid = doc.querySelector('ytd-rich-grid-renderer #contents')!;
    for (const href of [`/watch?v=${YT_CHANNEL_VIDEOS[0]!.id}&list=PLronda&index=1`, '/watch?v=RdaExtra999&list=PLronda&index=4']) {
      const link = doc.createElement('a');
      link.setAttribute('href', href);
      link.textContent = 'Bônus: perguntas da live';
      grid.append(link);
    }
    expect(a.listedPosts!(doc).map((p) => p.url)).toEqual([...YT_CHANNEL_VIDEOS.map((v) => `https://www.youtube.com/watch?v=${v.id}`), 'https://www.youtube.com/watch?v=RdaExtra999']);
  });

  test('the 2025+ lockup grid (no title attribute, the title in a span) lists the same videos with the same titles', () => {
    const doc = loadFixture('youtube/channel-videos-lockup.html', YT_CHANNEL_URL);
    expect(doc.querySelectorAll('yt-lockup-view-model')).toHaveLength(YT_CHANNEL_VIDEOS.length);
    expect(yt().listedPosts!(doc)).toEqual(YT_CHANNEL_VIDEOS.map((v) => ({ url: `https://www.youtube.com/watch?v=${v.id}`, title: v.title })));
  });

  test('a watch page or the home page is no listing: its recommendations are not the expert’s posts', () => {
    const watch = loadFixture('youtube/watch.html', WATCH);
    expect(yt().listedPosts!(watch)).toEqual([]);
    const home = loadFixture('youtube/channel-videos.html', 'https://www.youtube.com/');
    expect(yt().listedPosts!(home)).toEqual([]);
  });
});

describe('YouTube community posts', () => {
  const OLD_ADDRESS = `https://www.youtube.com/channel/${YT_CHANNEL_ID}/community?lc=${ytPostCommentId(1)}&lb=${YT_POST}`;

  test("a post's page, at either of its addresses, is a thread page filed under /post/<id>; the posts tab is not", () => {
    const a = yt();
    for (const address of [YT_POST_URL, `${YT_POST_URL}?lc=${ytPostCommentId(2)}`, OLD_ADDRESS, `https://www.youtube.com/@rondalancamentos/community?lb=${YT_POST}`]) {
      expect(a.isThreadPage(new URL(address))).toBe(true);
      expect(a.postUrl(new URL(address))).toBe(YT_POST_URL);
    }
    expect(a.isThreadPage(new URL(YT_CHANNEL_POSTS_URL))).toBe(false);
    expect(a.isThreadPage(new URL(`https://www.youtube.com/channel/${YT_CHANNEL_ID}/community`))).toBe(false);
    // A parameter that is no id is not taken for one.
    expect(a.isThreadPage(new URL(`https://www.youtube.com/@rondalancamentos/community?lb=../../watch`))).toBe(false);
    // Another site's /post/ is not YouTube's.
    expect(a.isThreadPage(new URL(`https://example.com/post/${YT_POST}`))).toBe(false);
    expect(canonicalPostUrl('youtube', new URL(OLD_ADDRESS))).toBe(YT_POST_URL);
  });

  test("reads the post's comments as on a watch page, never the post itself; the page is named by the post's first words", () => {
    const doc = loadFixture('youtube/post.html', YT_POST_URL);
    const a = yt();
    const root = a.observeRoot(doc);
    expect(root.getAttribute('section-identifier')).toBe('comment-item-section');
    const read = a.findComments(root).map((el) => a.readComment(el)!);
    const expected = flatten(normalThread(ytPostCommentId)).filter((c) => c.id !== ytPostCommentId(103));
    expect(read.map((c) => c.text)).toEqual(expected.map((c) => c.text));
    expect(read.map((c) => c.text)).not.toContain(YT_POSTS[0]!.text);
    const top = normalThread(ytPostCommentId)[0]!;
    expect(read[0]).toMatchObject({ id: top.id, permalink: `${YT_POST_URL}?lc=${top.id}`, isReply: false });
    expect(read[1]).toMatchObject({ id: `${top.id}.${ytPostCommentId(101)}`, isReply: true, parentId: top.id });
    expect(new Set(read.map((c) => c.id)).size).toBe(read.length);

    const context = a.pageContext!(doc)!;
    expect(context.text).toBe(YT_POSTS[0]!.text);
    expect(context.title.endsWith('…')).toBe(true);
    expect(YT_POSTS[0]!.text.startsWith(context.title.slice(0, -1))).toBe(true);
    expect([...context.title].length).toBeLessThanOrEqual(100);
    // A watch page keeps its document title.
    expect(a.pageContext!(loadFixture('youtube/watch.html', WATCH))).toBeNull();
  });

  test('on a post’s page the collapsed replies expander and Reply work as on a watch page', async () => {
    const doc = loadFixture('youtube/post.html', YT_POST_URL);
    const a = yt();
    expect(a.findLoadMore(doc).map((b) => b.getAttribute('aria-label'))).toEqual(['1 resposta']);
    const box = await a.openReplyBox(a.findComments(doc)[0]!);
    expect(box).toMatchObject({ kind: 'contenteditable' });
    // The post's own comment button (a link to the post) is no reply control of any comment.
    expect(a.findComments(doc).some((el) => el.contains(doc.querySelector('ytd-backstage-post-renderer #reply-button-end')))).toBe(false);
  });

  test("the channel's posts tab lists each post once, by /post/<id> and its first words", () => {
    const doc = loadFixture('youtube/channel-posts.html', YT_CHANNEL_POSTS_URL);
    expect(yt().listedPosts!(doc)).toEqual(
      YT_POSTS.map((p) => ({ url: `https://www.youtube.com/post/${p.id}`, title: [...p.text].length > 100 ? `${p.text.slice(0, p.text.lastIndexOf(' ', 99))}…` : p.text })),
    );
    // The older address of one post is that post's page, not a listing.
    expect(yt().listedPosts!(loadFixture('youtube/post.html', OLD_ADDRESS))).toEqual([]);
  });

  test('a pack made before posts were read still reads them, with the built-in post rules', () => {
    const old: SelectorPack = structuredClone(BUILTIN_PACK);
    delete old.sites.youtube.posts;
    const a = createAdapter('youtube', old);
    expect(a.postUrl(new URL(OLD_ADDRESS))).toBe(YT_POST_URL);
    expect(parsePack(old).ok).toBe(true);
  });
});
