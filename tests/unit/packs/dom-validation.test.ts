// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../lib/i18n';
import { BUILTIN_PACK } from '../../../sites/builtin-pack';
import { resolveActivePack } from '../../../storage/packs';

// The messages are Portuguese first; the English ones are checked where it is said so.
beforeEach(() => setLocale('pt-BR'));

describe('stored pack checked where a DOM exists (content scripts, options page)', () => {
  it('falls back to the built-in pack when a CSS selector does not parse', () => {
    const pack = structuredClone(BUILTIN_PACK);
    pack.version = '2099.1.1';
    pack.sites.youtube.comment = ['ytd-comment-view-model[[['];
    const active = resolveActivePack({ pack, source: 'drive', acceptedAt: 1 });
    expect(active.pack).toBe(BUILTIN_PACK);
    expect(active.problem).toContain('sites.youtube.comment[0]: seletor CSS inválido');
  });
});
