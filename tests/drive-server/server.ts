import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseQuery, QueryError, type QueryFile } from './query';

/*
 * A local stand-in for the Google Drive v3 endpoints Ronda uses, for tests without the internet. It follows
 * Google's documented request and response shapes (file resources, `fields` selection, error bodies with
 * `error.errors[].reason` and `error.status`, multipart/related and resumable uploads with 308 + Range) and
 * injects faults on demand: 401, 403 (insufficient scope or rate limit), 429, 500, dropped connections (before
 * or after the change is committed) and slow responses.
 *
 * Bounded and loopback only: it listens on 127.0.0.1, refuses bodies over `maxBodyBytes` and keeps at most
 * `maxFiles` files.
 */

export interface DriveFileRecord extends QueryFile {
  id: string;
  description?: string;
  size: number;
  md5Checksum?: string;
  version: number;
  content?: Buffer;
}

export type FaultKind =
  | 401
  | 403
  | 429
  | 500
  | 503
  | 'scope'
  | 'rate403'
  /** The socket is destroyed before the request is handled: nothing changes on the server. */
  | 'drop'
  /** The request is handled (a file may be created) and then the socket is destroyed without an answer. */
  | 'drop-after'
  /** The request is handled, then the answer waits `ms` (a client that gives up loses the answer, not the change). */
  | 'slow';

export interface Fault {
  kind: FaultKind;
  method?: string;
  /** Matched against "METHOD path?query", e.g. /POST \/upload/ */
  match?: RegExp;
  /** How many requests it hits (default 1). */
  times?: number;
  ms?: number;
  /** Retry-After seconds sent with 429/503. */
  retryAfter?: number;
}

export interface RequestLog {
  method: string;
  path: string;
  status: number | 'dropped';
  fault?: FaultKind;
}

export interface CreateRecord {
  fileId: string;
  name: string;
  rondaId?: string;
  uploadType: string;
}

interface UploadSession {
  id: string;
  metadata: Record<string, unknown>;
  /** For an update of an existing file's media. */
  fileId?: string;
  mimeType: string;
  total: number;
  received: Buffer[];
  receivedBytes: number;
  done?: DriveFileRecord;
}

export interface DriveServerOptions {
  port?: number;
  maxBodyBytes?: number;
  maxFiles?: number;
  /** Tokens accepted as `Authorization: Bearer …`; others get 401. */
  tokens?: string[];
}

const FOLDER_MIME = 'application/vnd.google-apps.folder';
const DEFAULT_FIELDS = ['kind', 'id', 'name', 'mimeType'];

export class DriveTestServer {
  readonly files = new Map<string, DriveFileRecord>();
  readonly creates: CreateRecord[] = [];
  readonly log: RequestLog[] = [];
  readonly revoked: string[] = [];
  readonly tokens: Set<string>;
  private faults: (Fault & { left: number })[] = [];
  private sessions = new Map<string, UploadSession>();
  private server: Server;
  private clock = Date.parse('2026-11-23T12:00:00.000Z');
  private seq = 0;
  private readonly maxBodyBytes: number;
  private readonly maxFiles: number;
  baseUrl = '';

