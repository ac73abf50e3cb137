import { CONSENT_NAMES, type Consent } from '../domain';
import type { PrintRecord } from '../../storage/schema';

/*
 * Per-field merge of what copywriters curate on a print (tags, notes, star, label, consent) between this machine and
 * Drive. Three-way: `base` is the state both sides last agreed on. A field changed on one side only takes that
 * side's value; a field changed on both sides goes to the later writer (updatedAt), and the losing value is
 * kept in a conflict note appended to the notes, so nothing typed by a person is silently lost and both
 * teammates see what happened.
 */

export const MERGED_FIELDS = ['tags', 'notes', 'starred', 'label', 'consent'] as const;
export type MergedField = (typeof MERGED_FIELDS)[number];
export type CuratedFields = Pick<PrintRecord, MergedField>;

export function curatedFields(p: CuratedFields): CuratedFields {
  const out: CuratedFields = { tags: [...p.tags], notes: p.notes, starred: p.starred };
  if (p.label !== undefined) out.label = p.label;
  if (p.consent !== undefined) out.consent = p.consent;
  return out;
}

export function sameField<F extends MergedField>(field: F, a: CuratedFields[F], b: CuratedFields[F]): boolean {
  if (field === 'tags') {
    const x = a as string[];
    const y = b as string[];
    return x.length === y.length && x.every((t, i) => t === y[i]);
  }
  return a === b;
}

export function sameCurated(a: CuratedFields, b: CuratedFields): boolean {
  return MERGED_FIELDS.every((f) => sameField(f, a[f], b[f]));
}

export interface MergeInput {
  base: CuratedFields | undefined;
  local: CuratedFields;
  localUpdatedAt: number;
  remote: CuratedFields;
  remoteUpdatedAt: number;
  /** Who wrote the remote version, for the note ("Ana"). */
  remoteBy?: string;
  now: number;
}

export interface MergeResult {
  merged: CuratedFields;
  /** Fields both sides changed to different values. */
  conflicts: MergedField[];
  /** The merged state differs from the local row: write it locally. */
  localNeedsUpdate: boolean;
  /** The merged state differs from Drive: upload it. */
  remoteNeedsUpdate: boolean;
}

const NOTES_MAX = 5_000;

const FIELD_NAMES: Record<MergedField, string> = { tags: 'tags', notes: 'notas', starred: 'destaque', label: 'rótulo', consent: 'autorização' };

function show(field: MergedField, value: CuratedFields[MergedField]): string {
  if (field === 'tags') return (value as string[]).join(', ') || '(nenhuma)';
  if (field === 'starred') return value ? 'sim' : 'não';
  if (field === 'consent') return CONSENT_NAMES[(value as Consent | undefined) ?? 'none'].pt;
  if (value === undefined || value === '') return '(vazio)';
  return String(value);
}

function stamp(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/** The note appended to `notes` when fields conflicted: which field, and the value that lost. */
export function conflictNote(conflicts: { field: MergedField; lostValue: CuratedFields[MergedField]; lostSide: string }[], now: number): string {
  const parts = conflicts.map((c) => `${FIELD_NAMES[c.field]} (${c.lostSide}): ${show(c.field, c.lostValue)}`);
  return `[Conflito de sincronização em ${stamp(now)} — valor não aplicado] ${parts.join(' | ')}`;
}

export function mergeCurated(input: MergeInput): MergeResult {
  const { base, local, remote } = input;
  const remoteWins = input.remoteUpdatedAt > input.localUpdatedAt;
  const merged = curatedFields(local);
  const lost: { field: MergedField; lostValue: CuratedFields[MergedField]; lostSide: string }[] = [];
  const conflicts: MergedField[] = [];
  for (const field of MERGED_FIELDS) {
    const l = local[field];
    // A file written by a build that does not know the permission field has none: that is not a change to it.
    const r = field === 'consent' && remote.consent === undefined ? (base?.consent ?? l) : remote[field];
    if (sameField(field, l, r)) continue;
    const localChanged = !base || !sameField(field, base[field], l);
    const remoteChanged = !base || !sameField(field, base[field], r);
    if (remoteChanged && !localChanged) {
      assign(merged, field, r);
    } else if (localChanged && remoteChanged) {
      conflicts.push(field);
      if (remoteWins) {
        assign(merged, field, r);
        lost.push({ field, lostValue: l, lostSide: 'desta máquina' });
      } else {
        lost.push({ field, lostValue: r, lostSide: input.remoteBy ? `de ${input.remoteBy}` : 'do Drive' });
      }
    }
    // local changed only: the local value stays.
  }
  if (lost.length) {
    const note = conflictNote(lost, input.now);
    const joined = merged.notes ? `${merged.notes}\n\n${note}` : note;
    merged.notes = joined.length > NOTES_MAX ? joined.slice(joined.length - NOTES_MAX) : joined;
  }
  return {
    merged,
    conflicts,
    localNeedsUpdate: !sameCurated(merged, local),
    remoteNeedsUpdate: !sameCurated(merged, remote),
  };
}

function assign<F extends MergedField>(target: CuratedFields, field: F, value: CuratedFields[F]): void {
  if (value === undefined) delete target[field];
  else target[field] = (Array.isArray(value) ? [...value] : value) as CuratedFields[F];
}
