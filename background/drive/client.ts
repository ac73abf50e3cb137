import { parseRetryAfter } from '../../lib/drive/backoff';
import { confirmedBytes } from '../../lib/drive/plan';
import type { DriveErrorKind } from '../../lib/drive/state';
import { tr } from '../../lib/i18n';

/*
 * A small Google Drive v3 client over fetch: only the calls Ronda makes, with Google's documented request
 * shapes. It uses no extension API, so unit tests run it in Node against tests/drive-server.
 *
 * Errors come back as DriveError with a `kind` the sync loop acts on (see lib/drive/plan.ts decideOnFailure):
 * 401 is retried once with a fresh token here; everything else is the loop's call.
 */

export const DRIVE_API_BASE = 'https://www.googleapis.com';
export const REVOKE_URL = 'https://oauth2.googleapis.com/revoke';

export interface DriveFile {
  id: string;
  name: string;
  mimeType?: string;
  parents?: string[];
  appProperties?: Record<string, string>;
  description?: string;
  modifiedTime?: string;
  createdTime?: string;
  trashed?: boolean;
  size?: string;
}

export const FILE_FIELDS = 'id,name,mimeType,parents,appProperties,description,modifiedTime,createdTime,trashed,size';

/** 403 reasons that mean "slow down" (per user, per day, or for sharing), not "never". */
const RATE_REASONS = new Set(['rateLimitExceeded', 'userRateLimitExceeded', 'dailyLimitExceeded', 'sharingRateLimitExceeded']);

/**
 * A failure to reach the network (fetch's TypeError, Chrome identity's "Connection failed"), as opposed to an
 * answer. Such an error getting a token while offline means "wait", not "sign in again".
 */
