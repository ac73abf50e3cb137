// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createAdapter } from '../../../sites';
import { BUILTIN_PACK } from '../../../sites/builtin-pack';
import type { SelectorPack } from '../../../sites/pack';
import { HOSTILE, IG_CODE, IG_PROFILE_POSTS, IG_PROFILE_URL, IG_REEL, LONG_THREAD_SIZE, flatten, igId, normalThread } from '../../fixtures/generate';
import { loadFixture, settle } from './fixture-loader';

const POST = `https://www.instagram.com/p/${IG_CODE}/?igsh=MWx0ZnRrZ3A5&img_index=1`;
const ig = () => createAdapter('instagram');
// The collapsed reply is not in the DOM; the first reply starts with the mention Instagram renders as a link.
const visible = () =>
  flatten(normalThread(igId))
    .filter((c) => c.id !== igId(103))
    .map((c) => (c.id === igId(101) ? { ...c, text: `@ana.paula.ribeiro ${c.text}` } : c));

describe('Instagram adapter', () => {
  test('post, reel and /<user>/p/ URLs; canonical post URL', () => {
    const a = ig();
    expect(a.isThreadPage(new URL(POST))).toBe(true);
    expect(a.isThreadPage(new URL(`https://www.instagram.com/reel/${IG_REEL}/`))).toBe(true);
    expect(a.isThreadPage(new URL(`https://www.instagram.com/ronda.lancamentos/p/${IG_CODE}/`))).toBe(true);
    expect(a.isThreadPage(new URL('https://www.instagram.com/ronda.lancamentos/'))).toBe(false);
    expect(a.isThreadPage(new URL('https://www.instagram.com/direct/inbox/'))).toBe(false);
    expect(a.postUrl(new URL(POST))).toBe(`https://www.instagram.com/p/${IG_CODE}/`);
    expect(a.postUrl(new URL(`https://www.instagram.com/reels/${IG_REEL}/?utm_source=ig_web`))).toBe(`https://www.instagram.com/reel/${IG_REEL}/`);
    expect(a.postUrl(new URL(`https://www.instagram.com/ronda.lancamentos/p/${IG_CODE}/`))).toBe(`https://www.instagram.com/p/${IG_CODE}/`);
  });

  for (const [file, name] of [
    ['instagram/post-page.html', 'post page (pt-BR)'],
    ['instagram/post-modal.html', 'post modal (English)'],
  ] as const) {
    test(`${name}: comments from permalinks, replies from /c/<parent>/r/<id>/, the caption is not a comment`, () => {
      const doc = loadFixture(file, POST);
      const a = ig();
      const root = a.observeRoot(doc);
      expect(root.tagName).toBe(file.includes('modal') ? 'ARTICLE' : 'MAIN');
      const read = a.findComments(root).map((el) => a.readComment(el)!);
      const expected = visible();
      expect(read.map((c) => c.id)).toEqual(expected.map((c) => c.id));
      expect(read.map((c) => c.authorHandle)).toEqual(expected.map((c) => c.handle));
      expect(read.map((c) => c.text)).toEqual(expected.map((c) => c.text));
      const top = expected[0]!;
      expect(read[0]).toEqual({
        id: top.id,
        permalink: `https://www.instagram.com/p/${IG_CODE}/c/${top.id}/`,
        authorName: top.handle,
        authorHandle: top.handle,
        authorUrl: `https://www.instagram.com/${top.handle}/`,
        text: top.text,
        postedAt: top.time,
        isReply: false,
      });
      expect(read[1]).toMatchObject({
        id: igId(101),
        isReply: true,
        parentId: top.id,
        permalink: `https://www.instagram.com/p/${IG_CODE}/c/${top.id}/r/${igId(101)}/`,
        text: `@${top.handle} Concordo demais, a parte do funil é ouro!`,
      });
    });
  }

  test('reels tray: avatar, body and replies in one block', async () => {
    const doc = loadFixture('instagram/reel.html', `https://www.instagram.com/reel/${IG_REEL}/`);
    const a = ig();
    expect(a.observeRoot(doc).getAttribute('role')).toBe('dialog');
    const tops = normalThread(igId).slice(0, 5);
    expect(a.findComments(doc).map((el) => a.readComment(el)!.id)).toEqual(tops.map((c) => c.id));
    const more = a.findLoadMore(doc);
    expect(more.map((b) => b.textContent?.trim())).toEqual(['Ver todas as 2 respostas', 'Ver todas as 1 respostas']);
    more[0]!.click();
    await settle(300);
    const read = a.findComments(doc).map((el) => a.readComment(el)!);
    // The first block now holds its replies: its own text and author still come from before them.
    expect(read.slice(0, 3).map((c) => [c.id, c.isReply, c.parentId])).toEqual([
      [igId(1), false, undefined],
      [igId(101), true, igId(1)],
      [igId(102), true, igId(1)],
    ]);
    expect(read[0]!.text).toBe(tops[0]!.text);
    expect(read[0]!.permalink).toBe(`https://www.instagram.com/reel/${IG_REEL}/c/${igId(1)}/`);
  });

  for (const file of ['instagram/post-page.html', 'instagram/post-modal.html']) {
    test(`${file}: the post's author, linked in its header, is the house when they answer; nobody else is`, () => {
      const doc = loadFixture(file, POST);
      // A fresh adapter for each read: one reads a post's header once per address, and this one changes in place.
      const read = () => {
        const a = ig();
        return a.findComments(doc).map((el) => a.readComment(el)!);
      };
      // The fixture's post is @ronda.lancamentos's, who does not comment: nobody is the house.
      expect(read().filter((c) => c.siteRole !== undefined)).toEqual([]);
      // The same thread under a post of @equipe.ronda's (Instagram writes the author's links in the post's header).
      for (const link of doc.querySelectorAll('header a[href="/ronda.lancamentos/"]')) link.setAttribute('href', '/equipe.ronda/');
      const again = read();
      const team = visible().filter((c) => c.handle === 'equipe.ronda').map((c) => c.id);
      expect(team.length).toBeGreaterThan(0);
      expect(again.filter((c) => c.siteRole !== undefined).map((c) => [c.id, c.siteRole])).toEqual(team.map((id) => [id, 'autor do post']));
    });
  }

  test('hostile texts verbatim', () => {
    const doc = loadFixture('instagram/hostile.html', POST);
    const a = ig();
    const read = a.findComments(doc).map((el) => a.readComment(el)!);
    expect(read.map((c) => c.text)).toEqual(Object.values(HOSTILE));
  });

  test('badge after the time link in the header; text element is the comment span', () => {
    const doc = loadFixture('instagram/post-page.html', POST);
    const a = ig();
    const el = a.findComments(doc)[0]!;
    expect(a.badgeAnchor(el)).toBe(el.querySelector('a[href*="/c/"]')!.parentElement);
    expect(a.textElement(el)?.textContent).toBe(normalThread(igId)[0]!.text);
  });

  for (const [file, kind, label] of [
    ['instagram/post-page.html', 'textarea', 'Adicione um comentário…'],
    ['instagram/post-modal.html', 'textarea', 'Add a comment…'],
    ['instagram/lexical-composer.html', 'lexical', 'Add a comment…'],
  ] as const) {
    test(`Reply prefills the composer with @user (${file.split('/')[1]})`, async () => {
      const doc = loadFixture(file, POST);
      const a = ig();
      const el = a.findComments(doc)[1]!;
      const box = await a.openReplyBox(el);
      expect(box?.kind).toBe(kind);
      expect(box?.element.getAttribute('aria-label')).toBe(label);
      const value = kind === 'textarea' ? (box!.element as HTMLTextAreaElement).value : box!.element.textContent;
      expect(value).toBe(`@${a.readComment(el)!.authorHandle} `);
    });
  }

  test('load more: the "+" icon button and "View all N replies"; the batch and replies arrive', async () => {
    const doc = loadFixture('instagram/post-modal.html', POST);
    const a = ig();
    const controls = a.findLoadMore(doc);
    expect(controls).toHaveLength(2);
    expect(controls[0]!.querySelector('svg')?.getAttribute('aria-label')).toBe('Load more comments');
    expect(controls[1]!.textContent?.trim()).toBe('View all 1 replies');
    const before = a.findComments(doc).length;
    for (const c of controls) c.click();
    await settle(450);
    const after = a.findComments(doc).map((el) => a.readComment(el)!);
    expect(after).toHaveLength(before + 3 + 1);
    expect(after.find((c) => c.id === igId(103))).toMatchObject({ isReply: true, parentId: igId(4) });
  });

  test('changed markup: the built-in pack finds nothing, an edited pack (selector + regex) finds them', () => {
    const doc = loadFixture('instagram/changed-markup.html', POST);
    expect(ig().findComments(doc)).toHaveLength(0);
    const edited: SelectorPack = structuredClone(BUILTIN_PACK);
    edited.sites.instagram.permalink = ['a[href*="/comment/"]'];
    edited.sites.instagram.permalinkPattern = '/(?:p|reel|reels|tv)/([\\w-]+)/comment/(\\d+)(?:/r/(\\d+))?';
    const a = createAdapter('instagram', edited);
    expect(a.findComments(doc).map((el) => a.readComment(el)!.id)).toEqual(normalThread(igId).map((c) => c.id));
  });

  test(`long thread: ${LONG_THREAD_SIZE} comments`, () => {
    const doc = loadFixture('instagram/long-thread.html', POST);
    const a = ig();
    const els = a.findComments(doc);
    expect(els).toHaveLength(LONG_THREAD_SIZE);
    const last = a.readComment(els[LONG_THREAD_SIZE - 1]!)!;
    expect(last.id).toBe(`18051${String(LONG_THREAD_SIZE - 1).padStart(12, '0')}`);
    expect(last.authorHandle).toMatch(/^[a-z.]+1999$/);
  }, 60_000);
});

