import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DriveClient, DriveError, revokeToken } from '../../../background/drive/client';
import { DriveTestServer } from '../../drive-server/server';
import { parseQuery } from '../../drive-server/query';
import { bytes } from './helpers';
import { setLocale } from '../../../lib/i18n';

let server: DriveTestServer;
beforeAll(async () => {
  server = new DriveTestServer({ tokens: ['good'] });
  await server.start();
});
afterAll(async () => server.stop());
beforeEach(() => {
  server.files.clear();
  server.clearFaults();
  server.tokens.add('good');
});

function client(token = 'good', timeoutMs = 5_000) {
  let refreshed = 0;
  const c = new DriveClient({
    baseUrl: server.baseUrl,
    timeoutMs,
    tokens: { getToken: async ({ refresh }) => (refresh ? (refreshed++, 'good') : token) },
  });
  return { c, refreshed: () => refreshed };
}

async function failure(p: Promise<unknown>): Promise<DriveError> {
  const error = await p.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(DriveError);
  return error as DriveError;
}

describe('Drive client against the local server', () => {
  it('creates with multipart, lists with q and fields, downloads, updates and deletes', async () => {
    const { c } = client();
    const folder = await c.createMetadata({ name: 'Pasta', mimeType: 'application/vnd.google-apps.folder' });
    const png = bytes(5_000);
    const file = await c.createMultipart({ name: 'a.png', parents: [folder.id], appProperties: { rondaId: 'x1' } }, png, 'image/png');
    expect(file).toMatchObject({ name: 'a.png', mimeType: 'image/png', parents: [folder.id], size: '5000' });
    const listed = await c.listAll(`appProperties has { key='rondaId' and value='x1' } and '${folder.id}' in parents and trashed = false`, 'id,name');
    expect(listed).toEqual([{ id: file.id, name: 'a.png' }]);
    expect(await c.download(file.id)).toEqual(png);
    const renamed = await c.updateMetadata(file.id, { name: 'b.png' });
    expect(renamed.name).toBe('b.png');
    const replaced = await c.updateMultipart(file.id, {}, bytes(10, 9), 'image/png');
    expect(replaced.size).toBe('10');
    await c.delete(file.id);
    expect((await failure(c.get(file.id))).kind).toBe('notFound');
  });

  it('pages through long listings', async () => {
    for (let i = 0; i < 450; i++) server.seed({ name: `f${i}`, appProperties: { rondaKind: 'print' } });
    const { c } = client();
    expect(await c.listAll("appProperties has { key='rondaKind' and value='print' }", 'id')).toHaveLength(450);
  });

  it('uploads resumably and reports progress from 308 Range', async () => {
    const { c } = client();
    const data = bytes(600_000);
    const uri = await c.startResumable({ name: 'r.png' }, 'image/png', data.length);
    expect(uri).toContain('upload_id=');
    expect(await c.queryResumable(uri, data.length)).toEqual({ confirmed: 0 });
    expect(await c.putChunk(uri, data.subarray(0, 262_144), 0, data.length)).toEqual({ confirmed: 262_144 });
    expect(await c.queryResumable(uri, data.length)).toEqual({ confirmed: 262_144 });
    const done = await c.putChunk(uri, data.subarray(262_144), 262_144, data.length);
    expect('file' in done && done.file.size).toBe('600000');
  });

  it('refreshes the token once on 401, and gives up with an auth error when the new one fails too', async () => {
    const ok = client('expired');
    await ok.c.list('trashed = false');
    expect(ok.refreshed()).toBe(1);
    server.tokens.delete('good');
    const bad = client('expired');
    expect((await failure(bad.c.list('trashed = false'))).kind).toBe('auth');
    expect(bad.refreshed()).toBe(1);
  });

  it('classifies 403 scope, 403 rate limit, 429, 500, dropped and slow connections', async () => {
    const { c } = client('good', 300);
    server.inject({ kind: 'scope' });
    expect(await failure(c.list('trashed = false'))).toMatchObject({ kind: 'scope', status: 403, reason: 'insufficientPermissions' });
    server.inject({ kind: 'rate403' });
    expect((await failure(c.list('trashed = false'))).kind).toBe('rate');
    server.inject({ kind: 429, retryAfter: 3 });
    expect(await failure(c.list('trashed = false'))).toMatchObject({ kind: 'rate', retryAfterMs: 3_000 });
    server.inject({ kind: 500 });
    expect((await failure(c.list('trashed = false'))).kind).toBe('server');
    server.inject({ kind: 'drop' });
    expect((await failure(c.list('trashed = false'))).kind).toBe('network');
    server.inject({ kind: 'slow', ms: 1_000 });
    expect(await failure(c.list('trashed = false'))).toMatchObject({ kind: 'network', message: expect.stringContaining('a tempo') });
  });

  it('says what went wrong in the language Ronda is set to', async () => {
    const { c } = client('good', 300);
    try {
      setLocale('pt-BR');
      server.inject({ kind: 'drop' });
      expect((await failure(c.list('trashed = false'))).message).toBe('sem conexão com o Google Drive (offline ou conexão interrompida)');
      setLocale('en');
      server.inject({ kind: 'drop' });
      expect((await failure(c.list('trashed = false'))).message).toBe('no connection to Google Drive (offline or connection lost)');
      server.inject({ kind: 500 });
      expect((await failure(c.list('trashed = false'))).message).toMatch(/^temporary Google Drive error \(500\)/);
    } finally {
      setLocale('pt-BR');
    }
  });

  it('answers a malformed query with 400 invalid, as Google does', async () => {
    const { c } = client();
    expect(await failure(c.list("name = 'unterminated"))).toMatchObject({ kind: 'invalid', status: 400 });
  });

  it('revokes a token', async () => {
    expect(await revokeToken('good', `${server.baseUrl}/revoke`)).toBe(true);
    expect(server.revoked).toContain('good');
    expect(server.tokens.has('good')).toBe(false);
  });
});

describe('test server q parser', () => {
  const file = { name: "o'neil.png", mimeType: 'image/png', parents: ['root'], trashed: false, appProperties: { rondaId: 'p1' }, properties: {}, modifiedTime: '2026-11-23T12:00:00Z', createdTime: '2026-11-23T11:00:00Z' };
  it('evaluates the terms Ronda uses, with precedence and escapes', () => {
    expect(parseQuery("appProperties has { key='rondaId' and value='p1' } and 'root' in parents and trashed = false")(file)).toBe(true);
    expect(parseQuery("name = 'o\\'neil.png'")(file)).toBe(true);
    expect(parseQuery("trashed = true or 'root' in parents and name contains 'neil'")(file)).toBe(true);
    expect(parseQuery("not 'root' in parents or (mimeType != 'image/png')")(file)).toBe(false);
    expect(parseQuery("modifiedTime > '2026-11-23T00:00:00Z'")(file)).toBe(true);
    expect(() => parseQuery("owners has 'x'")).toThrow();
  });
});
