import { describe, expect, it } from 'vitest';
import { printFileName, projectFolderName, safePart, slug } from '../../../lib/drive/naming';
import { fitAppProperty, parsePrintDescription, printAppProperties, printDescription, printFromRemote, META_MARKER } from '../../../lib/drive/metadata';
import { mergeCurated } from '../../../lib/drive/merge';
import { backoffCeiling, backoffDelay, parseRetryAfter } from '../../../lib/drive/backoff';
import { chooseUpload, confirmedBytes, decideOnFailure, nextChunk, pickCanonical, planOutbox, remoteDeletions } from '../../../lib/drive/plan';
import { and, appPropertyIs, quote } from '../../../lib/drive/query';
import { protocol } from '../../../messaging/protocol';
import { makePrint } from './helpers';
import type { OutboxEntry } from '../../../storage/schema';

describe('naming', () => {
  it('names a print the way people read a Drive listing', () => {
    expect(printFileName(makePrint('a'))).toBe('2026-11-23_instagram_@maria.souza_elogio.png');
    expect(printFileName(makePrint('a', { authorHandle: undefined, authorName: 'João da Silva', label: 'doubt', site: 'youtube' }))).toBe(
      '2026-11-23_youtube_João-da-Silva_duvida.png',
    );
    expect(printFileName(makePrint('a', { label: undefined, authorHandle: '@@a/b:c' }))).toBe('2026-11-23_instagram_@abc_print.png');
  });

  it('uses the São Paulo date, not UTC', () => {
    // 01:30 UTC on the 24th is still the 23rd in São Paulo.
    expect(printFileName(makePrint('a', { capturedAt: Date.parse('2026-11-24T01:30:00Z') }))).toMatch(/^2026-11-23_/);
  });

  it('makes names safe and folders readable', () => {
    expect(slug('Reclamação')).toBe('reclamacao');
    expect(safePart('a<b>c:"d"|e?*f\\g/h\u0001')).toBe('abcdefgh');
    expect(projectFolderName('Ana Souza / Mentoria')).toBe('Ana Souza Mentoria');
    expect(projectFolderName(undefined)).toBe('Geral');
  });
});

describe('metadata', () => {
  it('round-trips a print through the description, with a readable head', () => {
    const print = makePrint('m1', { tags: ['vip', 'depoimento'], notes: 'usar no feed' });
    const description = printDescription(print);
    expect(description.split(META_MARKER)[0]).toContain('Elogio · instagram · Maria Souza (@maria.souza)');
    const parsed = parsePrintDescription(description);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(printFromRemote(parsed.meta)).toEqual(print);
  });

  it("a blurred print's Drive file names no one: not in its name, its description or its metadata", () => {
    const blurred = makePrint('m3', { redacted: true, tags: ['depoimento'] });
    expect(printFileName(blurred)).toBe('2026-11-23_instagram_autor-oculto_elogio.png');
    const description = printDescription(blurred);
    expect(description).not.toMatch(/maria|souza/i);
    expect(description.split(META_MARKER)[0]).toContain('Elogio · instagram · autor oculto (print borrado)');
    const parsed = parsePrintDescription(description);
    expect(parsed.ok).toBe(true);
    // A teammate's copy has the text, the label, the tags and the links, and no author.
    if (parsed.ok) expect(printFromRemote(parsed.meta)).toEqual({ ...blurred, authorName: '', authorHandle: undefined });
    if (parsed.ok) expect('authorHandle' in printFromRemote(parsed.meta)).toBe(false);
  });

  it('survives people editing the text above the marker, and refuses broken data with a reason', () => {
    const description = printDescription(makePrint('m2'));
    const edited = `Comentário da equipe: ótimo!\n${description}`;
    expect(parsePrintDescription(edited).ok).toBe(true);
    expect(parsePrintDescription(`${META_MARKER}\n{"id":`)).toEqual({ ok: false, reason: expect.stringContaining('JSON inválido') });
    expect(parsePrintDescription(`${META_MARKER}\n{"format":"ronda.print","version":1}`)).toEqual({ ok: false, reason: expect.stringContaining('inválidos') });
    expect(parsePrintDescription(undefined).ok).toBe(false);
  });

  it('keeps every appProperty within Google\'s 124-byte limit', () => {
    const props = printAppProperties(makePrint('x'.repeat(64), { imageHash: 'h'.repeat(128), projectId: 'p'.repeat(64) }));
    for (const [k, v] of Object.entries(props)) expect(new TextEncoder().encode(k + v).length).toBeLessThanOrEqual(124);
    expect(fitAppProperty('k', 'ç'.repeat(100))).toHaveLength(61);
  });
});

