// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createAdapter } from '../../../sites';
import { BUILTIN_PACK } from '../../../sites/builtin-pack';
import type { SelectorPack } from '../../../sites/pack';

/** A DM thread as Instagram and Facebook draw it: a search box first, the thread's Lexical composer last. */
function thread(): { search: HTMLElement; composer: HTMLElement; commentBox: HTMLElement } {
  document.body.replaceChildren();
  const editor = (label: string) => {
    const el = document.createElement('div');
    el.setAttribute('role', 'textbox');
    el.setAttribute('contenteditable', 'true');
    el.setAttribute('aria-label', label);
    return el;
  };
  const search = document.createElement('textarea');
  search.setAttribute('aria-label', 'Pesquisar');
  // A post's comment dialog left open over the thread: its box is a public one.
  const dialog = document.createElement('div');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-label', 'Comments');
  const commentBox = editor('Adicione um comentário…');
  dialog.append(commentBox);
  const composer = editor('Mensagem');
  document.body.append(search, composer, dialog);
  return { search, composer, commentBox };
}

describe('DM composer (pack data, behind the adapter)', () => {
  beforeEach(() => document.body.replaceChildren());

  it('is found on a thread page of the site only, and never inside a comment dialog', () => {
    const { composer } = thread();
    const ig = createAdapter('instagram');
    const fb = createAdapter('facebook');
    expect(ig.dmComposer!(document, new URL('https://www.instagram.com/direct/t/340282366841710300949128/'))?.element).toBe(composer);
    expect(fb.dmComposer!(document, new URL('https://www.facebook.com/messages/t/100012345'))).toMatchObject({ element: composer, kind: 'lexical' });
    expect(fb.dmComposer!(document, new URL('https://www.facebook.com/messages/e2ee/t/100012345'))?.element).toBe(composer);
    for (const url of ['https://www.instagram.com/p/C0abc/', 'https://www.instagram.com/direct/inbox/', 'https://evil.com/direct/t/1/', 'https://www.facebook.com/direct/t/1/']) {
      expect(ig.dmComposer!(document, new URL(url))).toBeNull();
    }
    for (const url of ['https://www.facebook.com/ronda/posts/pfbid0abc', 'https://www.instagram.com/messages/t/1', 'https://evil.com/messages/t/1']) {
      expect(fb.dmComposer!(document, new URL(url))).toBeNull();
    }
  });

  it('never returns a public comment box, even when no other editor is left on a thread page', () => {
    const { composer, search, commentBox } = thread();
    composer.remove();
    expect(createAdapter('instagram').dmComposer!(document, new URL('https://www.instagram.com/direct/t/1/'))?.element).not.toBe(commentBox);
    search.remove();
    expect(createAdapter('instagram').dmComposer!(document, new URL('https://www.instagram.com/direct/t/1/'))).toBeNull();
  });

  it('a pack can move the thread path and the composer; a pack made before DMs were pack data keeps the built-in ones', () => {
    const { composer } = thread();
    composer.setAttribute('data-lexical-editor', 'true');
    const edited = structuredClone(BUILTIN_PACK) as SelectorPack;
    edited.sites.instagram.dm = { threadPath: ['^/inbox/t/[^/]+'], composer: ['[data-lexical-editor="true"]'], exclude: [] };
    const moved = createAdapter('instagram', edited);
    expect(moved.dmComposer!(document, new URL('https://www.instagram.com/inbox/t/9/'))?.element).toBe(composer);
    expect(moved.dmComposer!(document, new URL('https://www.instagram.com/direct/t/9/'))).toBeNull();
    const older = structuredClone(BUILTIN_PACK) as SelectorPack;
    delete older.sites.instagram.dm;
    expect(createAdapter('instagram', older).dmComposer!(document, new URL('https://www.instagram.com/direct/t/9/'))?.element).toBe(composer);
  });

  it('sites without DMs have no composer to offer', () => {
    expect(createAdapter('youtube').dmComposer).toBeUndefined();
    expect(createAdapter('blog').dmComposer).toBeUndefined();
  });
});
