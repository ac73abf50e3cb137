// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createAdapter } from '../../../sites';
import { BUILTIN_PACK } from '../../../sites/builtin-pack';
import type { SelectorPack } from '../../../sites/pack';
import { BLOG_PARAGRAPHS, BLOG_TITLE, BLOG_URL, HOSTILE, HOSTILE_AUTHOR, LONG_THREAD_SIZE, blogId, flatten, lateBatch, normalThread } from '../../fixtures/generate';
import { loadFixture, settle } from './fixture-loader';
import { blogCommentId, commentKey } from '../../../lib/domain';
import { commentKeyPrefixOf } from '../../../lib/site-of-url';

const blog = () => createAdapter('blog');
const all = () => flatten(normalThread(blogId));
/** The id Ronda gives a comment of the fixture blog: the page's own number, scoped by the blog's host. */
const onBlog = (id: string) => blogCommentId(new URL(BLOG_URL).host, id);
const bid = (n: number) => onBlog(blogId(n));
const localIso = (c: { time?: string }) => new Date(Date.parse(c.time!)).toISOString();

describe('Blog adapter', () => {
  test('any http(s) page may hold comments; post URL drops tracking and reply parameters', () => {
    const a = blog();
    expect(a.isThreadPage(new URL(BLOG_URL))).toBe(true);
    expect(a.isThreadPage(new URL('chrome-extension://abc/sidepanel.html'))).toBe(false);
    expect(a.postUrl(new URL(`${BLOG_URL}?utm_source=ig&utm_medium=bio&replytocom=4101&p=345#comment-4101`))).toBe(`${BLOG_URL}?p=345`);
  });

  test("the post's author is the house: WordPress's bypostauthor and wpDiscuz's post author or admin, never the parent of their reply", () => {
    const team = all().filter((c) => c.handle === 'equipe.ronda').map((c) => onBlog(c.id));
    expect(team).toHaveLength(2);
    for (const fixture of ['blog/wp-classic.html', 'blog/wp-block.html', 'blog/jetpack.html', 'blog/wpdiscuz.html']) {
      const doc = loadFixture(fixture, BLOG_URL);
      const a = blog();
      const read = a.findComments(doc).map((el) => a.readComment(el)!);
      // The parents hold the team's replies inside their own element: the mark is the reply's alone.
      expect(read.filter((c) => c.siteRole !== undefined).map((c) => [c.id, c.siteRole]), fixture).toEqual(team.map((id) => [id, 'autor do post']));
    }
  });

  test('WordPress classic (Walker_Comment): nested replies, ids, permalinks, ISO times, author links', () => {
    const doc = loadFixture('blog/wp-classic.html', BLOG_URL);
    const a = blog();
    expect(a.observeRoot(doc).id).toBe('comments');
    const read = a.findComments(doc).map((el) => a.readComment(el)!);
    const expected = all();
    expect(read.map((c) => c.id)).toEqual(expected.map((c) => onBlog(c.id)));
    expect(read.map((c) => c.authorName)).toEqual(expected.map((c) => c.name));
    expect(read.map((c) => c.text)).toEqual(expected.map((c) => c.text));
    expect(read[0]).toEqual({
      id: bid(1),
      permalink: `${BLOG_URL}#comment-${blogId(1)}`,
      authorName: expected[0]!.name,
      text: expected[0]!.text,
      postedAt: localIso(expected[0]!),
      isReply: false,
    });
    expect(read[1]).toMatchObject({ id: bid(101), isReply: true, parentId: bid(1) });
    expect(read.find((c) => c.authorName === 'Bruno Carvalho')?.authorUrl).toBe('https://brunocarvalho.example.com.br/');
  });

  test('block theme (core/comment-template)', () => {
    const doc = loadFixture('blog/wp-block.html', BLOG_URL);
    const a = blog();
    expect(a.observeRoot(doc).classList.contains('wp-block-comments')).toBe(true);
    const read = a.findComments(doc).map((el) => a.readComment(el)!);
    expect(read.map((c) => [c.id, c.isReply, c.parentId])).toEqual(all().map((c) => [onBlog(c.id), [blogId(101), blogId(102), blogId(103)].includes(c.id), c.id === blogId(103) ? bid(4) : [blogId(101), blogId(102)].includes(c.id) ? bid(1) : undefined]));
    expect(read[0]!.postedAt).toBe(localIso(all()[0]!));
    // Comment pages are links to other URLs: never offered as in-page load-more controls.
    expect(doc.querySelector('.wp-block-comments-pagination-next')).not.toBeNull();
    expect(a.findLoadMore(doc)).toEqual([]);
  });

  test('wpDiscuz: ids from wpd-comm-{id}_{parent}, nicename handle, Quill reply form, load more', async () => {
    const doc = loadFixture('blog/wpdiscuz.html', BLOG_URL);
    const a = blog();
    expect(a.observeRoot(doc).classList.contains('wpd-thread-list')).toBe(true);
    const els = a.findComments(doc);
    const read = els.map((el) => a.readComment(el)!);
    expect(read.map((c) => c.id)).toEqual(all().map((c) => onBlog(c.id)));
    expect(read.map((c) => c.text)).toEqual(all().map((c) => c.text));
    expect(read[2]).toMatchObject({ authorName: 'Equipe Lançamento Ronda', authorHandle: 'equipe.ronda', isReply: true, parentId: bid(1) });
    expect(read[0]!.permalink).toBe(`${BLOG_URL}#comment-${blogId(1)}`);

    const box = await a.openReplyBox(els[0]!);
    expect(box?.kind).toBe('quill');
    expect(box?.element.classList.contains('ql-editor')).toBe(true);
    expect(box?.element.closest('#wpd-secondary-form-wrapper-4101_0')).not.toBeNull();
    // Asking again does not toggle the open form closed.
    expect((await a.openReplyBox(els[0]!))?.element).toBe(box?.element);
    expect(doc.getElementById('wpd-secondary-form-wrapper-4101_0')!.getAttribute('style')).toMatch(/display:\s*block/);

    const more = a.findLoadMore(doc);
    expect(more.map((e) => e.textContent?.trim())).toEqual(['Carregar mais comentários']);
    more[0]!.click();
    await settle(400);
    expect(a.findComments(doc).map((el) => a.readComment(el)!.id).slice(-3)).toEqual(lateBatch(blogId).map((c) => onBlog(c.id)));
  });

  test('classic: Reply moves #respond under the comment (comment-reply.js) and returns textarea#comment', async () => {
    const doc = loadFixture('blog/wp-classic.html', BLOG_URL);
    const a = blog();
    const target = a.findComments(doc)[3]!; // a reply's parent further down
    const box = await a.openReplyBox(target);
    expect(box?.kind).toBe('textarea');
    expect(box?.element.id).toBe('comment');
    expect(target.contains(box!.element)).toBe(true);
    expect((doc.getElementById('comment_parent') as HTMLInputElement).value).toBe(a.readComment(target)!.id.split('/').pop());
  });

  test('block theme: #respond lands after the comment; the box is found through comment_parent', async () => {
    const doc = loadFixture('blog/wp-block.html', BLOG_URL);
    const a = blog();
    const target = a.findComments(doc)[4]!;
    const box = await a.openReplyBox(target);
    expect(box?.element.id).toBe('comment');
    expect((doc.getElementById('comment_parent') as HTMLInputElement).value).toBe(a.readComment(target)!.id.split('/').pop());
  });

  test('without the site script, the reply link is not followed: the main form is pointed at the comment', async () => {
    const doc = loadFixture('blog/wp-classic.html', BLOG_URL);
    const a = blog();
    const target = a.findComments(doc)[0]!;
    // A theme that dropped comment-reply.js: a plain link to ?replytocom=.
    const link = target.querySelector('a.comment-reply-link')!;
    const bare = link.cloneNode(true);
    link.replaceWith(bare);
    let click: Event | undefined;
    doc.defaultView!.addEventListener('click', (e) => (click = e));
    const box = await a.openReplyBox(target);
    expect(click?.defaultPrevented).toBe(true);
    expect(box?.element.id).toBe('comment');
    expect((doc.getElementById('comment_parent') as HTMLInputElement).value).toBe(blogId(1));
  });

  test('Jetpack: native list read; reply targets the cross-origin form, which has no editor in the page', async () => {
    const doc = loadFixture('blog/jetpack.html', BLOG_URL);
    const a = blog();
    const els = a.findComments(doc);
    expect(els.map((el) => a.readComment(el)!.id)).toEqual(all().map((c) => onBlog(c.id)));
    expect(await a.openReplyBox(els[0]!)).toBeNull();
    expect(doc.getElementById('jetpack_remote_comment')!.getAttribute('src')).toContain(`&replytocom=${blogId(1)}`);
  });

  test('generic fallback: repeated comment-like blocks on a non-WordPress page, nested replies', async () => {
    const doc = loadFixture('blog/generic.html', 'https://clube.rondalancamentos.com.br/aulas/aula-1');
    const a = blog();
    const onClube = (n: number) => blogCommentId('clube.rondalancamentos.com.br', blogId(n));
    expect(a.observeRoot(doc).id).toBe('comentarios');
    const els = a.findComments(doc);
    const read = els.map((el) => a.readComment(el)!);
    expect(read.map((c) => c.text)).toEqual(all().map((c) => c.text));
    expect(read.map((c) => c.authorName)).toEqual(all().map((c) => c.name));
    expect(read[1]).toMatchObject({ id: onClube(101), isReply: true, parentId: onClube(1), postedAt: all()[1]!.time });
    expect(a.textElement(els[0]!)?.className).toBe('coment-texto');
    expect(a.badgeAnchor(els[0]!).parentElement?.className).toBe('coment-cabecalho');
    const box = await a.openReplyBox(els[0]!);
    expect(box).toMatchObject({ kind: 'textarea' });
    expect(box?.element.id).toBe('mensagem');
    const more = a.findLoadMore(doc);
    expect(more.map((e) => e.className)).toEqual(['mais-comentarios']);
    more[0]!.click();
    await settle(400);
    expect(a.findComments(doc).map((el) => a.readComment(el)!.text).slice(-3)).toEqual(lateBatch(blogId).map((c) => c.text));
  });

  test('two blogs numbering their comments alike get different ids: the host scopes them', () => {
    const a = blog();
    const idsAt = (url: string) => a.findComments(loadFixture('blog/wp-classic.html', url)).map((el) => a.readComment(el)!);
    const here = idsAt(BLOG_URL);
    const there = idsAt('https://Outro-Blog.example.com.br:8443/2026/11/aula-1/');
    expect(there.map((c) => c.id)).toEqual(all().map((c) => blogCommentId('outro-blog.example.com.br:8443', c.id)));
    expect(here.map((c) => c.id).filter((id) => there.some((c) => c.id === id))).toEqual([]);
    expect(there[1]).toMatchObject({ parentId: blogCommentId('outro-blog.example.com.br:8443', blogId(1)) });
    // The page's own number stays in what the page itself reads: the permalink's anchor.
    expect(there[0]!.permalink?.endsWith(`#comment-${blogId(1)}`)).toBe(true);
  });

  test("the key prefix the background holds a blog's content script to matches that blog's comments only", () => {
    const a = blog();
    const keys = a.findComments(loadFixture('blog/wp-classic.html', BLOG_URL)).map((el) => commentKey('blog', a.readComment(el)!.id));
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => k.startsWith(commentKeyPrefixOf(new URL(BLOG_URL))))).toBe(true);
    // Another blog, a sub-domain of this one, and the same host on another port are other blogs.
    for (const other of ['https://outro-blog.example.com.br/x', 'https://aulas.blog.rondalancamentos.com.br/x', `${new URL(BLOG_URL).origin}:8443/x`]) {
      expect(keys.some((k) => k.startsWith(commentKeyPrefixOf(new URL(other))))).toBe(false);
    }
    expect(commentKeyPrefixOf(new URL('https://www.instagram.com/p/A/'))).toBe('instagram:');
  });

  test('hostile texts and names verbatim; emoji images as characters', () => {
    const doc = loadFixture('blog/hostile.html', BLOG_URL);
    const a = blog();
    const read = a.findComments(doc).map((el) => a.readComment(el)!);
    expect(read.map((c) => c.text)).toEqual([...Object.values(HOSTILE), 'Amei 😍👏']);
    expect(read[0]!.authorName).toBe(HOSTILE_AUTHOR);
  });

  test('page context: Readability title and post text, without the comments', () => {
    const doc = loadFixture('blog/wp-classic.html', BLOG_URL);
    const ctx = blog().pageContext!(doc)!;
    expect(ctx.title).toContain(BLOG_TITLE);
    for (const p of BLOG_PARAGRAPHS) expect(ctx.text).toContain(p);
    expect(ctx.text).not.toContain(normalThread(blogId)[0]!.text);
    // The live page is untouched.
    expect(doc.querySelectorAll('li.comment').length).toBe(all().length);
  });

  test('changed markup: the built-in pack finds nothing, an edited pack (selector + id regex) finds them', () => {
    const doc = loadFixture('blog/changed-markup.html', BLOG_URL);
    expect(blog().findComments(doc)).toHaveLength(0);
    const edited: SelectorPack = structuredClone(BUILTIN_PACK);
    const wpd = edited.sites.blog.variants.find((v) => v.name === 'wpdiscuz')!;
    wpd.comment = ['div.wpd-thread-item[id^="wpd-item-"]'];
    wpd.idPattern = ['^wpd-item-(\\d+)_(\\d+)$'];
    const a = createAdapter('blog', edited);
    const read = a.findComments(doc).map((el) => a.readComment(el)!);
    expect(read.map((c) => c.id)).toEqual(all().map((c) => onBlog(c.id)));
    expect(read[1]).toMatchObject({ isReply: true, parentId: bid(1) });
  });

  test(`long thread: ${LONG_THREAD_SIZE} comments`, () => {
    const doc = loadFixture('blog/long-thread.html', BLOG_URL);
    const a = blog();
    const els = a.findComments(doc);
    expect(els).toHaveLength(LONG_THREAD_SIZE);
    expect(a.readComment(els[1234]!)).toMatchObject({ id: onBlog('51234'), isReply: false });
  }, 60_000);
});