  constructor(private readonly options: DriveServerOptions = {}) {
    this.tokens = new Set(options.tokens ?? ['test-token']);
    this.maxBodyBytes = options.maxBodyBytes ?? 20 * 1024 * 1024;
    this.maxFiles = options.maxFiles ?? 10_000;
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 1_000;
    this.server.requestTimeout = 30_000;
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(this.options.port ?? 0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
    return this.baseUrl;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  inject(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** Files (not folders) whose appProperties carry this Ronda id. */
  filesWithRondaId(rondaId: string, includeTrashed = false): DriveFileRecord[] {
    return [...this.files.values()].filter((f) => f.appProperties.rondaId === rondaId && (includeTrashed || !f.trashed));
  }

  createsOf(rondaId: string): CreateRecord[] {
    return this.creates.filter((c) => c.rondaId === rondaId);
  }

  /** Seeds a file directly (as if a teammate's Ronda or a person had put it there). */
  seed(file: Partial<DriveFileRecord> & { name: string }): DriveFileRecord {
    const record = this.newFile({ ...file });
    if (file.content) this.setContent(record, file.content);
    return record;
  }

  /** Changes a file as a teammate would (bumps modifiedTime and version). */
  touch(id: string, change: Partial<Pick<DriveFileRecord, 'description' | 'appProperties' | 'trashed' | 'name'>>): void {
    const f = this.files.get(id);
    if (!f) throw new Error(`no file ${id}`);
    Object.assign(f, change);
    this.bump(f);
  }

  // ---------------------------------------------------------------------------------------------------------

  private now(): string {
    this.clock += 1_000;
    return new Date(this.clock).toISOString();
  }

  private newId(): string {
    this.seq++;
    return `f${this.seq}${randomBytes(6).toString('hex')}`;
  }

  private newFile(meta: Partial<DriveFileRecord> & { name?: string }): DriveFileRecord {
    for (const parent of meta.parents ?? []) {
      if (!this.files.has(parent)) throw new HttpError(404, 'notFound', `File not found: ${parent}.`, 'NOT_FOUND', { location: 'fileId', locationType: 'parameter' });
    }
    if (this.files.size >= this.maxFiles) throw new HttpError(403, 'storageQuotaExceeded', 'The user has exceeded their Drive storage quota');
    const time = this.now();
    const record: DriveFileRecord = {
      id: meta.id ?? this.newId(),
      name: meta.name ?? 'Untitled',
      mimeType: meta.mimeType ?? 'application/octet-stream',
      parents: meta.parents ?? [],
      trashed: meta.trashed ?? false,
      appProperties: { ...(meta.appProperties ?? {}) },
      properties: { ...(meta.properties ?? {}) },
      description: meta.description,
      createdTime: time,
      modifiedTime: time,
      size: 0,
      version: 1,
    };
    this.files.set(record.id, record);
    return record;
  }

  private bump(f: DriveFileRecord): void {
    f.modifiedTime = this.now();
    f.version++;
  }

  private setContent(f: DriveFileRecord, content: Buffer): void {
    f.content = content;
    f.size = content.length;
    f.md5Checksum = createHash('md5').update(content).digest('hex');
  }

  private applyMetadata(f: DriveFileRecord, meta: Record<string, unknown>): void {
    if (typeof meta.name === 'string') f.name = meta.name;
    if (typeof meta.mimeType === 'string') f.mimeType = meta.mimeType;
    if (typeof meta.description === 'string') f.description = meta.description;
    if (typeof meta.trashed === 'boolean') f.trashed = meta.trashed;
    for (const key of ['appProperties', 'properties'] as const) {
      const value = meta[key];
      if (value && typeof value === 'object') {
        // Drive merges property maps on update; a null value removes the key.
        for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
          if (v === null) delete f[key][k];
          else if (typeof v === 'string') {
            if (Buffer.byteLength(k) + Buffer.byteLength(v) > 124) {
              throw new HttpError(400, 'invalidProperty', `The property ${k} exceeds the maximum size of 124 bytes.`);
            }
            f[key][k] = v;
          }
        }
      }
    }
  }

  private resource(f: DriveFileRecord): Record<string, unknown> {
    const out: Record<string, unknown> = {
      kind: 'drive#file',
      id: f.id,
      name: f.name,
      mimeType: f.mimeType,
      parents: [...f.parents],
      trashed: f.trashed,
      appProperties: { ...f.appProperties },
      properties: { ...f.properties },
      createdTime: f.createdTime,
      modifiedTime: f.modifiedTime,
      version: String(f.version),
    };
    if (f.description !== undefined) out.description = f.description;
    if (f.mimeType !== FOLDER_MIME) {
      out.size = String(f.size);
      if (f.md5Checksum) out.md5Checksum = f.md5Checksum;
    }
    return out;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl || 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const entry: RequestLog = { method, path: `${url.pathname}${url.search}`, status: 0 };
    this.log.push(entry);
    if (this.log.length > 5_000) this.log.splice(0, 1_000);
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', 'Location, Range, Retry-After');
    if (method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PUT, PATCH, DELETE');
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, Content-Range, X-Upload-Content-Type, X-Upload-Content-Length');
      entry.status = 204;
      res.writeHead(204).end();
      return;
    }
    const fault = this.takeFault(method, entry.path);
    if (fault) entry.fault = fault.kind;
    if (fault?.kind === 'drop') {
      entry.status = 'dropped';
      req.socket.destroy();
      return;
    }
    let status: number;
    let headers: Record<string, string>;
    let body: Buffer | string;
    try {
      if (fault && typeof fault.kind === 'number') throw faultError(fault);
      if (fault && (fault.kind === 'scope' || fault.kind === 'rate403')) throw faultError(fault);
      const raw = await readBody(req, this.maxBodyBytes);
      const result = this.route(method, url, req, raw);
      status = result.status;
      headers = result.headers ?? {};
      body = result.body ?? '';
    } catch (error) {
      const e = error instanceof HttpError ? error : new HttpError(500, 'internalError', error instanceof Error ? error.message : 'Internal Error');
      status = e.code;
      headers = { 'content-type': 'application/json; charset=UTF-8', ...e.headers };
      body = JSON.stringify(e.toJSON());
    }
    if (fault?.kind === 'drop-after') {
      entry.status = 'dropped';
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'slow') await new Promise((r) => setTimeout(r, fault.ms ?? 2_000));
    if (res.destroyed || req.socket.destroyed) {
      entry.status = 'dropped';
      return;
    }
    entry.status = status;
    res.writeHead(status, headers);
    res.end(body);
  }

  private takeFault(method: string, path: string): (Fault & { left: number }) | undefined {
    const i = this.faults.findIndex((f) => f.left > 0 && (!f.method || f.method === method) && (!f.match || f.match.test(`${method} ${path}`)));
    if (i < 0) return undefined;
    const fault = this.faults[i]!;
    fault.left--;
    if (fault.left <= 0) this.faults.splice(i, 1);
    return fault;
  }

  private authorize(req: IncomingMessage): void {
    const header = req.headers.authorization ?? '';
    const token = /^Bearer (.+)$/.exec(header)?.[1];
    if (!token || !this.tokens.has(token)) throw new HttpError(401, 'authError', 'Invalid Credentials', 'UNAUTHENTICATED');
  }

  private route(method: string, url: URL, req: IncomingMessage, raw: Buffer): Result {
    const path = url.pathname;
    if (path === '/revoke' && method === 'POST') {
      const token = url.searchParams.get('token') ?? new URLSearchParams(raw.toString()).get('token') ?? '';
      this.revoked.push(token);
      this.tokens.delete(token);
      return json(200, {});
    }
    this.authorize(req);
    if (path === '/drive/v3/files' && method === 'GET') return this.list(url);
    if (path === '/drive/v3/files' && method === 'POST') return this.createMetadataOnly(url, raw);
    if (path === '/upload/drive/v3/files' && method === 'POST') return this.upload(url, req, raw);
    if (path === '/upload/drive/v3/files' && method === 'PUT') return this.resumableChunk(url, req, raw);
    let m = /^\/drive\/v3\/files\/([^/]+)$/.exec(path);
    if (m) {
      const f = this.get(decodeURIComponent(m[1]!));
      if (method === 'GET') {
        if (url.searchParams.get('alt') === 'media') {
          if (f.mimeType === FOLDER_MIME) throw new HttpError(403, 'fileNotDownloadable', 'Only files with binary content can be downloaded.');
          return { status: 200, headers: { 'content-type': f.mimeType }, body: f.content ?? Buffer.alloc(0) };
        }
        return json(200, select(this.resource(f), url.searchParams.get('fields')));
      }
      if (method === 'PATCH') {
        const meta = raw.length ? parseJson(raw) : {};
        this.applyMetadata(f, meta);
        this.moveParents(f, url);
        this.bump(f);
        return json(200, select(this.resource(f), url.searchParams.get('fields')));
      }
      if (method === 'DELETE') {
        this.files.delete(f.id);
        for (const child of [...this.files.values()]) if (child.parents.includes(f.id)) this.files.delete(child.id);
        return { status: 204 };
      }
    }
    m = /^\/upload\/drive\/v3\/files\/([^/]+)$/.exec(path);
    if (m && method === 'PATCH') {
      const f = this.get(decodeURIComponent(m[1]!));
      return this.upload(url, req, raw, f);
    }
    throw new HttpError(404, 'notFound', `Not Found: ${method} ${path}`);
  }

  private get(id: string): DriveFileRecord {
    const f = this.files.get(id);
    if (!f) throw new HttpError(404, 'notFound', `File not found: ${id}.`, 'NOT_FOUND', { location: 'fileId', locationType: 'parameter' });
    return f;
  }

  private moveParents(f: DriveFileRecord, url: URL): void {
    const add = url.searchParams.get('addParents');
    const remove = url.searchParams.get('removeParents');
    if (remove) f.parents = f.parents.filter((p) => !remove.split(',').includes(p));
    if (add) for (const p of add.split(',')) if (!f.parents.includes(p)) f.parents.push(p);
  }

  private list(url: URL): Result {
    const q = url.searchParams.get('q');
    let predicate: (f: QueryFile) => boolean = () => true;
    if (q) {
      try {
        predicate = parseQuery(q);
      } catch (error) {
        throw new HttpError(400, 'invalid', `Invalid Value${error instanceof QueryError ? `: ${error.message}` : ''}`, 'INVALID_ARGUMENT', {
          location: 'q',
          locationType: 'parameter',
        });
      }
    }
    const pageSize = Math.min(1000, Math.max(1, Number(url.searchParams.get('pageSize') ?? 100) || 100));
    const start = Number(url.searchParams.get('pageToken') ?? 0) || 0;
    const all = [...this.files.values()].filter(predicate).sort((a, b) => a.createdTime.localeCompare(b.createdTime) || a.id.localeCompare(b.id));
    const page = all.slice(start, start + pageSize);
    const fields = url.searchParams.get('fields');
    const body: Record<string, unknown> = { kind: 'drive#fileList', incompleteSearch: false };
    if (start + pageSize < all.length) body.nextPageToken = String(start + pageSize);
    const fileFields = fields ? /files\(([^)]*)\)/.exec(fields)?.[1] : undefined;
    body.files = page.map((f) => select(this.resource(f), fileFields ?? null));
    if (fields) {
      const top = fields.replace(/files\([^)]*\)/, 'files').split(',').map((s) => s.trim());
      for (const k of Object.keys(body)) if (!top.includes(k)) delete body[k];
    }
    return json(200, body);
  }

