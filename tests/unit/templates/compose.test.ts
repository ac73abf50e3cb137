import { describe, expect, it } from 'vitest';
import { suggestTemplates } from '../../../lib/templates/compose';
import { dmTarget, facebookUser, instagramUser } from '../../../lib/templates/dm';
import { seedTemplates } from '../../../lib/templates/seed';
import type { TemplateRecord } from '../../../storage/schema';

const base = seedTemplates(1)[0]!;
function t(id: string, over: Partial<TemplateRecord>): TemplateRecord {
  return { ...base, id, title: id, dmBody: undefined, labels: [], sites: [], ...over };
}

describe('suggestTemplates', () => {
  const library = [
    t('any', {}),
    t('doubt-any-site', { labels: ['doubt'] }),
    t('doubt-ig', { labels: ['doubt'], sites: ['instagram'] }),
    t('doubt-yt', { labels: ['doubt'], sites: ['youtube'] }),
    t('praise', { labels: ['praise'] }),
    t('draft-doubt', { labels: ['doubt'], status: 'draft' }),
    t('dm-doubt', { labels: ['doubt'], dmBody: 'oi' }),
  ];

  it('offers only approved templates for the label and site, plain replies and most specific first', () => {
    const ids = suggestTemplates(library, { label: 'doubt', site: 'instagram' }).map((x) => x.id);
    expect(ids).toEqual(['doubt-ig', 'doubt-any-site', 'any', 'dm-doubt']);
  });

  it('keeps only templates with a private message for move-to-DM', () => {
    expect(suggestTemplates(library, { label: 'doubt', site: 'instagram' }, { forDm: true }).map((x) => x.id)).toEqual(['dm-doubt']);
  });
});

describe('DM targets', () => {
  it('finds the Instagram user from the handle or the profile link', () => {
    expect(instagramUser({ authorName: 'Ana', authorHandle: '@ana.souza' })).toBe('ana.souza');
    expect(instagramUser({ authorName: 'Ana', authorUrl: 'https://www.instagram.com/ana_s/' })).toBe('ana_s');
    expect(instagramUser({ authorName: 'Ana', authorUrl: '/p/C0abc/' })).toBeUndefined();
    expect(instagramUser({ authorName: 'Ana', authorUrl: 'https://evil.com/ana/' })).toBeUndefined();
    expect(dmTarget('instagram', { authorName: 'Ana', authorHandle: 'ana_s' }, {}).url).toBe('https://ig.me/m/ana_s');
    // Non-followers find the message under requests, so staff are told to say so publicly.
    expect(dmTarget('instagram', { authorName: 'Ana', authorHandle: 'ana_s' }, {}).hint).toMatch(/"Solicitações de mensagem".*resposta pública/);
  });

  it('opens Messenger by username or numeric id', () => {
    expect(facebookUser({ authorName: 'x', authorUrl: 'https://www.facebook.com/profile.php?id=1000123&comment_id=Y29' })).toBe('1000123');
    expect(facebookUser({ authorName: 'x', authorUrl: 'https://www.facebook.com/maria.souza?comment_id=Y29' })).toBe('maria.souza');
    expect(dmTarget('facebook', { authorName: 'x', authorUrl: '/maria.souza' }, {}).url).toBe('https://m.me/maria.souza');
    expect(dmTarget('facebook', { authorName: 'x', authorUrl: '/profile.php?id=42' }, {}).url).toBe('https://www.facebook.com/messages/t/42');
  });

  it('sends YouTube and blog commenters to WhatsApp or e-mail without opening anything', () => {
    const yt = dmTarget('youtube', { authorName: '@x' }, { whatsapp: '11999990000' });
    expect([yt.kind, yt.url]).toEqual(['whatsapp', undefined]);
    const blog = dmTarget('blog', { authorName: 'x' }, { email: 'a@b.c' });
    expect([blog.kind, blog.url]).toEqual(['email', undefined]);
    expect(dmTarget('youtube', { authorName: 'x' }, {}).kind).toBe('none');
  });
});
