import { describe, expect, it } from 'vitest';
import { acceptPackText, readPackStatus, resetToBuiltinPack, type PackStorage } from '../../../background/packs';
import { BUILTIN_PACK } from '../../../sites/builtin-pack';
import type { SelectorPack } from '../../../sites/pack';
import { ACTIVE_PACK_KEY, decidePackImport, resolveActivePack } from '../../../storage/packs';

function memoryStorage(): PackStorage & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
    remove: async (key) => void delete data[key],
  };
}

function packWith(version: string, change?: (p: SelectorPack) => void): SelectorPack {
  const pack = structuredClone(BUILTIN_PACK);
  pack.version = version;
  change?.(pack);
  return pack;
}

const NEWER = '2099.1.1';

describe('resolveActivePack', () => {
  it('uses the built-in pack when nothing is stored', () => {
    expect(resolveActivePack(undefined)).toEqual({ pack: BUILTIN_PACK, origin: 'builtin' });
  });

  it('uses a stored newer pack', () => {
    const pack = packWith(NEWER);
    const active = resolveActivePack({ pack, source: 'drive', name: 'pacote.json', acceptedAt: 5 });
    expect(active).toMatchObject({ origin: 'drive', name: 'pacote.json', acceptedAt: 5 });
    expect(active.pack.version).toBe(NEWER);
  });

  it('falls back to the built-in pack when the stored one is older or fails validation, saying why', () => {
    const older = resolveActivePack({ pack: packWith('2020.1.1'), source: 'file', acceptedAt: 1 });
    expect(older.pack).toBe(BUILTIN_PACK);
    expect(older.problem).toContain('mais antigo que o embutido');
    const broken = packWith(NEWER) as unknown as { sites: { youtube: { comment: unknown } } };
    broken.sites.youtube.comment = [];
    const invalid = resolveActivePack({ pack: broken, source: 'file', acceptedAt: 1 });
    expect(invalid.pack).toBe(BUILTIN_PACK);
    expect(invalid.problem).toContain('sites.youtube.comment');
    expect(resolveActivePack('lixo').problem).toContain('ilegível');
  });
});

describe('decidePackImport', () => {
  it('accepts newer, ignores the same version, refuses older and invalid packs', () => {
    expect(decidePackImport(JSON.stringify(packWith(NEWER)), BUILTIN_PACK).kind).toBe('accepted');
    expect(decidePackImport(JSON.stringify(BUILTIN_PACK), BUILTIN_PACK)).toEqual({ kind: 'unchanged', version: BUILTIN_PACK.version });
    const older = decidePackImport(JSON.stringify(packWith('2020.1.1')), BUILTIN_PACK);
    expect(older).toEqual({ kind: 'refused', error: expect.stringContaining('mais antigo que o ativo') });
    const notJson = decidePackImport('{ nope', BUILTIN_PACK);
    expect(notJson).toEqual({ kind: 'refused', error: expect.stringContaining('não é JSON') });
    const wrongFormat = decidePackImport(JSON.stringify({ ...packWith(NEWER), format: 2 }), BUILTIN_PACK);
    expect(wrongFormat.kind === 'refused' && wrongFormat.error).toContain(`continua ativo`);
  });
});

describe('acceptPackText', () => {
  it('activates a newer pack and reports the previous version', async () => {
    const storage = memoryStorage();
    const result = await acceptPackText(JSON.stringify(packWith(NEWER)), { source: 'file', name: 'novo.json', now: 10, storage });
    expect(result).toEqual({ outcome: 'accepted', version: NEWER, previousVersion: BUILTIN_PACK.version });
    expect(await readPackStatus(storage)).toEqual({ version: NEWER, origin: 'file', name: 'novo.json', acceptedAt: 10, builtinVersion: BUILTIN_PACK.version });
  });

  it('refuses an invalid pack with a clear message, keeps the previous one and remembers the refusal', async () => {
    const storage = memoryStorage();
    await acceptPackText(JSON.stringify(packWith(NEWER)), { source: 'file', storage });
    const before = structuredClone(storage.data[ACTIVE_PACK_KEY]);
    const bad = packWith('2099.2.1', (p) => {
      p.sites.instagram.permalinkPattern = '([unclosed';
    });
    await expect(acceptPackText(JSON.stringify(bad), { source: 'drive', name: 'quebrado.json', now: 20, storage })).rejects.toThrow(
      /sites\.instagram\.permalinkPattern: expressão regular inválida.*2099\.1\.1 continua ativo/,
    );
    expect(storage.data[ACTIVE_PACK_KEY]).toEqual(before);
    const status = await readPackStatus(storage);
    expect(status.version).toBe(NEWER);
    expect(status.lastRefusal).toMatchObject({ at: 20, source: 'drive', name: 'quebrado.json' });
  });

  it('refuses an older pack than the active one', async () => {
    const storage = memoryStorage();
    await acceptPackText(JSON.stringify(packWith(NEWER)), { source: 'file', storage });
    await expect(acceptPackText(JSON.stringify(packWith('2098.1.1')), { source: 'file', storage })).rejects.toThrow('mais antigo');
    expect((await readPackStatus(storage)).version).toBe(NEWER);
  });

  it('treats re-reading the same version as unchanged (a daily Drive check is no error)', async () => {
    const storage = memoryStorage();
    await acceptPackText(JSON.stringify(packWith(NEWER)), { source: 'drive', storage });
    expect(await acceptPackText(JSON.stringify(packWith(NEWER)), { source: 'drive', storage })).toEqual({ outcome: 'unchanged', version: NEWER });
  });

  it('refuses oversized text and can go back to the built-in pack', async () => {
    const storage = memoryStorage();
    await expect(acceptPackText('x'.repeat(2_000_001), { source: 'file', storage })).rejects.toThrow('grande demais');
    await acceptPackText(JSON.stringify(packWith(NEWER)), { source: 'file', storage });
    const status = await resetToBuiltinPack(storage);
    expect(status).toEqual({ version: BUILTIN_PACK.version, origin: 'builtin', builtinVersion: BUILTIN_PACK.version });
  });
});
