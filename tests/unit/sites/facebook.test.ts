// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createAdapter } from '../../../sites';
import { BUILTIN_PACK } from '../../../sites/builtin-pack';
import type { SelectorPack } from '../../../sites/pack';
import { FB_PAGE_ID, FB_POST, HOSTILE, HOSTILE_AUTHOR, LONG_THREAD_SIZE, fbId, flatten, normalThread } from '../../fixtures/generate';
import { loadFixture, settle } from './fixture-loader';

const URL_POST = `https://www.facebook.com/permalink.php?story_fbid=${FB_POST}&id=${FB_PAGE_ID}&comment_id=${fbId(1)}&__cft__[0]=AZX&__tn__=R]-R`;
const fb = () => createAdapter('facebook');
const visible = () => flatten(normalThread(fbId)).filter((c) => c.id !== fbId(103)); // thread 4's reply is collapsed

describe('Facebook adapter', () => {
  test('post URLs: permalink, posts, groups, photos, videos; tracking parameters dropped', () => {
    const a = fb();
    expect(a.isThreadPage(new URL(URL_POST))).toBe(true);
    expect(a.isThreadPage(new URL('https://www.facebook.com/rondalancamentos/posts/pfbid02abc'))).toBe(true);
    expect(a.isThreadPage(new URL('https://www.facebook.com/groups/123456/posts/789/'))).toBe(true);
    expect(a.isThreadPage(new URL('https://www.facebook.com/photo/?fbid=123&set=a.1'))).toBe(true);
    expect(a.isThreadPage(new URL('https://www.facebook.com/watch/?v=987'))).toBe(true);
    expect(a.isThreadPage(new URL('https://www.facebook.com/'))).toBe(false);
    expect(a.isThreadPage(new URL('https://www.facebook.com/messages/t/123'))).toBe(false);
    expect(a.postUrl(new URL(URL_POST))).toBe(`https://www.facebook.com/permalink.php?story_fbid=${FB_POST}&id=${FB_PAGE_ID}`);
    expect(a.postUrl(new URL('https://www.facebook.com/watch/?v=987&ref=sharing'))).toBe('https://www.facebook.com/watch?v=987');
  });

  for (const [file, ui] of [
    ['facebook/post-ptbr.html', 'pt-BR'],
    ['facebook/post-en-dialog.html', 'English'],
  ] as const) {
    test(`${ui} UI: comments and replies by ARIA label, ids from comment_id/reply_comment_id`, () => {
      const doc = loadFixture(file, URL_POST);
      const a = fb();
      const read = a.findComments(doc).map((el) => a.readComment(el)!);
      const expected = visible();
      expect(read.map((c) => c.id)).toEqual(expected.map((c) => c.id));
      expect(read.map((c) => c.authorName)).toEqual(expected.map((c) => c.name));
      const top = expected[0]!;
      expect(read[0]).toEqual({
        id: top.id,
        permalink: `https://www.facebook.com/permalink.php?story_fbid=${FB_POST}&id=${FB_PAGE_ID}&comment_id=${top.id}`,
        authorName: top.name,
        authorHandle: top.handle,
        authorUrl: `https://www.facebook.com/${top.handle}`,
        text: top.text,
        isReply: false,
      });
      expect(read[1]).toMatchObject({ id: fbId(101), isReply: true, parentId: top.id });
      // Page-scoped profile: profile.php?id= link, no vanity handle.
      const page = read.find((c) => c.authorName === 'Equipe Lançamento Ronda')!;
      expect(page.authorUrl).toMatch(/^https:\/\/www\.facebook\.com\/profile\.php\?id=\d+$/);
      expect(page.authorHandle).toBeUndefined();
      // Two paragraphs joined; emoji image read as the emoji.
      expect(read[6]!.text).toBe('Comprei e até agora não recebi o acesso. Já mandei três e-mails para o suporte.');
      expect(read[7]!.text).toBe('Estou amando o conteúdo 🔥');
    });
  }

  test('the post itself (role=article without a comment label) is not a comment', () => {
    const doc = loadFixture('facebook/post-ptbr.html', URL_POST);
    const a = fb();
    const post = doc.querySelector('[role="article"][aria-posinset]')!;
    expect(a.findComments(doc)).not.toContain(post);
  });

  test('hostile texts and names come back verbatim', () => {
    const doc = loadFixture('facebook/hostile.html', URL_POST);
    const a = fb();
    const read = a.findComments(doc).map((el) => a.readComment(el)!);
    expect(read.map((c) => c.text)).toEqual(Object.values(HOSTILE));
    expect(read[0]!.authorName).toBe(HOSTILE_AUTHOR);
    expect(doc.querySelector('[role="article"] script, [role="article"] img[onerror]')).toBeNull();
  });

  test('author name falls back to the aria-label (pt-BR and English) when the name link is missing', () => {
    const doc = loadFixture('facebook/post-en-dialog.html', URL_POST);
    const a = fb();
    const [first, reply] = a.findComments(doc);
    for (const el of [first!, reply!]) for (const link of el.querySelectorAll('a[role="link"]')) link.remove();
    expect(a.readComment(first!)?.authorName).toBe('Ana Paula Ribeiro');
    expect(a.readComment(reply!)?.authorName).toBe('Isabela Rocha');
    const pt = loadFixture('facebook/post-ptbr.html', URL_POST);
    const [ptFirst, ptReply] = a.findComments(pt);
    for (const el of [ptFirst!, ptReply!]) for (const link of el.querySelectorAll('a[role="link"]')) link.remove();
    expect(a.readComment(ptFirst!)?.authorName).toBe('Ana Paula Ribeiro');
    expect(a.readComment(ptReply!)?.authorName).toBe('Isabela Rocha');
    // Without the time link the id still comes from the Page's data-commentid wrapper.
    expect(a.readComment(ptFirst!)?.id).toBe(fbId(1));
  });

  test('badge goes right after the action row, inside the comment; text element is the paragraph block', () => {
    const doc = loadFixture('facebook/post-ptbr.html', URL_POST);
    const a = fb();
    const el = a.findComments(doc)[0]!;
    expect(a.badgeAnchor(el)).toBe(el.querySelector('ul'));
    expect(a.textElement(el)?.getAttribute('dir')).toBe('auto');
    expect(a.textElement(el)?.textContent).toBe(normalThread(fbId)[0]!.text);
  });

  for (const [file, label] of [
    ['facebook/post-ptbr.html', 'Responder a Ana Paula Ribeiro'],
    ['facebook/post-en-dialog.html', 'Reply to Ana Paula Ribeiro'],
  ] as const) {
    test(`Reply mounts the Lexical composer: "${label}"`, async () => {
      const doc = loadFixture(file, URL_POST);
      const a = fb();
      const [top, reply] = a.findComments(doc);
      expect(doc.querySelector('[data-lexical-editor][aria-label^="Re"]')).toBeNull();
      const box = await a.openReplyBox(top!);
      expect(box?.kind).toBe('lexical');
      expect(box?.element.getAttribute('aria-label')).toBe(label);
      expect(box?.element.getAttribute('role')).toBe('textbox');
      // Replying to a reply uses a reply composer after it, never the post's main one.
      const again = await a.openReplyBox(reply!);
      expect(again?.element.getAttribute('aria-label')).toMatch(/^(Reply to|Responder a) (Ana Paula Ribeiro|Isabela Rocha)$/);
      expect(reply!.compareDocumentPosition(again!.element) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    });
  }

  test('every thread sits in the comment list, and Reply opens a box under each top-level comment', async () => {
    // The fixture once closed one </div> too many per comment: only the first thread stayed in the list and
    // Reply did nothing on the others ("Estou amando o conteúdo 🔥" among them).
    const doc = loadFixture('facebook/post-ptbr.html', URL_POST);
    const a = fb();
    const list = doc.querySelector('.fx-comment-list')!;
    const comments = a.findComments(doc);
    expect(comments.length).toBe(visible().length);
    for (const el of comments) expect(list.contains(el)).toBe(true);
    const tops = comments.filter((el) => !a.readComment(el)!.isReply);
    const loved = tops.find((el) => a.readComment(el)!.text.startsWith('Estou amando o conteúdo'));
    expect(loved).toBeDefined();
    for (const el of tops) {
      const box = await a.openReplyBox(el);
      expect(box?.kind, a.readComment(el)!.text).toBe('lexical');
      expect(box!.element.getAttribute('aria-label')).toBe(`Responder a ${a.readComment(el)!.authorName}`);
      expect(el.compareDocumentPosition(box!.element) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  test('load more: "Ver mais comentários" and the collapsed "respondeu · 1 resposta"; both load', async () => {
    const doc = loadFixture('facebook/post-ptbr.html', URL_POST);
    const a = fb();
    const controls = a.findLoadMore(doc);
    expect(controls.map((c) => c.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['Ronda Lançamentos respondeu · 1 resposta', 'Ver mais comentários']);
    const before = a.findComments(doc).length;
    for (const c of controls) c.click();
    await settle(450);
    const after = a.findComments(doc).map((el) => a.readComment(el)!);
    expect(after).toHaveLength(before + 1 + 3);
    expect(after.find((c) => c.id === fbId(103))).toMatchObject({ isReply: true, parentId: fbId(4) });
    expect(a.findLoadMore(doc)).toHaveLength(0);
  });

  test('English load-more captions are found too', () => {
    const doc = loadFixture('facebook/post-en-dialog.html', URL_POST);
    const texts = fb().findLoadMore(doc).map((c) => c.textContent?.replace(/\s+/g, ' ').trim());
    expect(texts).toEqual(['Ronda Launch replied · 1 reply', 'View more comments']);
  });

  test('changed markup: the built-in pack finds nothing, an edited pack finds every comment', () => {
    const doc = loadFixture('facebook/changed-markup.html', URL_POST);
    expect(fb().findComments(doc)).toHaveLength(0);
    const edited: SelectorPack = structuredClone(BUILTIN_PACK);
    edited.sites.facebook.commentLabel.push('^Comentário feito por ');
    const a = createAdapter('facebook', edited);
    const read = a.findComments(doc).map((el) => a.readComment(el)!);
    expect(read.map((c) => c.id)).toEqual(normalThread(fbId).map((c) => c.id));
    expect(read.every((c) => !c.isReply)).toBe(true);
  });

  test(`long thread: ${LONG_THREAD_SIZE} comments`, () => {
    const doc = loadFixture('facebook/long-thread.html', URL_POST);
    const a = fb();
    const els = a.findComments(doc);
    expect(els).toHaveLength(LONG_THREAD_SIZE);
    const last = a.readComment(els[LONG_THREAD_SIZE - 1]!)!;
    expect(last.id).toBe(String(1234567000000000 + LONG_THREAD_SIZE - 1));
    expect(last.text.endsWith(`#${LONG_THREAD_SIZE - 1}`)).toBe(true);
  }, 60_000);
});
