import { describe, expect, it } from 'vitest';
import { parseCorrectionsFile } from '../../../lib/corrections/io';
import { MAX_TEAM_RULES } from '../../../lib/domain';
import { exportTeamKit, MAX_TEAM_KIT_BYTES, parseTeamKitFile } from '../../../lib/team-kit/io';
import { parseTeamRulesFile } from '../../../lib/team-rules/io';
import { parseTemplateFile } from '../../../lib/templates/io';
import { seedTemplates } from '../../../lib/templates/seed';
import { recordSeenComments } from '../../../storage/comments';
import { RondaDB } from '../../../storage/db';
import { getActiveProject, listProjects } from '../../../storage/projects';
import type { CorrectionRecord, TeamRuleRecord } from '../../../storage/schema';
import { getSetting, setSetting } from '../../../storage/settings';
import { importTeamKit, teamKitContents } from '../../../storage/team-kit';
import { listTeamRules } from '../../../storage/team-rules';
import { profile } from './data';

const NOW = new Date('2026-12-06T10:00:00Z');
const STAFF = { name: 'Nina', role: 'staff' as const };
const rule = (over: Partial<TeamRuleRecord> & Pick<TeamRuleRecord, 'id' | 'pattern'>): TeamRuleRecord => ({
  kind: 'term',
  label: 'hater',
  createdBy: 'Bia',
  createdAt: 1,
  updatedAt: 1,
  ...over,
});
const correction = (key: string, text: string, over: Partial<CorrectionRecord> = {}): CorrectionRecord => ({ key, text, label: 'praise', at: 5, user: 'Bia', ...over });

/** The lead's Chrome: two experts (Ana in use), the starter templates, rules, corrections and a blog. */
async function leadsKit(): Promise<string> {
  const db = new RondaDB(`kit-lead-${Math.random()}`);
  await db.projects.bulkPut([profile('prj-lead-ana', 'Ana Souza', { updatedAt: 50 }), profile('prj-lead-rui', 'Rui Lança')]);
  await setSetting('activeProjectId', 'prj-lead-rui', db);
  await db.templates.bulkPut(seedTemplates(10));
  await db.teamRules.bulkPut([rule({ id: 'r-global', pattern: 'golpista' }), rule({ id: 'r-ana', kind: 'author', pattern: '@troll.da.live', projectId: 'prj-lead-ana', site: 'instagram' })]);
  await db.corrections.bulkPut([correction('youtube:c1', 'caralho que aula', { at: 7 }), correction('youtube:c2', '<img src=x onerror=alert(1)>\u202e 🤡', { label: 'hater' })]);
  await setSetting('blogOrigins', ['https://blog.anasouza.com.br'], db);
  return exportTeamKit(await teamKitContents(db), NOW);
}

