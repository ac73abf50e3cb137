import { describe, expect, it } from 'vitest';
import { mergeTemplates, parseTemplateLibrary, serializeTemplateLibrary } from '../../../lib/drive/templates';
import type { TemplateRecord } from '../../../storage/schema';

const t = (id: string, updatedAt: number, body = 'Obrigado!'): TemplateRecord => ({
  id, title: id, labels: [], sites: [], voice: 'agency', body, status: 'approved', createdAt: 1, updatedAt,
});

describe('template library file', () => {
  it('round-trips and rejects broken files with a pt-BR reason', () => {
    const text = serializeTemplateLibrary([t('a', 1)], 5);
    expect(parseTemplateLibrary(text)).toMatchObject({ ok: true, library: { templates: [{ id: 'a' }] } });
    expect(parseTemplateLibrary('{oops')).toEqual({ ok: false, message: expect.stringContaining('não é um JSON válido') });
    expect(parseTemplateLibrary(JSON.stringify({ format: 'x' }))).toEqual({ ok: false, message: expect.stringMatching(/rejeitada \(format/) });
    const dup = JSON.stringify({ format: 'ronda.templates', version: 1, exportedAt: 1, templates: [t('a', 1), t('a', 2)] });
    expect(parseTemplateLibrary(dup)).toEqual({ ok: false, message: expect.stringContaining('modelo repetido (a)') });
  });
});

describe('template merge', () => {
  it('keeps the newer copy of each template and adds what each side is missing', () => {
    const m = mergeTemplates([t('a', 5, 'local'), t('b', 1)], [t('a', 9, 'remoto'), t('c', 1)], new Set());
    expect(m.merged.map((x) => `${x.id}:${x.body}`)).toEqual(['a:remoto', 'b:Obrigado!', 'c:Obrigado!']);
    expect(m.putLocal.map((x) => x.id)).toEqual(['a', 'c']);
    expect(m.remoteNeedsUpdate).toBe(true);
  });

  it('propagates deletes using the last agreed set', () => {
    const deletedRemotely = mergeTemplates([t('a', 1), t('b', 1)], [t('a', 1)], new Set(['a', 'b']));
    expect(deletedRemotely.deleteLocal).toEqual(['b']);
    expect(deletedRemotely.remoteNeedsUpdate).toBe(false);
    const deletedLocally = mergeTemplates([t('a', 1)], [t('a', 1), t('b', 1)], new Set(['a', 'b']));
    expect(deletedLocally.merged.map((x) => x.id)).toEqual(['a']);
    expect(deletedLocally.remoteNeedsUpdate).toBe(true);
  });

  it('uploads everything when Drive has no library yet', () => {
    expect(mergeTemplates([t('a', 1)], undefined, new Set(['a']))).toMatchObject({ deleteLocal: [], remoteNeedsUpdate: true });
  });
});
