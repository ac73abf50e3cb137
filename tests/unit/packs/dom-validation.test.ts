// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK } from '../../../sites/builtin-pack';
import { resolveActivePack } from '../../../storage/packs';

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
