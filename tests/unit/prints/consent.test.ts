import { describe, expect, it } from 'vitest';
import { consentRequest } from '../../../lib/capture/consent';
import { mergeCurated } from '../../../lib/drive/merge';
import { parsePrintDescription, printDescription, printFromRemote } from '../../../lib/drive/metadata';
import { exportableMetadata, filterPrints, updatePrint } from '../../../storage/prints';
import { RondaDB } from '../../../storage/db';
import { makePrint } from '../drive/helpers';

/*
 * Permission to use a print: copywriters must know which testimonials the author agreed to see in an ad or on a
 * sales page. It is asked with a ready message, recorded, filtered on, exported and synced like the star.
 */

describe('permission to use a print', () => {
  it('asks by first name and says how the print will show the author', () => {
    expect(consentRequest({ authorName: 'Maria Souza', redacted: false })).toBe(
      'Oi, Maria! Que alegria ler o seu comentário 💛 Podemos usar um print dele nas nossas divulgações (com seu nome como aparece aqui)? Se puder, é só responder com um SIM. Obrigado!',
    );
    expect(consentRequest({ authorName: '', authorHandle: '@joao.pedro92', redacted: true })).toMatch(/^Oi, Joao! .*\(com seu nome e sua foto borrados\)/);
    expect(consentRequest({ authorName: '🔥🔥', redacted: false })).toMatch(/^Oi! Que alegria/);
  });

  it('is recorded, cleared, filtered on and exported', async () => {
    const db = new RondaDB('consent-store');
    await db.prints.bulkPut([makePrint('a'), makePrint('b'), makePrint('c')]);
    await updatePrint('a', { consent: 'granted' }, { db, now: 10 });
    await updatePrint('b', { consent: 'asked' }, { db, now: 10 });
    const cleared = await updatePrint('b', { consent: 'none' }, { db, now: 11 });
    expect(cleared.consent).toBe('none');
    // Each change is queued for Drive.
    expect(await db.outbox.where('entityId').anyOf('a', 'b').count()).toBe(2);
    const all = await db.prints.toArray();
    expect(filterPrints(all, { consent: 'granted' }).map((p) => p.id)).toEqual(['a']);
    expect(filterPrints(all, { consent: 'none' }).map((p) => p.id).sort()).toEqual(['b', 'c']);
    expect(exportableMetadata(all.find((p) => p.id === 'a')!).consent).toBe('granted');
    expect(exportableMetadata(all.find((p) => p.id === 'c')!).consent).toBe('none');
    await expect(updatePrint('c', { consent: 'maybe' as never }, { db, now: 12 })).rejects.toThrow(/alteração inválida: consent/);
    db.close();
  });

  it('travels to Drive, where people browsing the folder read it too, and merges like the other curated fields', () => {
    const print = makePrint('d', { consent: 'granted' });
    const description = printDescription(print);
    expect(description).toContain('Autorização de uso: Autorizada');
    const parsed = parsePrintDescription(description);
    expect(parsed.ok && printFromRemote(parsed.meta).consent).toBe('granted');
    // A file written before the field existed still reads, with no permission recorded.
    const old = parsePrintDescription(printDescription(makePrint('e')));
    expect(old.ok && printFromRemote(old.meta).consent).toBeUndefined();

    const base = { tags: [], notes: '', starred: false };
    const now = Date.parse('2026-12-04T18:00:00Z');
    const theirs = mergeCurated({ base, local: base, localUpdatedAt: 1, remote: { ...base, consent: 'granted' }, remoteUpdatedAt: 2, now });
    expect(theirs.merged.consent).toBe('granted');
    const both = mergeCurated({ base, local: { ...base, consent: 'refused' }, localUpdatedAt: 5, remote: { ...base, consent: 'granted' }, remoteUpdatedAt: 9, remoteBy: 'Bia', now });
    expect(both.merged.consent).toBe('granted');
    expect(both.conflicts).toEqual(['consent']);
    expect(both.merged.notes).toContain('autorização (desta máquina): Recusada');
    // Staff setting "not asked" again is a change like any other…
    const reset = mergeCurated({ base: { ...base, consent: 'granted' }, local: { ...base, consent: 'granted' }, localUpdatedAt: 1, remote: { ...base, consent: 'none' }, remoteUpdatedAt: 2, now });
    expect(reset.merged.consent).toBe('none');
    // …but a file rewritten by a build that does not know the field (no value) keeps the permission, and gets it back.
    const older = mergeCurated({ base: { ...base, consent: 'granted' }, local: { ...base, consent: 'granted' }, localUpdatedAt: 1, remote: { ...base, tags: ['vsl'] }, remoteUpdatedAt: 2, now });
    expect(older.merged).toMatchObject({ consent: 'granted', tags: ['vsl'] });
    expect(older).toMatchObject({ conflicts: [], remoteNeedsUpdate: true });
  });
});
