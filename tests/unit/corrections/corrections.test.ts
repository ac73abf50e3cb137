import { describe, expect, it } from 'vitest';
import { exportCorrections, parseCorrectionsFile, planCorrectionImport } from '../../../lib/corrections/io';
import { recordSeenComments, type SeenComment } from '../../../storage/comments';
import { correctionsForMemory, forgetCorrections, importCorrections, listCorrections, putCorrections } from '../../../storage/corrections';
import { RondaDB } from '../../../storage/db';
import type { CorrectionRecord } from '../../../storage/schema';
import { relabelComment } from '../../../storage/triage';

const POST = 'https://www.youtube.com/watch?v=abc';
const seen = (commentId: string, text: string): SeenComment => ({
  commentId,
  isReply: false,
  authorName: '@joao',
  text,
  label: 'hater',
  confidence: 0.7,
  evidence: ['palavrão'],
});
const correction = (key: string, at: number, over: Partial<CorrectionRecord> = {}): CorrectionRecord => ({
  key,
  text: `comentário ${key}`,
  label: 'praise',
  at,
  user: 'Bia',
  ...over,
});

describe('corrections file', () => {
  it('round-trips an export, hostile text included', () => {
    const rows = [correction('youtube:1', 1), correction('youtube:2', 2, { text: '<img src=x onerror=alert(1)>\u202e kkk 🤡', label: 'hater' })];
    const parsed = parseCorrectionsFile(exportCorrections(rows, new Date(0)));
    expect(parsed).toEqual({ ok: true, corrections: rows });
  });

  it('refuses a corrupt file whole, saying why', () => {
    const notJson = parseCorrectionsFile('{"format": "ronda-corrections",');
    expect(notJson.ok).toBe(false);
    expect(!notJson.ok && notJson.error).toMatch(/JSON válido/);
    const otherKind = parseCorrectionsFile(JSON.stringify({ format: 'ronda-templates', version: 1, templates: [] }));
    expect(!otherKind.ok && otherKind.error).toMatch(/Não é um arquivo de correções do Ronda/);
    const file = JSON.parse(exportCorrections([correction('youtube:1', 1), correction('youtube:2', 2)], new Date(0))) as { corrections: unknown[] };
    file.corrections[1] = { ...(file.corrections[1] as object), label: 'amor' };
    const badEntry = parseCorrectionsFile(JSON.stringify(file));
    expect(!badEntry.ok && badEntry.error).toMatch(/Correção #2 inválida: label.*Nada foi importado/);
  });

  it('merges keeping the later correction of each comment', () => {
    const stored = [correction('a', 10, { label: 'hater' }), correction('b', 10, { label: 'hater' })];
    const incoming = [correction('a', 5), correction('b', 20), correction('c', 1), correction('c', 3, { label: 'doubt' })];
    const plan = planCorrectionImport(stored, incoming);
    expect(plan).toMatchObject({ added: 1, updated: 1, keptLocal: 1 });
    expect(Object.fromEntries(plan.put.map((c) => [c.key, c.label]))).toEqual({ b: 'praise', c: 'doubt' });
  });
});

describe('corrections store', () => {
  it('forgetting a correction takes its staff label off the comment; putting it back restores both', async () => {
    const db = new RondaDB('corr-forget');
    await recordSeenComments('youtube', POST, [seen('c1', 'caralho que aula'), seen('c2', 'que aula')], { db });
    await relabelComment('youtube:c1', 'praise', 'Bia', { db, now: 1_000 });
    await relabelComment('youtube:c2', 'praise', 'Bia', { db, now: 2_000 });

    const gone = await forgetCorrections(['youtube:c1', 'youtube:nope'], db);
    expect(gone.map((c) => c.key)).toEqual(['youtube:c1']);
    expect((await listCorrections(db)).valid.map((c) => c.key)).toEqual(['youtube:c2']);
    expect(await db.comments.get('youtube:c1')).toMatchObject({ labelSource: 'classifier' });
    // The next sighting takes the model's label again, which a staff label would have overruled.
    const again = await recordSeenComments('youtube', POST, [seen('c1', 'caralho que aula')], { db });
    expect(again.c1).toMatchObject({ label: 'hater', source: 'classifier' });

    await putCorrections(gone, db);
    expect(await db.comments.get('youtube:c1')).toMatchObject({ label: 'praise', labelSource: 'staff' });
    expect((await listCorrections(db)).valid.map((c) => c.key)).toEqual(['youtube:c2', 'youtube:c1']);
  });

  it('an import merges, labels the comments this profile has seen, and a bad file changes nothing', async () => {
    const db = new RondaDB('corr-import');
    await recordSeenComments('youtube', POST, [seen('c1', 'caralho que aula')], { db });
    await relabelComment('youtube:c1', 'neutral', 'Bia', { db, now: 5_000 });
    const teammate = exportCorrections([correction('youtube:c1', 9_000, { user: 'Caio' }), correction('youtube:c9', 1_000, { user: 'Caio' })], new Date(0));

    const bad = await importCorrections(teammate.replace('"praise"', '"amor"'), db);
    expect(bad.ok).toBe(false);
    expect(await db.corrections.count()).toBe(1);

    const result = await importCorrections(teammate, db);
    expect(result).toMatchObject({ ok: true, plan: { added: 1, updated: 1, keptLocal: 0 } });
    expect(await db.comments.get('youtube:c1')).toMatchObject({ label: 'praise', labelSource: 'staff' });
    expect(await db.comments.get('youtube:c9')).toBeUndefined();
    expect((await db.corrections.get('youtube:c9'))?.user).toBe('Caio');
  });

  it('a page memory gets the latest corrections, oldest first, so the later correction of a comment wins', async () => {
    const db = new RondaDB('corr-memory');
    await db.corrections.bulkPut([correction('x:1', 1, { text: 'aula top', label: 'hater' }), correction('x:2', 2, { text: 'AULA TOP!!', label: 'praise' }), correction('x:3', 3)]);
    expect(await correctionsForMemory(2, db)).toEqual([
      { text: 'AULA TOP!!', label: 'praise' },
      { text: 'comentário x:3', label: 'praise' },
    ]);
    expect((await correctionsForMemory(undefined, db)).map((e) => e.label)).toEqual(['hater', 'praise', 'praise']);
  });
});
