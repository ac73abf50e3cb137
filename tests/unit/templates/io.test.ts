import { describe, expect, it } from 'vitest';
import { exportTemplates, parseTemplateFile, planImport } from '../../../lib/templates/io';
import { seedTemplates } from '../../../lib/templates/seed';
import type { TemplateRecord } from '../../../storage/schema';

const seeds = seedTemplates(1_000);

function file(templates: unknown[]): string {
  return JSON.stringify({ format: 'ronda-templates', version: 1, exportedAt: '2026-11-23T00:00:00Z', templates });
}

describe('parseTemplateFile', () => {
  it('reads back what exportTemplates wrote', () => {
    const parsed = parseTemplateFile(exportTemplates(seeds, new Date(0)));
    expect(parsed).toEqual({ ok: true, templates: seeds });
  });

  it('rejects text that is not JSON', () => {
    const r = parseTemplateFile('{"format": "ronda-templates",');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/não é um JSON válido/);
  });

  it('rejects JSON of another shape', () => {
    for (const text of ['[]', '{"templates": []}', '{"format":"ronda-templates","version":2,"templates":[]}', 'null']) {
      const r = parseTemplateFile(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/Não é um arquivo de modelos do Ronda/);
    }
  });

  it('names the bad entry by position and title and imports nothing', () => {
    const bad = { ...seeds[2]!, labels: ['hater', 'spam'] };
    const r = parseTemplateFile(file([seeds[0], seeds[1], bad]));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain(`#3 (“${seeds[2]!.title}”)`);
      expect(r.error).toContain('labels.1');
      expect(r.error).toContain('Nada foi importado');
    }
  });

  it('rejects oversized fields, duplicate ids and huge files', () => {
    const long = parseTemplateFile(file([{ ...seeds[0]!, body: 'x'.repeat(10_001) }]));
    expect(long.ok).toBe(false);
    const dup = parseTemplateFile(file([seeds[0], { ...seeds[1]!, id: seeds[0]!.id }]));
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.error).toContain('aparece duas vezes');
    expect(parseTemplateFile(' '.repeat(5_000_001)).ok).toBe(false);
  });

  it('drops unknown keys, including __proto__ tricks, without polluting objects', () => {
    const text = file([{ ...seeds[0]!, extra: 1 }]).replace('"id":', '"__proto__":{"polluted":true},"id":');
    const r = parseTemplateFile(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(Object.keys(r.templates[0]!)).not.toContain('extra');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect((r.templates[0] as unknown as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});

describe('planImport', () => {
  const local: TemplateRecord = { ...seeds[0]!, updatedAt: 2_000 };

  it('adds new ids, replaces only with newer edits, keeps local newer ones', () => {
    const newer = { ...seeds[0]!, body: 'novo', updatedAt: 3_000 };
    const older = { ...seeds[1]!, body: 'velho', updatedAt: 500 };
    const fresh = { ...seeds[2]!, id: 'outro' };
    const plan = planImport([local, { ...seeds[1]!, updatedAt: 1_500 }], [newer, older, fresh], { role: 'approver' });
    expect(plan).toMatchObject({ added: 1, updated: 1, keptLocal: 1, demoted: 0 });
    expect(plan.put.map((t) => t.id)).toEqual([seeds[0]!.id, 'outro']);
  });

  it('turns imported approvals into drafts unless the importer is an approver', () => {
    const plan = planImport([], [seeds[0]!], { role: 'staff' });
    expect(plan.demoted).toBe(1);
    expect(plan.put[0]).toMatchObject({ status: 'draft', approvedBy: undefined, approvedAt: undefined });
  });
});
