// @vitest-environment happy-dom
import { beforeEach, describe, expect, test } from 'vitest';
import { setLocale } from '../../../lib/i18n';
import { BUILTIN_PACK } from '../../../sites/builtin-pack';
import { comparePackVersions, parsePack, type SelectorPack } from '../../../sites/pack';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const clone = (): SelectorPack => structuredClone(BUILTIN_PACK);

// The messages are Portuguese first; the English ones are checked where it is said so.
beforeEach(() => setLocale('pt-BR'));

describe('selector pack', () => {
  test('the built-in pack is valid, and survives a JSON round trip (import/export)', () => {
    const parsed = parsePack(JSON.parse(JSON.stringify(BUILTIN_PACK)));
    expect(parsed).toEqual({ ok: true, pack: BUILTIN_PACK });
    expect(parsePack(JSON.stringify(BUILTIN_PACK)).ok).toBe(true);
  });

  test('a bad CSS selector is refused, naming the field', () => {
    const pack = clone();
    pack.sites.youtube.comment = ['ytd-comment-view-model', 'div[role="article"'];
    const r = parsePack(pack);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe('Pacote de seletores inválido: sites.youtube.comment[1]: seletor CSS inválido');
  });

  test('a bad regex is refused, naming the field', () => {
    const pack = clone();
    pack.sites.facebook.labelName[0] = '^(Comment by (.+';
    const r = parsePack(pack);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('sites.facebook.labelName[0]: expressão regular inválida');
  });

  test('missing fields, empty alternatives, wrong format and version are all reported', () => {
    const pack = clone() as unknown as Record<string, unknown> & { sites: Record<string, Record<string, unknown>> };
    delete pack.sites.instagram!.permalink;
    pack.sites.blog!.variants = [];
    pack.format = 2;
    pack.version = 'ontem';
    const r = parsePack(pack);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toContain('format: formato de pacote não suportado (esperado 1)');
    expect(r.error).toContain('version: versão deve ser uma data como 2026.11.23');
    expect(r.error).toContain('sites.instagram.permalink');
    expect(r.error).toContain('sites.blog.variants');
  });

  test('not JSON at all', () => {
    const r = parsePack('{"format": 1,');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^Pacote de seletores inválido: não é JSON/);
  });

  test('in English, the same refusals in English, read when the pack is checked (not when the module loaded)', () => {
    setLocale('en');
    expect(parsePack('{"format": 1,')).toMatchObject({ ok: false, error: expect.stringMatching(/^Invalid selector pack: not JSON/) });
    const pack = clone();
    pack.sites.youtube.comment = ['ytd-comment-view-model[[['];
    const r = parsePack(pack);
    expect(r).toEqual({ ok: false, error: 'Invalid selector pack: sites.youtube.comment[0]: invalid CSS selector' });
  });

  test('versions compare as dates', () => {
    expect(comparePackVersions('2026.11.23', '2026.12.1')).toBeLessThan(0);
    expect(comparePackVersions('2027.1.2', '2026.12.31')).toBeGreaterThan(0);
    expect(comparePackVersions('2026.11.23', '2026.11.23')).toBe(0);
  });

  test('no selector strings outside builtin-pack.ts in the adapters', () => {
    // Adapters read markup knowledge from the pack; a selector typed into an adapter could not be fixed by a pack.
    const dir = path.resolve('sites');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('builtin-pack.ts') && !f.endsWith('pack.ts') && !f.endsWith('types.ts'),
    );
    const suspicious = /['"`][^'"`\n]*(?:\[aria-label|\[role="(?:article|dialog|textbox)|ytd-|\.wpd-|comment-reply|data-lexical|#content-text|#author-text)[^'"`\n]*['"`]/;
    for (const f of files) {
      const text = readFileSync(path.join(dir, f), 'utf8');
      expect(suspicious.exec(text)?.[0], f).toBeUndefined();
    }
  });
});