export function isNetworkFailure(error: unknown, online = (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine): boolean {
  if (online === false) return true;
  if (error instanceof DriveError) return error.kind === 'network';
  const message = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /failed to fetch|fetch failed|network|connection|offline|internet|timed? ?out|ERR_(INTERNET|NETWORK|NAME_NOT_RESOLVED)/i.test(message);
}

/** Google out of reach while getting a token: sync waits; the sign-in itself is fine. */
export const offlineTokenError = () =>
  new DriveError('network', tr('sem conexão com o Google para renovar o acesso ao Drive (offline ou conexão interrompida)', 'no connection to Google to renew access to Drive (offline or connection lost)'));

export class DriveError extends Error {
  override name = 'DriveError';
  constructor(
    readonly kind: DriveErrorKind,
    message: string,
    readonly status?: number,
    readonly reason?: string,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

export interface TokenSource {
  /** A valid access token. With `refresh`, the cached one (`stale`) is dropped first and a new one fetched. */
  getToken(options: { refresh: boolean; stale?: string }): Promise<string>;
}

export interface DriveClientOptions {
  baseUrl?: string;
  tokens: TokenSource;
  fetch?: typeof fetch;
  /** Per request; a hung connection must not hold the loop (and the service worker) forever. */
  timeoutMs?: number;
  now?: () => number;
}

type Body = string | Blob | Uint8Array;

interface SendOptions {
  query?: Record<string, string | undefined>;
  headers?: Record<string, string>;
  body?: Body;
  /** A full URL (resumable session URIs); otherwise `path` is joined to the base URL. */
  absolute?: boolean;
  /** Statuses that are answers, not errors (308 for resumable uploads). */
  accept?: number[];
}

function bodyInit(body: Body | undefined): BodyInit | undefined {
  if (body instanceof Uint8Array) return new Blob([body as Uint8Array<ArrayBuffer>]);
  return body;
}

export class DriveClient {
  readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;
  private readonly now: () => number;

  constructor(private readonly options: DriveClientOptions) {
    this.baseUrl = (options.baseUrl ?? DRIVE_API_BASE).replace(/\/+$/, '');
    this.fetchImpl = options.fetch ?? ((...args) => fetch(...args));
    this.timeoutMs = options.timeoutMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  private url(path: string, query: SendOptions['query'], absolute?: boolean): string {
    const url = new URL(absolute ? path : `${this.baseUrl}${path}`);
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, v);
    return url.toString();
  }

  private async attempt(method: string, url: string, token: string, options: SendOptions): Promise<Response> {
    try {
      return await this.fetchImpl(url, {
        method,
        headers: { Authorization: `Bearer ${token}`, ...options.headers },
        body: bodyInit(options.body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw new DriveError(
        'network',
        timedOut ? tr('o Google Drive não respondeu a tempo', 'Google Drive did not answer in time') : tr('sem conexão com o Google Drive (offline ou conexão interrompida)', 'no connection to Google Drive (offline or connection lost)'),
      );
    }
  }

  /** A token; getting one needs Google too, and failing to reach it while offline is a pause, not a sign-out. */
  private async token(options: { refresh: boolean; stale?: string }): Promise<string> {
    try {
      return await this.options.tokens.getToken(options);
    } catch (error) {
      if (error instanceof DriveError || !isNetworkFailure(error)) throw error;
      throw offlineTokenError();
    }
  }

  async send(method: string, path: string, options: SendOptions = {}): Promise<Response> {
    const url = this.url(path, options.query, options.absolute);
    let token = await this.token({ refresh: false });
    let response = await this.attempt(method, url, token, options);
    if (response.status === 401) {
      // Tokens expire (about an hour) or get revoked: refresh once, and only once, per request.
      await response.body?.cancel();
      token = await this.token({ refresh: true, stale: token });
      response = await this.attempt(method, url, token, options);
    }
    if (response.ok || options.accept?.includes(response.status)) return response;
    throw await this.toError(response);
  }

  private async toError(response: Response): Promise<DriveError> {
    let message = '';
    let reason: string | undefined;
    let details = '';
    try {
      const body = (await response.json()) as { error?: { message?: string; errors?: { reason?: string }[]; details?: { reason?: string }[] } };
      message = body.error?.message ?? '';
      reason = body.error?.errors?.[0]?.reason;
      details = (body.error?.details ?? []).map((d) => d.reason ?? '').join(',');
    } catch {
      // Not JSON (a proxy's HTML page): the status says enough.
    }
    const status = response.status;
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), this.now());
    const said = message ? ` (${message})` : '';
    if (status === 401) return new DriveError('auth', tr(`o Google recusou o login${said}: entre de novo com sua conta Google`, `Google refused the sign-in${said}: sign in again with your Google account`), status, reason);
    if (status === 429 || (status === 403 && RATE_REASONS.has(reason ?? ''))) {
      return new DriveError('rate', tr(`limite de uso do Google Drive atingido${said}; nova tentativa em instantes`, `Google Drive usage limit reached${said}; trying again shortly`), status, reason, retryAfterMs);
    }
    if (status === 403) {
      // Only what no request can get past stops the loop: the token's scope, and a full Drive.
      if (reason === 'insufficientPermissions' || details.includes('ACCESS_TOKEN_SCOPE_INSUFFICIENT')) {
        return new DriveError('scope', tr('o Ronda não tem permissão no Google Drive (escopo insuficiente): entre de novo e autorize o acesso', 'Ronda has no permission on Google Drive (insufficient scope): sign in again and allow access'), status, reason);
      }
      if (reason === 'storageQuotaExceeded') return new DriveError('scope', tr('o Google Drive está cheio: libere espaço para continuar a sincronização', 'Google Drive is full: free some space to go on syncing'), status, reason);
      // Refused for this one file (shared read-only, owner's policy): the rest of the acervo goes on.
      return new DriveError('invalid', tr(`o Google Drive não deixou alterar este arquivo${said}`, `Google Drive did not allow changing this file${said}`), status, reason);
    }
    if (status === 404) return new DriveError('notFound', tr(`não encontrado no Google Drive${said}`, `not found on Google Drive${said}`), status, reason);
    if (status >= 500) return new DriveError('server', tr(`erro temporário do Google Drive (${status})${said}`, `temporary Google Drive error (${status})${said}`), status, reason, retryAfterMs);
    if (status === 400) return new DriveError('invalid', tr(`pedido recusado pelo Google Drive${said}`, `request refused by Google Drive${said}`), status, reason);
    return new DriveError('other', tr(`resposta inesperada do Google Drive (${status})${said}`, `unexpected answer from Google Drive (${status})${said}`), status, reason);
  }

  async list(q: string, options: { fields?: string; pageSize?: number; pageToken?: string } = {}): Promise<{ files: DriveFile[]; nextPageToken?: string }> {
    const response = await this.send('GET', '/drive/v3/files', {
      query: {
        q,
        spaces: 'drive',
        pageSize: String(options.pageSize ?? 200),
        pageToken: options.pageToken,
        fields: `nextPageToken,files(${options.fields ?? FILE_FIELDS})`,
      },
    });
    const body = (await response.json()) as { files?: DriveFile[]; nextPageToken?: string };
    return { files: body.files ?? [], nextPageToken: body.nextPageToken };
  }

  /** Every page of a listing. Throws if any page fails: a partial listing must not look complete. */
  async listAll(q: string, fields?: string): Promise<DriveFile[]> {
    const out: DriveFile[] = [];
    let pageToken: string | undefined;
    for (let pages = 0; pages < 1_000; pages++) {
      const page = await this.list(q, { fields, pageToken });
      out.push(...page.files);
      if (!page.nextPageToken) return out;
      pageToken = page.nextPageToken;
    }
    throw new DriveError('other', tr('listagem do Drive longa demais', 'Drive listing too long'));
  }

  async get(fileId: string, fields = FILE_FIELDS): Promise<DriveFile> {
    const response = await this.send('GET', `/drive/v3/files/${encodeURIComponent(fileId)}`, { query: { fields } });
    return (await response.json()) as DriveFile;
  }

  async download(fileId: string): Promise<Uint8Array<ArrayBuffer>> {
    const response = await this.send('GET', `/drive/v3/files/${encodeURIComponent(fileId)}`, { query: { alt: 'media' } });
    return new Uint8Array(await response.arrayBuffer());
  }

  /** files.create without media (folders). */
  async createMetadata(metadata: Record<string, unknown>): Promise<DriveFile> {
    const response = await this.send('POST', '/drive/v3/files', {
      query: { fields: FILE_FIELDS },
      headers: { 'Content-Type': 'application/json; charset=UTF-8' },
      body: JSON.stringify(metadata),
    });
    return (await response.json()) as DriveFile;
  }

  private multipart(metadata: Record<string, unknown>, media: Uint8Array, mimeType: string): { body: Blob; contentType: string } {
    const boundary = `ronda-${crypto.randomUUID()}`;
    const head = `--${boundary}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n${JSON.stringify(metadata)}\r\n--${boundary}\r\nContent-Type: ${mimeType}\r\n\r\n`;
    const tail = `\r\n--${boundary}--`;
    return { body: new Blob([head, media as Uint8Array<ArrayBuffer>, tail]), contentType: `multipart/related; boundary=${boundary}` };
  }

  /** files.create with uploadType=multipart: metadata and media in one request. */
  async createMultipart(metadata: Record<string, unknown>, media: Uint8Array, mimeType: string): Promise<DriveFile> {
    const { body, contentType } = this.multipart(metadata, media, mimeType);
    const response = await this.send('POST', '/upload/drive/v3/files', {
      query: { uploadType: 'multipart', fields: FILE_FIELDS },
      headers: { 'Content-Type': contentType },
      body,
    });
    return (await response.json()) as DriveFile;
  }

  /** files.update with uploadType=multipart: new media and metadata for an existing file. */
  async updateMultipart(fileId: string, metadata: Record<string, unknown>, media: Uint8Array, mimeType: string): Promise<DriveFile> {
    const { body, contentType } = this.multipart(metadata, media, mimeType);
    const response = await this.send('PATCH', `/upload/drive/v3/files/${encodeURIComponent(fileId)}`, {
      query: { uploadType: 'multipart', fields: FILE_FIELDS },
      headers: { 'Content-Type': contentType },
      body,
    });
    return (await response.json()) as DriveFile;
  }

  /** files.update of metadata only (and moves with addParents/removeParents). */
  async updateMetadata(fileId: string, metadata: Record<string, unknown>, moves: { addParents?: string; removeParents?: string } = {}): Promise<DriveFile> {
    const response = await this.send('PATCH', `/drive/v3/files/${encodeURIComponent(fileId)}`, {
      query: { fields: FILE_FIELDS, ...moves },
      headers: { 'Content-Type': 'application/json; charset=UTF-8' },
      body: JSON.stringify(metadata),
    });
    return (await response.json()) as DriveFile;
  }

  /** Starts a resumable upload (create, or update of `fileId`'s media); returns the session URI. */
  async startResumable(metadata: Record<string, unknown>, mimeType: string, total: number, fileId?: string): Promise<string> {
    const path = fileId ? `/upload/drive/v3/files/${encodeURIComponent(fileId)}` : '/upload/drive/v3/files';
    const response = await this.send(fileId ? 'PATCH' : 'POST', path, {
      query: { uploadType: 'resumable', fields: FILE_FIELDS },
      headers: {
        'Content-Type': 'application/json; charset=UTF-8',
        'X-Upload-Content-Type': mimeType,
        'X-Upload-Content-Length': String(total),
      },
      body: JSON.stringify(metadata),
    });
    const location = response.headers.get('location');
    await response.body?.cancel();
    if (!location) throw new DriveError('server', tr('o Google Drive não devolveu o endereço do envio retomável', 'Google Drive returned no address for the resumable upload'));
    return location;
  }

  /** Sends bytes [start, end) of `total`. Drive answers 308 with the bytes it holds, or the file when complete. */
  async putChunk(sessionUri: string, chunk: Uint8Array, start: number, total: number): Promise<{ file: DriveFile } | { confirmed: number }> {
    const end = start + chunk.length - 1;
    const response = await this.send('PUT', sessionUri, {
      absolute: true,
      accept: [308],
      headers: { 'Content-Range': `bytes ${start}-${end}/${total}` },
      body: chunk,
    });
    return this.resumableAnswer(response);
  }

  /** Asks a resumable session how many bytes Drive holds (after an interruption). */
  async queryResumable(sessionUri: string, total: number): Promise<{ file: DriveFile } | { confirmed: number }> {
    const response = await this.send('PUT', sessionUri, {
      absolute: true,
      accept: [308],
      headers: { 'Content-Range': `bytes */${total}` },
    });
    return this.resumableAnswer(response);
  }

  private async resumableAnswer(response: Response): Promise<{ file: DriveFile } | { confirmed: number }> {
    if (response.status === 308) {
      await response.body?.cancel();
      return { confirmed: confirmedBytes(response.headers.get('range')) };
    }
    return { file: (await response.json()) as DriveFile };
  }

  async delete(fileId: string): Promise<void> {
    const response = await this.send('DELETE', `/drive/v3/files/${encodeURIComponent(fileId)}`);
    await response.body?.cancel();
  }
}

/** Revokes a token at Google (sign-out). Best effort: a token already invalid is as good as revoked. */
export async function revokeToken(token: string, url = REVOKE_URL, fetchImpl: typeof fetch = fetch): Promise<boolean> {
  try {
    const response = await fetchImpl(`${url}?token=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      signal: AbortSignal.timeout(15_000),
    });
    return response.ok || response.status === 400;
  } catch {
    return false;
  }
}
