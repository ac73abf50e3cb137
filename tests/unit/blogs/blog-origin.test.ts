import { describe, expect, it } from 'vitest';
import { checkBlogOrigin, normaliseOrigin, originPattern } from '../../../lib/blog-origin';
import { detectSite } from '../../../lib/site-of-url';

describe('blog origin', () => {
  it('turns what staff type or paste into the blog’s origin', () => {
    expect(normaliseOrigin('blog.especialista.com.br')).toBe('https://blog.especialista.com.br');
    expect(normaliseOrigin('  https://Blog.Especialista.com.br/2026/11/aula-1/?utm=x#comments ')).toBe('https://blog.especialista.com.br');
    expect(normaliseOrigin('http://antigo.exemplo.com/post')).toBe('http://antigo.exemplo.com');
    // Match patterns name hosts, not ports.
    expect(normaliseOrigin('https://blog.exemplo.com:8443/x')).toBe('https://blog.exemplo.com');
    expect(originPattern('https://blog.exemplo.com')).toBe('https://blog.exemplo.com/*');
  });

  it('refuses what cannot be a blog, saying why', () => {
    const refused = (input: string) => {
      const checked = checkBlogOrigin(input);
      expect(checked.ok, input).toBe(false);
      return checked.ok ? '' : checked.error;
    };
    expect(refused('')).toContain('Digite o endereço');
    expect(refused('ftp://arquivos.exemplo.com')).toContain('Só endereços http(s)');
    expect(refused('chrome://extensions')).toContain('Só endereços http(s)');
    expect(refused('localhost')).toContain('Domínio inválido');
    expect(refused('https://exa mple.com')).toContain('Endereço inválido');
    // Sites with their own content scripts would be marked twice.
    expect(refused('www.instagram.com/p/abc')).toContain('já acompanha');
    expect(refused('https://m.youtube.com/watch?v=1')).toContain('já acompanha');
    expect(refused('web.facebook.com')).toContain('já acompanha');
    expect(() => normaliseOrigin('localhost')).toThrow('Domínio inválido');
  });

  it('keeps look-alike domains that are not the built-in sites', () => {
    expect(checkBlogOrigin('meuinstagram.com.br')).toEqual({ ok: true, origin: 'https://meuinstagram.com.br' });
    expect(checkBlogOrigin('youtube.com.blog.exemplo.com')).toEqual({ ok: true, origin: 'https://youtube.com.blog.exemplo.com' });
  });
});

describe('site of a page address', () => {
  it('names the built-in sites by host and everything else a blog', () => {
    expect(detectSite(new URL('https://www.instagram.com/p/abc/'))).toBe('instagram');
    expect(detectSite(new URL('https://web.facebook.com/x/posts/1'))).toBe('facebook');
    expect(detectSite(new URL('https://www.youtube.com/watch?v=1'))).toBe('youtube');
    expect(detectSite(new URL('https://blog.especialista.com.br/aula-1/'))).toBe('blog');
    // A look-alike host is not Instagram.
    expect(detectSite(new URL('https://instagram.com.golpe.example/p/1'))).toBe('blog');
  });
});