  private createMetadataOnly(url: URL, raw: Buffer): Result {
    const meta = raw.length ? parseJson(raw) : {};
    const f = this.newFile({ parents: Array.isArray(meta.parents) ? (meta.parents as string[]) : [] });
    this.applyMetadata(f, meta);
    this.creates.push({ fileId: f.id, name: f.name, rondaId: f.appProperties.rondaId, uploadType: 'metadata' });
    return json(200, select(this.resource(f), url.searchParams.get('fields')));
  }

  private upload(url: URL, req: IncomingMessage, raw: Buffer, existing?: DriveFileRecord): Result {
    const uploadType = url.searchParams.get('uploadType');
    if (uploadType === 'multipart') {
      const { metadata, media, mediaType } = parseMultipart(req.headers['content-type'] ?? '', raw);
      return this.commit(url, metadata, media, mediaType, 'multipart', existing);
    }
    if (uploadType === 'media') {
      return this.commit(url, {}, raw, req.headers['content-type'] ?? 'application/octet-stream', 'media', existing);
    }
    if (uploadType === 'resumable') {
      const metadata = raw.length ? parseJson(raw) : {};
      const total = Number(req.headers['x-upload-content-length'] ?? NaN);
      if (!Number.isFinite(total)) throw new HttpError(400, 'badRequest', 'X-Upload-Content-Length is required by this test server');
      const session: UploadSession = {
        id: randomBytes(12).toString('hex'),
        metadata,
        fileId: existing?.id,
        mimeType: String(req.headers['x-upload-content-type'] ?? metadata.mimeType ?? 'application/octet-stream'),
        total,
        received: [],
        receivedBytes: 0,
      };
      if (this.sessions.size > 200) this.sessions.delete(this.sessions.keys().next().value as string);
      this.sessions.set(session.id, session);
      const fields = url.searchParams.get('fields');
      const location = `${this.baseUrl}/upload/drive/v3/files?uploadType=resumable&upload_id=${session.id}${fields ? `&fields=${encodeURIComponent(fields)}` : ''}`;
      return { status: 200, headers: { location, 'content-length': '0' } };
    }
    throw new HttpError(400, 'invalid', `Invalid value for uploadType: ${uploadType}`);
  }

