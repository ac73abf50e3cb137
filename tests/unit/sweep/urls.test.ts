import { describe, expect, it } from 'vitest';
import { detectSite, parseUrlList } from '../../../lib/sweep';
import { canonicalPostUrl as canonical } from '../../../sites';
import { setLocale } from '../../../lib/i18n';

// Messages are checked in Portuguese, whatever the machine's language.
setLocale('pt-BR');

describe('parseUrlList', () => {
  it('detects the site of each line and files it under the canonical post URL', () => {
    const text = [
      'url;título',
      'https://www.instagram.com/p/ABC123/?igsh=xyz',
      'https://youtu.be/dQw4w9WgXcQ?si=track\tVídeo de abertura',
      'm.facebook.com/anasuporte/posts/pfbid02abc?__cft__=1 ; Anúncio 3',
      'https://blog.exemplo.com.br/aula-1/?utm_source=ig#comments',
      'https://studio.youtube.com/channel/UCr0ndaLancamentos2026xQ/comments/inbox?filter=%5B%5D ; Caixa do canal',
      'https://studio.youtube.com/video/rOnDa2026aB/comments/inbox',
    ].join('\n');
    const { items, errors, duplicates } = parseUrlList(text, { canonical });
    expect(errors).toEqual([]);
    expect(duplicates).toEqual([]);
    expect(items).toEqual([
      { line: 2, url: 'https://www.instagram.com/p/ABC123/', site: 'instagram' },
      { line: 3, url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', site: 'youtube', title: 'Vídeo de abertura' },
      { line: 4, url: 'https://www.facebook.com/anasuporte/posts/pfbid02abc', site: 'facebook', title: 'Anúncio 3' },
      { line: 5, url: 'https://blog.exemplo.com.br/aula-1/', site: 'blog' },
      // Studio: the inbox is its own page to sweep; a video's comments are that video's.
      { line: 6, url: 'https://studio.youtube.com/channel/UCr0ndaLancamentos2026xQ/comments/inbox', site: 'youtube', title: 'Caixa do canal' },
      { line: 7, url: 'https://www.youtube.com/watch?v=rOnDa2026aB', site: 'youtube' },
    ]);
  });

  it('reports each bad line with its number and keeps the good ones', () => {
    const text = '# lista da Ana\nnão é url\nftp://arquivos.exemplo.com/x\nhttps://www.instagram.com/\nhttps://www.instagram.com/reel/XYZ/\n\nlocalhost/teste';
    const { items, errors } = parseUrlList(text, { canonical });
    expect(items.map((i) => i.line)).toEqual([5]);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4, 7]);
    expect(errors[0]!.error).toContain('Não é um endereço válido');
    expect(errors[1]!.error).toContain('http(s)');
    expect(errors[2]!.error).toContain('página inicial');
    expect(errors[3]!.error).toContain('Domínio incompleto');
  });

  it('skips duplicates within the list and URLs already in the sweep list', () => {
    const text = 'https://www.youtube.com/watch?v=a1&t=30\nhttps://youtu.be/a1\nhttps://www.instagram.com/p/Q/';
    const { items, duplicates } = parseUrlList(text, { canonical, known: ['https://www.instagram.com/p/Q/'] });
    expect(items.map((i) => i.url)).toEqual(['https://www.youtube.com/watch?v=a1']);
    expect(duplicates).toEqual([
      { line: 2, url: 'https://www.youtube.com/watch?v=a1' },
      { line: 3, url: 'https://www.instagram.com/p/Q/' },
    ]);
  });

  it('maps hosts to sites', () => {
    expect(detectSite(new URL('https://business.facebook.com/x'))).toBe('facebook');
    expect(detectSite(new URL('https://notfacebook.com/x'))).toBe('blog');
    expect(detectSite(new URL('https://www.youtube.com/shorts/abc'))).toBe('youtube');
  });
});
