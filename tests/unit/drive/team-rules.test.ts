import { describe, expect, it } from 'vitest';
import { mergeSharedRules, parseSharedRules, serializeSharedRules } from '../../../lib/drive/team-rules';
import { parseTeamRulesFile, type TeamRuleEntry } from '../../../lib/team-rules/io';
import { PLACEHOLDER_EXPERT } from '../../../lib/profiles/placeholder';
import { setLocale } from '../../../lib/i18n';
import type { TeamRuleRecord } from '../../../storage/schema';
import { profile } from '../team-kit/data';

const rule = (id: string, updatedAt: number, over: Partial<TeamRuleRecord> = {}): TeamRuleRecord => ({
  id,
  kind: 'term',
  pattern: `palavra ${id}`,
  label: 'hater',
  createdBy: 'Bia',
  createdAt: 1,
  updatedAt,
  ...over,
});
const entry = (id: string, updatedAt: number, over: Partial<TeamRuleEntry> = {}): TeamRuleEntry => rule(id, updatedAt, over);

// Here, Ana is prj-here-ana; on the teammate's machine she is prj-there-ana.
const here = [profile('prj-here-ana', 'Ana Souza'), profile('prj-here-blank', PLACEHOLDER_EXPERT)];

describe('team rules on Drive: the file', () => {
  it('is a team-rules export file a teammate can also import by hand, and refuses a broken one keeping the local rules', () => {
    const text = serializeSharedRules([entry('a', 1), entry('b', 2, { projectId: 'prj-there-ana', expertName: 'Ana Souza' })], 5);
    expect(JSON.parse(text)).toMatchObject({ format: 'ronda-team-rules', version: 1 });
    expect(parseSharedRules(text)).toMatchObject({ ok: true, entries: [{ id: 'a' }, { id: 'b', expertName: 'Ana Souza' }] });
    const byHand = parseTeamRulesFile(text, here);
    expect(byHand.ok && byHand.parsed.rules.map((r) => r.projectId)).toEqual([undefined, 'prj-here-ana']);
    expect(parseSharedRules('{oops')).toEqual({ ok: false, message: expect.stringMatching(/^Regras da equipe no Drive rejeitadas: O arquivo não é um JSON válido.*As regras locais foram mantidas\.$/) });
    const twice = serializeSharedRules([entry('a', 1), entry('a', 2)], 5);
    expect(parseSharedRules(twice)).toEqual({ ok: false, message: expect.stringContaining('regra repetida (a)') });
    // In English, one language throughout.
    setLocale('en');
    try {
      expect(parseSharedRules('{"format": "ronda-team-rules", "version": 1, "rules": [{"id": "x"}]}')).toEqual({
        ok: false,
        message: expect.stringMatching(/^Team rules on Drive refused: Rule #1 is invalid: .*\. The local rules were kept\.$/),
      });
    } finally {
      setLocale('pt-BR');
    }
  });
});

describe('team rules on Drive: the merge', () => {
  it("lands a teammate's rule on the profile of the same expert here, and keeps the later edit of each rule", () => {
    const m = mergeSharedRules(
      [rule('a', 5, { label: 'praise' }), rule('b', 9, { label: 'neutral' }), rule('mine', 1)],
      here,
      [entry('a', 7), entry('b', 3), entry('new', 2, { projectId: 'prj-there-ana', expertName: ' ana souza ' })],
      new Set(['a', 'b']),
    );
    expect(m.putLocal).toEqual([rule('a', 7), rule('new', 2, { projectId: 'prj-here-ana' })]);
    expect(m.deleteLocal).toEqual([]);
    expect(m.remoteNeedsUpdate).toBe(true);
    expect(m.merged.map((e) => `${e.id}:${e.label}`)).toEqual(['a:hater', 'b:neutral', 'mine:hater', 'new:hater']);
    expect(m.baseIds).toEqual(['a', 'b', 'mine', 'new']);
  });

  it('a rule here goes up with its expert’s name; one on an unnamed or removed profile stays here', () => {
    const m = mergeSharedRules(
      [rule('ana', 1, { projectId: 'prj-here-ana' }), rule('blank', 1, { projectId: 'prj-here-blank' }), rule('gone', 1, { projectId: 'prj-deleted' })],
      here,
      [],
      new Set(),
    );
    expect(m.merged).toEqual([{ ...rule('ana', 1, { projectId: 'prj-here-ana' }), expertName: 'Ana Souza' }]);
    expect(m).toMatchObject({ putLocal: [], deleteLocal: [], remoteNeedsUpdate: true });
  });

  it('propagates deletes with the last agreed set, both ways', () => {
    const deletedThere = mergeSharedRules([rule('a', 1), rule('b', 1)], here, [entry('a', 1)], new Set(['a', 'b']));
    expect(deletedThere).toMatchObject({ deleteLocal: ['b'], remoteNeedsUpdate: false, baseIds: ['a'] });
    const deletedHere = mergeSharedRules([rule('a', 1)], here, [entry('a', 1), entry('b', 1)], new Set(['a', 'b']));
    expect(deletedHere.merged.map((e) => e.id)).toEqual(['a']);
    expect(deletedHere).toMatchObject({ putLocal: [], remoteNeedsUpdate: true });
  });

  it("keeps a rule for an expert nobody here has in the file for those who have it, without applying or deleting it, even after the profile here went", () => {
    const rui = entry('rui', 4, { projectId: 'prj-there-rui', expertName: 'Rui Lança' });
    const m = mergeSharedRules([], here, [rui], new Set(['rui']));
    expect(m).toMatchObject({ putLocal: [], deleteLocal: [], remoteNeedsUpdate: false, baseIds: [] });
    expect(m.merged).toEqual([rui]);
    // The same id here on an expert of another name (renamed on one side): the file keeps the later of the two.
    const renamedHere = mergeSharedRules([rule('rui', 4, { projectId: 'prj-here-ana' })], here, [rui], new Set(['rui']));
    expect(renamedHere).toMatchObject({ merged: [rui], remoteNeedsUpdate: false, putLocal: [], deleteLocal: [] });
    const editedHereLater = mergeSharedRules([rule('rui', 6, { projectId: 'prj-here-ana' })], here, [rui], new Set(['rui']));
    expect(editedHereLater).toMatchObject({ merged: [{ id: 'rui', expertName: 'Ana Souza' }], remoteNeedsUpdate: true });
  });

  it('uploads everything when Drive has no file yet, and deletes nothing then', () => {
    expect(mergeSharedRules([rule('a', 1)], here, undefined, new Set(['a']))).toMatchObject({ deleteLocal: [], remoteNeedsUpdate: true, merged: [{ id: 'a' }] });
  });
});