  private commit(url: URL, metadata: Record<string, unknown>, media: Buffer, mediaType: string, uploadType: string, existing?: DriveFileRecord): Result {
    let f = existing;
    if (!f) {
      f = this.newFile({ parents: Array.isArray(metadata.parents) ? (metadata.parents as string[]) : [] });
      f.mimeType = mediaType;
    }
    this.applyMetadata(f, metadata);
    this.setContent(f, media);
    if (existing) this.bump(f);
    else this.creates.push({ fileId: f.id, name: f.name, rondaId: f.appProperties.rondaId, uploadType });
    return json(200, select(this.resource(f), url.searchParams.get('fields')));
  }

  private resumableChunk(url: URL, req: IncomingMessage, raw: Buffer): Result {
    const session = this.sessions.get(url.searchParams.get('upload_id') ?? '');
    if (!session) throw new HttpError(404, 'notFound', 'No such upload session (expired or unknown).');
    if (session.done) return json(200, select(this.resource(session.done), url.searchParams.get('fields')));
    const range = String(req.headers['content-range'] ?? '');
    const status = /^bytes \*\/(\d+|\*)$/.exec(range);
    if (status) return this.incomplete(session);
    const m = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(range);
    if (!m) throw new HttpError(400, 'badContentRange', `Invalid Content-Range: ${range}`);
    const start = Number(m[1]);
    const end = Number(m[2]);
    if (end - start + 1 !== raw.length) throw new HttpError(400, 'badContentRange', 'Content-Range does not match the body length');
    if (start > session.receivedBytes) throw new HttpError(400, 'badContentRange', 'Chunk starts after the bytes received so far');
    const fresh = raw.subarray(session.receivedBytes - start);
    const last = end + 1 === session.total;
    if (!last && (end + 1) % (256 * 1024) !== 0) throw new HttpError(400, 'badContentRange', 'Chunks must be multiples of 256 KiB');
    session.received.push(fresh);
    session.receivedBytes += fresh.length;
    if (session.receivedBytes < session.total) return this.incomplete(session);
    const media = Buffer.concat(session.received);
    const existing = session.fileId ? this.get(session.fileId) : undefined;
    const result = this.commit(url, session.metadata, media, session.mimeType, 'resumable', existing);
    session.done = this.files.get(JSON.parse(String(result.body)).id) ?? existing;
    return result;
  }

