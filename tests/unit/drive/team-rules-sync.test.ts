import { describe, expect, it, vi } from 'vitest';
import { TEAM_RULES_STATE_KEY } from '../../../lib/drive/state';
import { listTeamRules, markCommentAuthorHater, removeTeamRules, saveTeamRule } from '../../../storage/team-rules';
import { recordSeenComments } from '../../../storage/comments';
import { profile } from '../team-kit/data';
import { connect, makeEngine, runUntilIdle, startDriveServer, type Harness } from './helpers';

const server = startDriveServer();

/** Ana's and Bia's machines on one acervo; each has the expert Rui Lança, under its own profile id. */
async function twoMachines(): Promise<{ ana: Harness; bia: Harness; pulled: ReturnType<typeof vi.fn> }> {
  const pulled = vi.fn(async () => undefined);
  const ana = makeEngine(server);
  await ana.db.projects.put(profile('prj-ana-rui', 'Rui Lança'));
  const root = await connect(ana);
  const bia = makeEngine(server, { onTeamRulesPulled: pulled });
  await bia.db.projects.put(profile('prj-bia-rui', 'rui lança'));
  await bia.engine.saveState({ signedIn: true });
  await bia.engine.useRootFolder(root);
  return { ana, bia, pulled };
}

async function pull(h: Harness): Promise<void> {
  h.clock.now += 60_000;
  await h.engine.run({ forcePull: true });
  await runUntilIdle(h);
}

const teamFiles = () => [...server.files.values()].filter((f) => f.appProperties.rondaKind === 'teamRules');

describe('team rules shared on Drive', () => {
  it("a troll Ana marks from a badge is a hater for Bia too, on Bia's profile of the same expert; Bia's removal reaches Ana", async () => {
    const { ana, bia, pulled } = await twoMachines();
    await recordSeenComments('youtube', 'https://www.youtube.com/watch?v=abc', [
      { commentId: 'c1', isReply: false, authorName: 'Troll da Live', authorHandle: '@troll.da.live', text: 'golpista', label: 'hater', confidence: 0.9, evidence: [] },
    ], { db: ana.db });
    await markCommentAuthorHater('youtube:c1', 'Ana', { projectId: 'prj-ana-rui', db: ana.db, now: ana.clock.now });
    await saveTeamRule({ kind: 'term', pattern: 'golp*', label: 'hater' }, 'Ana', { db: ana.db, now: ana.clock.now });
    // The rule changes wait on the outbox as one entry, and go up in one file.
    expect((await ana.db.outbox.toArray()).map((e) => e.kind)).toContain('teamRules.upsert');
    await runUntilIdle(ana);
    expect(teamFiles()).toHaveLength(1);
    expect(teamFiles()[0]!.name).toBe('Ronda — Regras da equipe.json');
    expect(JSON.parse(String(teamFiles()[0]!.content))).toMatchObject({ format: 'ronda-team-rules', rules: expect.arrayContaining([expect.objectContaining({ pattern: '@troll.da.live', expertName: 'Rui Lança' })]) });

    await pull(bia);
    const biaRules = (await listTeamRules(bia.db)).valid;
    expect(biaRules.map((r) => [r.pattern, r.projectId]).sort()).toEqual([
      ['@troll.da.live', 'prj-bia-rui'],
      ['golp*', undefined],
    ]);
    expect(pulled).toHaveBeenCalledTimes(1);
    // Nothing new: pulling again changes nothing and uploads nothing.
    const modified = teamFiles()[0]!.modifiedTime;
    await pull(bia);
    expect(pulled).toHaveBeenCalledTimes(1);
    expect(teamFiles()[0]!.modifiedTime).toBe(modified);

    // Bia takes the word rule back: it goes at Ana's too; the author rule stays.
    // (A removal is queued at the real time, which the harness clock must have reached.)
    bia.clock.now = Math.max(bia.clock.now, Date.now());
    await removeTeamRules([biaRules.find((r) => r.pattern === 'golp*')!.id], bia.db);
    await runUntilIdle(bia);
    await pull(ana);
    expect((await listTeamRules(ana.db)).valid.map((r) => r.pattern)).toEqual(['@troll.da.live']);
  });

  it('the later edit of a rule wins on both sides', async () => {
    const { ana, bia } = await twoMachines();
    const { rule } = await saveTeamRule({ kind: 'term', pattern: 'método turbo', label: 'hater' }, 'Ana', { db: ana.db, now: 100 });
    await runUntilIdle(ana);
    await pull(bia);
    await saveTeamRule({ kind: 'term', pattern: 'método turbo', label: 'neutral', note: 'é o nome do curso' }, 'Bia', { db: bia.db, now: 200 });
    await runUntilIdle(bia);
    await pull(ana);
    expect(await ana.db.teamRules.get(rule.id)).toMatchObject({ label: 'neutral', note: 'é o nome do curso', updatedAt: 200 });
  });

  it("keeps a rule for an expert one machine lacks in the file for the others, and refuses a broken file keeping the local rules", async () => {
    const { ana, bia } = await twoMachines();
    await ana.db.projects.put(profile('prj-ana-zé', 'Zé Lançador'));
    await saveTeamRule({ kind: 'author', pattern: '@hater.do.ze', label: 'hater', projectId: 'prj-ana-zé' }, 'Ana', { db: ana.db, now: 100 });
    await runUntilIdle(ana);
    await saveTeamRule({ kind: 'term', pattern: 'fraude', label: 'hater' }, 'Bia', { db: bia.db, now: 150 });
    await runUntilIdle(bia);
    // Bia has no Zé: his rule is not hers, and it stays in the file with hers.
    expect((await listTeamRules(bia.db)).valid.map((r) => r.pattern)).toEqual(['fraude']);
    const patterns = (JSON.parse(String(teamFiles()[0]!.content)) as { rules: { pattern: string }[] }).rules.map((r) => r.pattern).sort();
    expect(patterns).toEqual(['@hater.do.ze', 'fraude']);
    await pull(ana);
    expect((await listTeamRules(ana.db)).valid.map((r) => r.pattern).sort()).toEqual(['@hater.do.ze', 'fraude']);

    const file = teamFiles()[0]!;
    file.content = Buffer.from('{"format": "ronda-team-rules", "version": 1, "rules": [{"id": "x"}]}');
    server.touch(file.id, {});
    await pull(bia);
    expect((await listTeamRules(bia.db)).valid.map((r) => r.pattern)).toEqual(['fraude']);
    const state = (await bia.db.settings.get(TEAM_RULES_STATE_KEY))?.value as { lastError?: string };
    expect(state.lastError).toMatch(/^Regras da equipe no Drive rejeitadas: Regra #1 inválida.*As regras locais foram mantidas\.$/);
    expect(await bia.engine.teamRulesError()).toBe(state.lastError);
  });
});