describe('team kit file', () => {
  it("holds each part as a whole export file of its own kind, which imports alone", async () => {
    const kit = JSON.parse(await leadsKit()) as Record<string, unknown>;
    expect(kit).toMatchObject({ format: 'ronda-team-kit', version: 1, activeExpert: 'Rui Lança', blogs: ['https://blog.anasouza.com.br'] });
    const templates = parseTemplateFile(JSON.stringify(kit.templates));
    const byId = (list: { id: string }[]) => [...list].sort((x, y) => x.id.localeCompare(y.id));
    expect(templates.ok && byId(templates.templates)).toEqual(byId(seedTemplates(10)));
    const rules = parseTeamRulesFile(JSON.stringify(kit.rules), [profile('x', 'ana souza')]);
    expect(rules.ok && rules.parsed.rules.map((r) => r.projectId)).toEqual(expect.arrayContaining([undefined, 'x']));
    expect(parseCorrectionsFile(JSON.stringify(kit.corrections))).toMatchObject({ ok: true });
  });

  it('refuses a file that is not a kit, too large, or with one bad part, naming the part', async () => {
    expect(parseTeamKitFile('{"format": "ronda-team-kit", ')).toMatchObject({ ok: false, error: expect.stringMatching(/JSON válido/) });
    expect(parseTeamKitFile(JSON.stringify({ format: 'ronda-templates', version: 1, templates: [] }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Não é um kit da equipe do Ronda/),
    });
    expect(parseTeamKitFile(' '.repeat(MAX_TEAM_KIT_BYTES + 1))).toMatchObject({ ok: false, error: expect.stringMatching(/grande demais/) });
    const kit = JSON.parse(await leadsKit()) as { templates: { templates: Record<string, unknown>[] }; blogs: string[] };
    kit.templates.templates[1]!.labels = ['odio'];
    expect(parseTeamKitFile(JSON.stringify(kit))).toMatchObject({ ok: false, error: expect.stringMatching(/^Kit da equipe, modelos: Modelo #2 .*inválido: labels\.0.*Nada foi importado\.$/) });
    const withBadBlog = { ...JSON.parse(await leadsKit()), blogs: ['javascript:alert(1)'] };
    expect(parseTeamKitFile(JSON.stringify(withBadBlog))).toMatchObject({ ok: false, error: expect.stringMatching(/^Kit da equipe, blogs: /) });
  });

  it('reads blogs as origins, once each', () => {
    const parsed = parseTeamKitFile(JSON.stringify({ format: 'ronda-team-kit', version: 1, blogs: ['blog.x.com.br', 'https://blog.x.com.br/2026/aula-1/', 'https://lp.y.com'] }));
    expect(parsed).toMatchObject({ ok: true, kit: { blogs: ['https://blog.x.com.br', 'https://lp.y.com'], profiles: [], templates: [], corrections: [] } });
  });
});

describe('team kit import', () => {
  it("sets up a newcomer's Chrome: profiles (the lead's in use), templates awaiting approval, rules on the right profile, corrections, blogs", async () => {
    const text = await leadsKit();
    const db = new RondaDB('kit-newcomer');
    const placeholder = await getActiveProject({ db });
    // A comment this Chrome already stored, which a correction in the kit is about.
    await recordSeenComments('youtube', 'https://www.youtube.com/watch?v=abc', [
      { commentId: 'c1', isReply: false, authorName: '@joao', text: 'caralho que aula', label: 'hater', confidence: 0.7, evidence: ['palavrão'] },
    ], { db });

    const imported = await importTeamKit(text, STAFF, { db, now: 100 });
    if (!imported.ok) throw new Error(imported.error);
    const { result } = imported;
    expect(result.profiles).toMatchObject({ added: 2, updated: 0, keptLocal: 0 });
    expect(result.activated).toBe('Rui Lança');
    expect(result.templates).toMatchObject({ added: seedTemplates(10).length, demoted: seedTemplates(10).length });
    expect(result.rules).toMatchObject({ added: 2 });
    expect(result.unknownExperts).toEqual([]);
    expect(result.corrections).toMatchObject({ added: 2 });
    expect(result.newBlogs).toEqual(['https://blog.anasouza.com.br']);

    // The unnamed profile of the fresh install had nothing filed under it (the comment was stored with no profile): it goes.
    const profiles = (await listProjects(db)).valid;
    expect(profiles.map((p) => p.expertName)).toEqual(['Ana Souza', 'Rui Lança']);
    expect((await getActiveProject({ db })).expertName).toBe('Rui Lança');
    expect(await db.projects.get(placeholder.id)).toBeUndefined();
    const ana = profiles.find((p) => p.expertName === 'Ana Souza')!;
    expect(ana).toMatchObject({ whatsapp: '11999990000', links: { checkout: 'https://pay.exemplo.com.br/turbo' }, responseTargets: { instagram: 60 } });
    const rules = (await listTeamRules(db)).valid;
    expect(rules.find((r) => r.pattern === '@troll.da.live')?.projectId).toBe(ana.id);
    expect(rules.find((r) => r.pattern === 'golpista')?.projectId).toBeUndefined();
    expect((await db.templates.toArray()).every((t) => t.status === 'draft')).toBe(true);
    // Each imported template waits on the Drive queue for the shared library, and the rules for theirs.
    expect((await db.outbox.toArray()).map((e) => e.kind).sort()).toEqual([...seedTemplates(10).map(() => 'templates.upsert'), 'teamRules.upsert'].sort());
    expect(await db.comments.get('youtube:c1')).toMatchObject({ label: 'praise', labelSource: 'staff' });
    expect(await db.corrections.get('youtube:c2')).toMatchObject({ text: '<img src=x onerror=alert(1)>\u202e 🤡', label: 'hater' });
    expect(await getSetting('blogOrigins', db)).toEqual(['https://blog.anasouza.com.br']);

    // The same kit again brings nothing new, and leaves the profile in use alone.
    await setSetting('activeProjectId', ana.id, db);
    const again = await importTeamKit(text, STAFF, { db, now: 200 });
    if (!again.ok) throw new Error(again.error);
    expect(again.result.activated).toBeUndefined();
    for (const part of [again.result.profiles, again.result.templates, again.result.rules, again.result.corrections]) expect(part.added + part.updated).toBe(0);
    expect(again.result.newBlogs).toEqual([]);
    expect((await listProjects(db)).valid).toHaveLength(2);
  });

  it('keeps the unnamed profile staff already worked under, and still switches to the kit’s', async () => {
    const db = new RondaDB('kit-used-placeholder');
    const placeholder = await getActiveProject({ db });
    await recordSeenComments('youtube', 'https://www.youtube.com/watch?v=abc', [
      { commentId: 'c9', isReply: false, authorName: '@maria', text: 'amei', label: 'praise', confidence: 0.9, evidence: ['amei'] },
    ], { db, projectId: placeholder.id });
    const imported = await importTeamKit(await leadsKit(), STAFF, { db });
    expect(imported.ok && imported.result.activated).toBe('Rui Lança');
    expect((await listProjects(db)).valid.map((p) => p.expertName)).toEqual(['Ana Souza', 'Especialista', 'Rui Lança']);
  });

  it('an approver imports the approvals too', async () => {
    const db = new RondaDB('kit-approver');
    const imported = await importTeamKit(await leadsKit(), { name: 'Caio', role: 'approver' }, { db });
    expect(imported.ok && imported.result.templates.demoted).toBe(0);
    expect((await db.templates.toArray()).every((t) => t.status === 'approved')).toBe(true);
  });

  it('a kit with a bad rule, or one that takes the rules past their limit, changes nothing', async () => {
    const kit = JSON.parse(await leadsKit()) as { rules: { rules: Record<string, unknown>[] } };
    kit.rules.rules[0]!.label = 'odio';
    const db = new RondaDB('kit-bad-rule');
    const before = await getActiveProject({ db });
    const bad = await importTeamKit(JSON.stringify(kit), STAFF, { db });
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/^Kit da equipe, regras: Regra #1 inválida/) });

    expect((await listProjects(db)).valid).toEqual([before]);
    for (const table of [db.templates, db.teamRules, db.corrections, db.outbox]) expect(await table.count()).toBe(0);
    expect(await getSetting('blogOrigins', db)).toEqual([]);

    // 1,999 rules here and the kit's 2 would be 2,001.
    await db.teamRules.bulkPut(Array.from({ length: MAX_TEAM_RULES - 1 }, (_, i) => rule({ id: `r${i}`, pattern: `palavra${i}` })));
    const over = await importTeamKit(await leadsKit(), STAFF, { db });
    expect(over).toMatchObject({ ok: false, error: expect.stringMatching(/^Kit da equipe, regras: Com este arquivo seriam 2001 regras; o limite é 2000\. Nada foi importado\.$/) });
    expect((await listProjects(db)).valid).toEqual([before]);
    expect(await db.teamRules.count()).toBe(MAX_TEAM_RULES - 1);
    for (const table of [db.templates, db.corrections, db.outbox]) expect(await table.count()).toBe(0);
    expect(await getSetting('blogOrigins', db)).toEqual([]);
  });

  it('a write the browser refuses half way (storage full) takes back the parts already written', async () => {
    const db = new RondaDB('kit-full');
    await getActiveProject({ db });
    db.corrections.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(importTeamKit(await leadsKit(), STAFF, { db })).rejects.toThrow(/quota/);
    expect((await listProjects(db)).valid.map((p) => p.expertName)).toEqual(['Especialista']);
    for (const table of [db.templates, db.teamRules, db.corrections, db.outbox]) expect(await table.count()).toBe(0);
    expect(await getSetting('blogOrigins', db)).toEqual([]);
  });

  it('a profile edited here after the kit was made keeps the edit; a rule for an expert nobody has applies to every profile', async () => {
    const db = new RondaDB('kit-later-here');
    await db.projects.put(profile('prj-mine', 'ana souza', { updatedAt: 60, whatsapp: '21988887777' }));
    await setSetting('activeProjectId', 'prj-mine', db);
    const kit = JSON.parse(await leadsKit()) as { activeExpert?: string; profiles: { profiles: Record<string, unknown>[] } };
    kit.profiles.profiles = kit.profiles.profiles.filter((p) => p.expertName === 'Ana Souza');
    delete kit.activeExpert;
    const imported = await importTeamKit(JSON.stringify(kit), STAFF, { db });
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.result.profiles).toMatchObject({ added: 0, updated: 0, keptLocal: 1 });
    expect(await db.projects.get('prj-mine')).toMatchObject({ whatsapp: '21988887777' });
    expect(imported.result.activated).toBeUndefined();
    expect((await listTeamRules(db)).valid.find((r) => r.kind === 'author')?.projectId).toBe('prj-mine');

    const db2 = new RondaDB('kit-unknown-expert');
    const noProfiles = { ...JSON.parse(await leadsKit()), profiles: undefined };
    const second = await importTeamKit(JSON.stringify(noProfiles), STAFF, { db: db2 });
    if (!second.ok) throw new Error(second.error);
    expect(second.result.unknownExperts).toEqual(['Ana Souza']);
    expect((await listTeamRules(db2)).valid.find((r) => r.kind === 'author')?.projectId).toBeUndefined();
  });
});