  private incomplete(session: UploadSession): Result {
    const headers: Record<string, string> = { 'content-length': '0' };
    if (session.receivedBytes > 0) headers.range = `bytes=0-${session.receivedBytes - 1}`;
    return { status: 308, headers };
  }
}

interface Result {
  status: number;
  headers?: Record<string, string>;
  body?: Buffer | string;
}

function json(status: number, body: unknown): Result {
  return { status, headers: { 'content-type': 'application/json; charset=UTF-8' }, body: JSON.stringify(body) };
}

/** Applies a `fields` selection ("id,name,appProperties") to a resource; no selection gives Drive's defaults. */
function select(resource: Record<string, unknown>, fields: string | null): Record<string, unknown> {
  const wanted = fields ? fields.split(',').map((s) => s.trim()).filter(Boolean) : DEFAULT_FIELDS;
  if (wanted.includes('*')) return resource;
  const out: Record<string, unknown> = {};
  for (const k of wanted) if (k in resource) out[k] = resource[k];
  return out;
}

class HttpError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly status?: string,
    readonly extra: Record<string, string> = {},
    readonly headers: Record<string, string> = {},
    readonly details?: unknown[],
  ) {
    super(message);
  }
  toJSON() {
    const error: Record<string, unknown> = {
      code: this.code,
      message: this.message,
      errors: [{ message: this.message, domain: this.reason === 'rateLimitExceeded' || this.reason === 'userRateLimitExceeded' ? 'usageLimits' : 'global', reason: this.reason, ...this.extra }],
    };
    if (this.status) error.status = this.status;
    if (this.details) error.details = this.details;
    return { error };
  }
}