describe('merge', () => {
  const base = { tags: ['a'], notes: '', starred: false };
  const now = Date.parse('2026-11-23T18:00:00Z');
  it('takes each side\'s change when they touched different fields', () => {
    const r = mergeCurated({ base, local: { ...base, tags: ['a', 'b'] }, localUpdatedAt: 2, remote: { ...base, notes: 'x' }, remoteUpdatedAt: 3, now });
    expect(r.merged).toEqual({ tags: ['a', 'b'], notes: 'x', starred: false });
    expect(r.conflicts).toEqual([]);
    expect(r.localNeedsUpdate && r.remoteNeedsUpdate).toBe(true);
  });

  it('lets the later writer win a field both changed and notes the lost value', () => {
    const r = mergeCurated({ base, local: { ...base, tags: ['mine'] }, localUpdatedAt: 5, remote: { ...base, tags: ['theirs'] }, remoteUpdatedAt: 9, remoteBy: 'Bia', now });
    expect(r.merged.tags).toEqual(['theirs']);
    expect(r.conflicts).toEqual(['tags']);
    expect(r.merged.notes).toContain('tags (desta máquina): mine');
    const l = mergeCurated({ base, local: { ...base, notes: 'meu' }, localUpdatedAt: 9, remote: { ...base, notes: 'dela' }, remoteUpdatedAt: 5, remoteBy: 'Bia', now });
    expect(l.merged.notes).toMatch(/^meu\n\n\[Conflito de sincronização em 23\/11\/2026 18:00 UTC/);
    expect(l.merged.notes).toContain('notas (de Bia): dela');
  });

  it('changes nothing when both sides agree', () => {
    const r = mergeCurated({ base, local: { ...base, starred: true }, localUpdatedAt: 1, remote: { ...base, starred: true }, remoteUpdatedAt: 2, now });
    expect(r).toMatchObject({ conflicts: [], localNeedsUpdate: false, remoteNeedsUpdate: false });
  });

  it('can clear a label', () => {
    const r = mergeCurated({ base: { ...base, label: 'praise' }, local: { ...base, label: 'praise' }, localUpdatedAt: 1, remote: base, remoteUpdatedAt: 2, now });
    expect(r.merged.label).toBeUndefined();
  });
});

describe('backoff', () => {
  it('grows exponentially with jitter, capped, and honours Retry-After', () => {
    expect(backoffCeiling(0)).toBe(2_000);
    expect(backoffCeiling(3)).toBe(16_000);
    expect(backoffCeiling(50)).toBe(15 * 60_000);
    expect(backoffDelay(3, { random: () => 0 })).toBe(1_600);
    expect(backoffDelay(3, { random: () => 1 })).toBe(16_000);
    expect(backoffDelay(0, { random: () => 0, retryAfterMs: 30_000 })).toBe(30_000);
    const spread = new Set(Array.from({ length: 20 }, () => backoffDelay(4)));
    expect(spread.size).toBeGreaterThan(1);
  });

  it('parses Retry-After in seconds or as a date', () => {
    const now = Date.parse('2026-11-23T12:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7_000);
    expect(parseRetryAfter('Mon, 23 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});

describe('planning', () => {
  const entry = (seq: number, kind: OutboxEntry['kind'], entityId: string, nextAttemptAt = 0): OutboxEntry => ({ seq, kind, entityId, enqueuedAt: 0, attempts: 0, nextAttemptAt });

  it('runs due entries oldest first, skips an upsert a later delete makes pointless, and says when to wake', () => {
    const plan = planOutbox([entry(3, 'print.upsert', 'b'), entry(1, 'print.upsert', 'a'), entry(2, 'print.delete', 'a'), entry(4, 'print.upsert', 'c', 500)], 100);
    expect(plan.due.map((e) => e.seq)).toEqual([2, 3]);
    expect(plan.superseded).toEqual([1]);
    expect(plan.nextAt).toBe(500);
  });

  it('asks to come back at once when more are due than one run takes', () => {
    const entries = Array.from({ length: 5 }, (_, i) => entry(i + 1, 'print.upsert', `p${i}`));
    const plan = planOutbox(entries, 10, 3);
    expect(plan.due).toHaveLength(3);
    expect(plan.nextAt).toBe(10);
  });

  it('stops on auth/scope/config, pauses everything when offline or rate-limited, retries one entry on server errors', () => {
    expect(decideOnFailure('scope', 0, 0)).toEqual({ scope: 'stop' });
    expect(decideOnFailure('auth', 0, 0)).toEqual({ scope: 'stop' });
    expect(decideOnFailure('network', 0, 1000, { random: () => 1 })).toEqual({ scope: 'loop', pauseUntil: 3000 });
    expect(decideOnFailure('rate', 1, 0, { random: () => 1, retryAfterMs: 60_000 })).toEqual({ scope: 'loop', pauseUntil: 60_000 });
    expect(decideOnFailure('server', 2, 0, { random: () => 1 })).toEqual({ scope: 'entry', retryAt: 8_000 });
  });

  it('keeps the oldest of duplicate copies, the same on every machine', () => {
    const { keep, extra } = pickCanonical([
      { id: 'b', createdTime: '2026-11-23T10:00:01Z' },
      { id: 'a', createdTime: '2026-11-23T10:00:01Z' },
      { id: 'c', createdTime: '2026-11-23T10:00:00Z' },
    ]);
    expect(keep?.id).toBe('c');
    expect(extra.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('finds prints whose Drive file disappeared', () => {
    const known = [{ printId: 'p1', fileId: 'f1' }, { printId: 'p2', fileId: 'f2' }, { printId: 'p3', fileId: 'f3' }];
    expect(remoteDeletions(known, new Set(['f1']), new Set(['p3']))).toEqual(['p2']);
  });

  it('picks the upload type and chunks by 256 KiB', () => {
    expect(chooseUpload(10, 100)).toBe('multipart');
    expect(chooseUpload(101, 100)).toBe('resumable');
    expect(nextChunk(0, 1_000_000, 300_000)).toEqual({ start: 0, end: 262_144 });
    expect(nextChunk(786_432, 1_000_000, 1_048_576)).toEqual({ start: 786_432, end: 1_000_000 });
    expect(confirmedBytes('bytes=0-524287')).toBe(524_288);
    expect(confirmedBytes(null)).toBe(0);
  });
});

describe('queries', () => {
  it('escapes quotes and backslashes in values', () => {
    expect(quote("o'neil\\x")).toBe("'o\\'neil\\\\x'");
    expect(and(appPropertyIs('rondaId', 'p1'), 'trashed = false')).toBe("appProperties has { key='rondaId' and value='p1' } and trashed = false");
  });
});

describe('protocol', () => {
  it('declares every Drive message privileged (content scripts never reach Drive)', () => {
    const drive = Object.entries(protocol).filter(([type]) => type.startsWith('bg.drive.'));
    expect(drive.length).toBeGreaterThanOrEqual(7);
    for (const [, spec] of drive) expect(spec.privileged).toBe(true);
  });
});
