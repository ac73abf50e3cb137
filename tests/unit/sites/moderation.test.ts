// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createAdapter } from '../../../sites';
import { BUILTIN_PACK } from '../../../sites/builtin-pack';
import type { SelectorPack } from '../../../sites/pack';
import { BLOG_URL, FB_PAGE_ID, FB_POST, IG_CODE, YT_STUDIO_INBOX_URL, YT_VIDEO, blogId, fbId, normalThread } from '../../fixtures/generate';
import { loadFixture, settle } from './fixture-loader';

/*
 * "Ocultar/excluir no site": each adapter finds the comment's own menu (never a reply's nested in it) and presses
 * it open, or, on a blog, names the wp-admin screen that moderates it. Nothing in the menu is pressed.
 */

/** Counts the presses a control gets. */
function pressesOf(el: Element): () => number {
  let n = 0;
  el.addEventListener('click', () => n++);
  return () => n;
}

describe('the site’s own moderation of a comment', () => {
  test('YouTube: the comment’s "Menu de ações" (⋮) is pressed open, once', async () => {
    const doc = loadFixture('youtube/watch.html', `https://www.youtube.com/watch?v=${YT_VIDEO}`);
    const a = createAdapter('youtube');
    const [first, reply] = a.findComments(doc);
    const own = first!.querySelector('#action-menu button')!;
    const presses = pressesOf(own);
    const result = await a.openModeration!(first!);
    expect(result).toEqual({ kind: 'menu', element: own });
    expect(presses()).toBe(1);
    // A reply has its own.
    expect(await a.openModeration!(reply!)).toEqual({ kind: 'menu', element: reply!.querySelector('#action-menu button') });
    expect(presses()).toBe(1);
  });

  test('YouTube Studio: the comment’s "Ações" button, pressed as a pointer does; a reply’s is its own', async () => {
    const doc = loadFixture('youtube/studio-inbox.html', YT_STUDIO_INBOX_URL);
    const a = createAdapter('youtube', BUILTIN_PACK, 'studio.youtube.com');
    const [top, reply] = a.findComments(doc);
    const result = await a.openModeration!(top!);
    expect(result?.kind).toBe('menu');
    const menu = (result as { element: Element }).element;
    expect(menu.id).toBe('action-menu-button');
    expect(menu.closest('ytcp-comment')).toBe(top);
    const replyMenu = (await a.openModeration!(reply!)) as { element: Element };
    expect(replyMenu.element.closest('ytcp-comment')).toBe(reply);
  });

  test('Facebook: the "…" captioned for what the viewer may do, the comment’s own and not its reply’s', async () => {
    const doc = loadFixture('facebook/post-ptbr.html', `https://www.facebook.com/permalink.php?story_fbid=${FB_POST}&id=${FB_PAGE_ID}`);
    const a = createAdapter('facebook');
    const comments = a.findComments(doc);
    const top = comments.find((el) => a.readComment(el)?.id === fbId(1))!;
    const reply = comments.find((el) => a.readComment(el)?.id === fbId(101))!;
    const mine = (await a.openModeration!(top)) as { kind: string; element: Element };
    expect(mine.kind).toBe('menu');
    expect(mine.element.getAttribute('aria-label')).toBe('Editar ou excluir isto');
    const theirs = (await a.openModeration!(reply)) as { element: Element };
    expect(theirs.element).not.toBe(mine.element);
    expect(theirs.element.closest('[role="article"]')).toBe(reply);
    // The English UI's caption too.
    const en = loadFixture('facebook/post-en-dialog.html', `https://www.facebook.com/permalink.php?story_fbid=${FB_POST}&id=${FB_PAGE_ID}`);
    const enMenu = (await a.openModeration!(a.findComments(en)[0]!)) as { element: Element };
    expect(enMenu.element.getAttribute('aria-label')).toBe('Delete, hide or report this');
    // A caption Ronda does not know (another language): nothing is pressed, and it says so after the wait.
    const pack: SelectorPack = structuredClone(BUILTIN_PACK);
    pack.sites.facebook.moderationMenu = ['[role="button"][aria-label="Modifier ou supprimer"]'];
    pack.sites.facebook.replyWaitMs = 50;
    expect(await createAdapter('facebook', pack).openModeration!(a.findComments(en)[0]!)).toBeNull();
  });

  test('Instagram: the "…" drawn under the pointer is waited for and pressed; its menu opens', async () => {
    const doc = loadFixture('instagram/post-page.html', `https://www.instagram.com/p/${IG_CODE}/`);
    const a = createAdapter('instagram');
    const first = a.findComments(doc)[0]!;
    expect(doc.querySelector('svg[aria-label="Opções de comentário"]')).toBeNull();
    const result = (await a.openModeration!(first)) as { kind: string; element: Element };
    expect(result.kind).toBe('menu');
    expect(result.element.getAttribute('role')).toBe('button');
    expect(result.element.querySelector('svg')?.getAttribute('aria-label')).toBe('Opções de comentário');
    expect(first.contains(result.element)).toBe(true);
    await settle(0);
    expect([...doc.querySelectorAll('[data-fx-comment-menu] button')].map((b) => b.textContent)).toEqual(['Denunciar', 'Excluir', 'Cancelar']);
  });

  test('Instagram: a comment whose "…" never comes says so (null), after the wait', async () => {
    const doc = loadFixture('instagram/post-page.html', `https://www.instagram.com/p/${IG_CODE}/`);
    const pack: SelectorPack = structuredClone(BUILTIN_PACK);
    pack.sites.instagram.moderationMenu = ['svg[aria-label="Outro rótulo"]'];
    pack.sites.instagram.replyWaitMs = 50;
    const a = createAdapter('instagram', pack);
    expect(await a.openModeration!(a.findComments(doc)[0]!)).toBeNull();
  });

  test('blog (WordPress): the page’s own "Editar" link of a moderator, else the wp-admin screen under the blog’s root', async () => {
    const doc = loadFixture('blog/wp-classic.html', BLOG_URL);
    const a = createAdapter('blog');
    const origin = new URL(BLOG_URL).origin;
    const comments = a.findComments(doc);
    const wpId = blogId(1);
    const first = comments.find((el) => el.id === `comment-${wpId}`)!;
    expect(await a.openModeration!(first)).toEqual({ kind: 'page', url: `${origin}/wp-admin/comment.php?action=editcomment&c=${wpId}` });
    // WordPress in a folder: its REST link says where.
    const rest = doc.createElement('link');
    rest.setAttribute('rel', 'https://api.w.org/');
    rest.setAttribute('href', `${origin}/blog/wp-json/`);
    doc.head.append(rest);
    expect(await a.openModeration!(first)).toEqual({ kind: 'page', url: `${origin}/blog/wp-admin/comment.php?action=editcomment&c=${wpId}` });
    // Logged in as a moderator, the page shows "Editar": its address wins; one on another site is ignored.
    const edit = doc.createElement('a');
    edit.className = 'comment-edit-link';
    edit.setAttribute('href', `${origin}/painel/wp-admin/comment.php?action=editcomment&c=${wpId}`);
    first.querySelector('.comment-metadata, .comment-meta')!.append(edit);
    expect(await a.openModeration!(first)).toEqual({ kind: 'page', url: edit.getAttribute('href') });
    edit.setAttribute('href', `https://phishing.example/wp-admin/comment.php?c=${wpId}`);
    expect((await a.openModeration!(first)) as { url: string }).toEqual({ kind: 'page', url: `${origin}/blog/wp-admin/comment.php?action=editcomment&c=${wpId}` });
    // A reply's own "Editar" is not its parent's.
    const reply = comments.find((el) => el.id === `comment-${blogId(101)}`)!;
    expect(reply.contains(edit)).toBe(false);
    expect(((await a.openModeration!(reply)) as { url: string }).url).toContain(`c=${blogId(101)}`);
  });

  test('a blog Ronda reads without knowing its comment system names no moderation screen', async () => {
    const doc = loadFixture('blog/generic.html', 'https://clube.rondalancamentos.com.br/aulas/aula-1');
    const a = createAdapter('blog');
    expect(await a.openModeration!(a.findComments(doc)[0]!)).toBeNull();
  });

  test('a pack made before moderation was read still finds the menus (the built-in selectors)', async () => {
    const old: SelectorPack = structuredClone(BUILTIN_PACK);
    delete old.sites.youtube.moderationMenu;
    delete old.sites.blog.moderation;
    const doc = loadFixture('youtube/watch.html', `https://www.youtube.com/watch?v=${YT_VIDEO}`);
    const a = createAdapter('youtube', old);
    expect((await a.openModeration!(a.findComments(doc)[0]!))?.kind).toBe('menu');
    const blogDoc = loadFixture('blog/wp-classic.html', BLOG_URL);
    const b = createAdapter('blog', old);
    const first = b.findComments(blogDoc).find((el) => el.id === `comment-${normalThread(blogId)[0]!.id}`)!;
    expect(((await b.openModeration!(first)) as { url: string }).url).toBe(`${new URL(BLOG_URL).origin}/wp-admin/comment.php?action=editcomment&c=${blogId(1)}`);
  });
});