describe('Instagram adapter, older markup', () => {
  test('replies without /r/ permalinks are recognised by their nested list (2023-era li > ul)', () => {
    const html = `<main><ul><li><img alt="ana's profile picture"><a href="/ana/">ana</a> <a href="/p/${IG_CODE}/c/111/"><time datetime="2026-11-20T10:00:00.000Z">2d</time></a><span dir="auto">Comentário de cima</span><div role="button">Reply</div>
      <ul><li><img alt="bia's profile picture"><a href="/bia/">bia</a> <a href="/p/${IG_CODE}/c/222/"><time datetime="2026-11-21T10:00:00.000Z">1d</time></a><span dir="auto">Resposta embaixo</span></li></ul></li></ul></main>`;
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    document.body.replaceChildren(document.adoptNode(parsed.body.firstElementChild!));
    const a = ig();
    const read = a.findComments(document).map((el) => a.readComment(el)!);
    expect(read.map((c) => [c.id, c.authorHandle, c.text, c.isReply, c.parentId])).toEqual([
      ['111', 'ana', 'Comentário de cima', false, undefined],
      ['222', 'bia', 'Resposta embaixo', true, '111'],
    ]);
  });
});

describe('Instagram comment-area root', () => {
  test('an unrelated dialog (a notifications prompt) over the post page is not taken for the comment tray', () => {
    const doc = loadFixture('instagram/post-page.html', POST);
    const prompt = doc.createElement('div');
    prompt.setAttribute('role', 'dialog');
    const title = doc.createElement('h2');
    title.textContent = 'Ativar notificações';
    const later = doc.createElement('button');
    later.textContent = 'Agora não';
    prompt.append(title, later);
    doc.body.append(prompt);
    const a = ig();
    const root = a.observeRoot(doc);
    expect(root.tagName).toBe('MAIN');
    expect(a.findComments(root).map((el) => a.readComment(el)!.id)).toEqual(visible().map((c) => c.id));
  });
});

describe('Instagram profile grid, for the sweep', () => {
  test("a profile's grid lists each post and reel once, by its canonical address and its picture's description", () => {
    const doc = loadFixture('instagram/profile-grid.html', IG_PROFILE_URL);
    const a = createAdapter('instagram');
    expect(a.isThreadPage(new URL(IG_PROFILE_URL))).toBe(false);
    expect(a.listedPosts!(doc)).toEqual(IG_PROFILE_POSTS.map((p) => ({ url: `https://www.instagram.com/${p.kind}/${p.code}/`, title: p.alt })));
    // The same grid under the reels tab address is a listing too; Instagram's own sections are not.
    expect(a.listedPosts!(loadFixture('instagram/profile-grid.html', `${IG_PROFILE_URL}reels/`))).toHaveLength(IG_PROFILE_POSTS.length);
    expect(a.listedPosts!(loadFixture('instagram/profile-grid.html', 'https://www.instagram.com/explore/'))).toEqual([]);
    expect(a.listedPosts!(loadFixture('instagram/post-page.html', `https://www.instagram.com/p/${IG_CODE}/`))).toEqual([]);
  });
});
