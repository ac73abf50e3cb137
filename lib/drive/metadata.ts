import { z } from 'zod';
import { CONSENT_NAMES, LABEL_NAMES } from '../domain';
import { sharedAuthor } from '../capture/shared-author';
import { printRecordSchema, type PrintRecord } from '../../storage/schema';

/*
 * What a print file carries in Drive so that a teammate's Ronda can rebuild its index from Drive alone:
 * - appProperties (private to Ronda's OAuth client, searchable with `appProperties has {…}`): the Ronda id and
 *   the few fields queries need. Google limits each key+value to 124 bytes of UTF-8, so only short values go here.
 * - description (visible in Drive's "Details" panel): a few readable lines for people, then a marker line and
 *   the full metadata as JSON for Ronda.
 */

export const APP_KEYS = {
  id: 'rondaId',
  kind: 'rondaKind',
  site: 'site',
  label: 'label',
  project: 'rondaProject',
  imageHash: 'imageHash',
  updatedAt: 'updatedAt',
  capturedAt: 'capturedAt',
} as const;

export type RondaFileKind = 'print' | 'root' | 'project' | 'templates';

/** Google's documented limit: key plus value at most 124 bytes in UTF-8. */
export const APP_PROPERTY_MAX_BYTES = 124;

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Cuts a value so that key+value fits Google's limit, never splitting a character. */
export function fitAppProperty(key: string, value: string): string {
  let out = value;
  while (utf8Length(key) + utf8Length(out) > APP_PROPERTY_MAX_BYTES) out = Array.from(out).slice(0, -1).join('');
  return out;
}

export function printAppProperties(print: PrintRecord): Record<string, string> {
  const props: Record<string, string> = {
    [APP_KEYS.id]: print.id,
    [APP_KEYS.kind]: 'print',
    [APP_KEYS.site]: print.site,
    [APP_KEYS.imageHash]: print.imageHash,
    [APP_KEYS.updatedAt]: String(print.updatedAt),
    [APP_KEYS.capturedAt]: String(print.capturedAt),
  };
  if (print.label) props[APP_KEYS.label] = print.label;
  if (print.projectId) props[APP_KEYS.project] = print.projectId;
  for (const [k, v] of Object.entries(props)) props[k] = fitAppProperty(k, v);
  return props;
}

/** Marker between the human part of the description and Ronda's JSON. */
export const META_MARKER = '--- dados do Ronda (não editar abaixo desta linha) ---';
/** Comment text kept in the description; longer texts are cut (the image holds the whole comment). */
export const DESCRIPTION_TEXT_MAX = 6_000;

/** The metadata a print file carries: the print without its tombstone, text possibly cut. */
export const remotePrintMetaSchema = printRecordSchema.omit({ deletedAt: true }).extend({
  format: z.literal('ronda.print'),
  version: z.literal(1),
  textTruncated: z.boolean().optional(),
});
export type RemotePrintMeta = z.infer<typeof remotePrintMetaSchema>;

export function toRemoteMeta(print: PrintRecord): RemotePrintMeta {
  const { deletedAt: _deleted, authorName: _name, authorHandle: _handle, ...rest } = print;
  const truncated = print.text.length > DESCRIPTION_TEXT_MAX;
  return {
    ...rest,
    ...sharedAuthor(print),
    text: truncated ? print.text.slice(0, DESCRIPTION_TEXT_MAX) : print.text,
    ...(truncated ? { textTruncated: true } : {}),
    format: 'ronda.print',
    version: 1,
  };
}

export function printDescription(print: PrintRecord): string {
  const author = sharedAuthor(print);
  const who = print.redacted
    ? 'autor oculto (print borrado)'
    : author.authorHandle
      ? `${author.authorName} (@${author.authorHandle.replace(/^@+/, '')})`
      : author.authorName;
  const label = print.label ? LABEL_NAMES[print.label].pt : 'Print';
  const preview = print.text.length > 300 ? `${print.text.slice(0, 300)}…` : print.text;
  const lines = [`${label} · ${print.site} · ${who}`, `“${preview}”`];
  if (print.permalink || print.postUrl) lines.push(`Link: ${print.permalink ?? print.postUrl}`);
  if (print.tags.length) lines.push(`Tags: ${print.tags.join(', ')}`);
  // Copywriters also browse the Drive folder itself: whether they may use the print is said where they look.
  if (print.consent && print.consent !== 'none') lines.push(`Autorização de uso: ${CONSENT_NAMES[print.consent].pt}`);
  if (print.notes) lines.push(`Notas: ${print.notes.slice(0, 500)}`);
  lines.push(`Capturado por ${print.capturedBy} em ${new Date(print.capturedAt).toISOString()}`);
  return `${lines.join('\n')}\n\n${META_MARKER}\n${JSON.stringify(toRemoteMeta(print))}`;
}

export type ParsedRemote = { ok: true; meta: RemotePrintMeta } | { ok: false; reason: string };

/** Reads Ronda's JSON back from a description. People may edit the part above the marker freely. */
export function parsePrintDescription(description: string | undefined): ParsedRemote {
  if (!description) return { ok: false, reason: 'sem descrição' };
  const at = description.lastIndexOf(META_MARKER);
  if (at < 0) return { ok: false, reason: 'descrição sem os dados do Ronda' };
  let json: unknown;
  try {
    json = JSON.parse(description.slice(at + META_MARKER.length).trim());
  } catch {
    return { ok: false, reason: 'dados do Ronda ilegíveis (JSON inválido)' };
  }
  const parsed = remotePrintMetaSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(raiz)'}: ${i.message}`);
    return { ok: false, reason: `dados do Ronda inválidos: ${issues.join('; ')}` };
  }
  return { ok: true, meta: parsed.data };
}

/** A print row rebuilt from a Drive file's metadata (for a teammate who never had it). */
export function printFromRemote(meta: RemotePrintMeta): PrintRecord {
  const { format: _f, version: _v, textTruncated: _t, ...print } = meta;
  return print;
}
