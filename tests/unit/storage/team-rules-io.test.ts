import { describe, expect, it } from 'vitest';
import { MAX_TEAM_RULES } from '../../../lib/domain';
import { exportTeamRules, parseTeamRulesFile, planTeamRuleImport } from '../../../lib/team-rules/io';
import { RondaDB } from '../../../storage/db';
import type { ProjectRecord, TeamRuleRecord } from '../../../storage/schema';
import { importTeamRules, listTeamRules, saveTeamRule } from '../../../storage/team-rules';

const NOW = new Date('2026-12-06T10:00:00Z');

function project(id: string, expertName: string): ProjectRecord {
  return {
    id,
    expertName,
    supportSignature: `Equipe de Suporte do ${expertName}`,
    links: {},
    businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', timeZone: 'America/Sao_Paulo' },
    responseTargets: {},
    createdAt: 1,
    updatedAt: 1,
  } as unknown as ProjectRecord;
}

function rule(over: Partial<TeamRuleRecord> & Pick<TeamRuleRecord, 'id' | 'pattern'>): TeamRuleRecord {
  return { kind: 'term', label: 'hater', createdBy: 'Bia', createdAt: 1, updatedAt: 1, ...over };
}

const here = [project('prj-local-ana', 'Ana Souza'), project('prj-local-rui', 'Rui')];
const there = [project('prj-remote-ana', 'Ana Souza'), project('prj-remote-zé', 'Zé Lançador')];

describe('team rules file', () => {
  it('round-trips; a profile rule finds the teammate’s profile of the same expert, an unknown expert’s rule applies everywhere', () => {
    const rules = [
      rule({ id: 'r1', pattern: 'golpista' }),
      rule({ id: 'r2', pattern: 'método turbo', label: 'neutral', projectId: 'prj-remote-ana', site: 'youtube', note: 'nome do curso' }),
      rule({ id: 'r3', kind: 'author', pattern: '@troll.da.live', projectId: 'prj-remote-zé' }),
    ];
    const file = exportTeamRules(rules, there, NOW);
    expect(JSON.parse(file)).toMatchObject({ format: 'ronda-team-rules', version: 1 });
    const parsed = parseTeamRulesFile(file, here);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.parsed.rules).toEqual([
      rules[0],
      { ...rules[1], projectId: 'prj-local-ana' },
      { id: 'r3', kind: 'author', pattern: '@troll.da.live', label: 'hater', createdBy: 'Bia', createdAt: 1, updatedAt: 1 },
    ]);
    expect(parsed.parsed.unknownExperts).toEqual(['Zé Lançador']);
  });

  it('refuses a corrupt or hostile file whole, saying which rule and why', () => {
    expect(parseTeamRulesFile('{nope', here)).toMatchObject({ ok: false });
    expect(parseTeamRulesFile(JSON.stringify({ format: 'ronda-corrections', version: 1, corrections: [] }), here)).toMatchObject({ ok: false });
    const good = rule({ id: 'r1', pattern: 'golpista' });
    const bad = { ...good, id: 'r2', kind: 'regex', pattern: '.*' };
    const file = JSON.stringify({ format: 'ronda-team-rules', version: 1, exportedAt: NOW.toISOString(), rules: [good, bad] });
    const result = parseTeamRulesFile(file, here);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/Regra #2 inválida.*Nada foi importado/);
  });

  it('plans an import: new rules added, the later change of a shared rule wins, a taken id is not overwritten', () => {
    const stored = [rule({ id: 'a', pattern: 'golpista', updatedAt: 50 }), rule({ id: 'b', pattern: 'pirâmide', updatedAt: 50 })];
    const incoming = [
      rule({ id: 'x', pattern: 'GOLPISTA', label: 'neutral', updatedAt: 40 }), // older: the one here stays
      rule({ id: 'y', pattern: 'piramide', label: 'venting', updatedAt: 60 }), // later: updates, keeps id 'b'
      rule({ id: 'a', pattern: 'charlatão', updatedAt: 10 }), // new rule with an id a different rule has here
      rule({ id: 'z', pattern: 'farsa', updatedAt: 10 }),
    ];
    const plan = planTeamRuleImport(stored, incoming);
    expect(plan).toMatchObject({ added: 2, updated: 1, keptLocal: 1 });
    const byPattern = new Map(plan.put.map((r) => [r.pattern, r]));
    expect(byPattern.get('piramide')).toMatchObject({ id: 'b', label: 'venting' });
    expect(byPattern.get('charlatão')?.id).not.toBe('a');
    expect(byPattern.get('farsa')?.id).toBe('z');
    expect(byPattern.has('GOLPISTA')).toBe(false);
  });

  it('imports into storage, and refuses a file that would pass the limit without changing anything', async () => {
    const db = new RondaDB('rules-import');
    await saveTeamRule({ kind: 'term', pattern: 'golpista', label: 'hater' }, 'Bia', { db, now: 5, newId: () => 'local-1' });
    const file = exportTeamRules([rule({ id: 'r1', pattern: 'golpista', label: 'neutral', updatedAt: 9 }), rule({ id: 'r2', pattern: 'farsa' })], here, NOW);
    const result = await importTeamRules(file, here, db);
    expect(result).toMatchObject({ ok: true, plan: { added: 1, updated: 1, keptLocal: 0 } });
    const { valid } = await listTeamRules(db);
    expect(valid.map((r) => [r.id, r.pattern, r.label]).sort()).toEqual([
      ['local-1', 'golpista', 'neutral'],
      ['r2', 'farsa', 'hater'],
    ]);

    const many = Array.from({ length: MAX_TEAM_RULES - 1 }, (_, i) => rule({ id: `m${i}`, pattern: `palavra${i}` }));
    const full = await importTeamRules(exportTeamRules(many, here, NOW), here, db);
    expect(full.ok).toBe(false);
    if (!full.ok) expect(full.error).toMatch(new RegExp(`${MAX_TEAM_RULES + 1} regras.*Nada foi importado`));
    expect(await db.teamRules.count()).toBe(2);
  });
});