function faultError(fault: Fault): HttpError {
  const retry: Record<string, string> = fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {};
  switch (fault.kind) {
    case 401:
      return new HttpError(401, 'authError', 'Invalid Credentials', 'UNAUTHENTICATED', { location: 'Authorization', locationType: 'header' });
    case 403:
    case 'scope':
      return new HttpError(403, 'insufficientPermissions', 'Request had insufficient authentication scopes.', 'PERMISSION_DENIED', {}, {}, [
        { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT', domain: 'googleapis.com' },
      ]);
    case 'rate403':
      return new HttpError(403, 'userRateLimitExceeded', 'User Rate Limit Exceeded', 'PERMISSION_DENIED', {}, retry);
    case 429:
      return new HttpError(429, 'rateLimitExceeded', 'Rate Limit Exceeded', 'RESOURCE_EXHAUSTED', {}, retry);
    case 503:
      return new HttpError(503, 'backendError', 'Backend Error', 'UNAVAILABLE', {}, retry);
    default:
      return new HttpError(500, 'internalError', 'Internal Error', 'INTERNAL');
  }
}

async function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new HttpError(413, 'uploadTooLarge', `Request body over ${max} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function parseJson(raw: Buffer): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(raw.toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new HttpError(400, 'parseError', 'Parse Error');
}

/** multipart/related: the first part is the JSON metadata, the second the media (Google's documented layout). */
function parseMultipart(contentType: string, raw: Buffer): { metadata: Record<string, unknown>; media: Buffer; mediaType: string } {
  const boundary = /boundary="?([^";]+)"?/.exec(contentType)?.[1];
  if (!/^multipart\/related/i.test(contentType) || !boundary) throw new HttpError(400, 'badContent', 'Expected multipart/related with a boundary');
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Buffer[] = [];
  let at = raw.indexOf(delimiter);
  while (at >= 0) {
    const next = raw.indexOf(delimiter, at + delimiter.length);
    if (next < 0) break;
    parts.push(raw.subarray(at + delimiter.length, next));
    at = next;
  }
  if (parts.length !== 2) throw new HttpError(400, 'badContent', `Expected 2 parts, got ${parts.length}`);
  const parsed = parts.map((part) => {
    const start = part.subarray(0, 2).toString() === '\r\n' ? 2 : 0;
    const sep = part.indexOf('\r\n\r\n', start);
    if (sep < 0) throw new HttpError(400, 'badContent', 'Part without headers');
    const head = part.subarray(start, sep).toString();
    let body = part.subarray(sep + 4);
    if (body.subarray(body.length - 2).toString() === '\r\n') body = body.subarray(0, body.length - 2);
    const type = /content-type:\s*([^\r\n;]+)/i.exec(head)?.[1]?.trim() ?? 'application/octet-stream';
    return { type, body };
  });
  if (!/application\/json/i.test(parsed[0]!.type)) throw new HttpError(400, 'badContent', 'First part must be application/json metadata');
  return { metadata: parseJson(parsed[0]!.body), media: parsed[1]!.body, mediaType: parsed[1]!.type };
}
