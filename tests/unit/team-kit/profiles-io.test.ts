import { describe, expect, it } from 'vitest';
import { parseProfilesFile, planProfileImport, profilesFileData } from '../../../lib/profiles/io';
import { PLACEHOLDER_EXPERT } from '../../../lib/profiles/placeholder';
import { profile } from './data';

let ids = 0;
const newId = () => `prj-new-${++ids}`;

describe('expert profiles file', () => {
  it('round-trips every named profile and leaves out the ones nobody filled in', () => {
    // The house accounts travel too: the next teammate's pages tell the team's answers from day one.
    const ana = profile('prj-ana', 'Ana Souza', { updatedAt: 5, email: 'suporte@ana.com.br', houseAccounts: ['@anasouza', 'Equipe Ana Souza'] });
    const data = profilesFileData([ana, profile('prj-blank', PLACEHOLDER_EXPERT)], new Date(0));
    expect(data).toMatchObject({ format: 'ronda-profiles', version: 1 });
    expect(parseProfilesFile(JSON.stringify(data))).toEqual({ ok: true, profiles: [ana] });
    expect(parseProfilesFile({ json: data })).toEqual({ ok: true, profiles: [ana] });
  });

  it('refuses a file with one bad profile, naming it, and keeps nothing of it', () => {
    const data = profilesFileData([profile('prj-ana', 'Ana'), profile('prj-rui', 'Rui', { links: { checkout: 'javascript:alert(1)' } })], new Date(0));
    const parsed = parseProfilesFile({ json: data });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(/^Perfil #2 inválido: links\.checkout.*Nada foi importado\.$/);
  });

  it('adds a new expert, finds one this Chrome has by name and keeps the later edit under the id it has here', () => {
    const here = [profile('prj-local-ana', 'Ana Souza', { createdAt: 3, updatedAt: 10, whatsapp: '1100' }), profile('prj-local-rui', 'Rui', { createdAt: 3 })];
    const plan = planProfileImport(
      here,
      [
        profile('prj-remote-ana', ' ana souza ', { createdAt: 1, updatedAt: 20, whatsapp: '2200' }),
        profile('prj-remote-rui', 'Rui', { createdAt: 1, updatedAt: 2 }),
        profile('prj-remote-zé', 'Zé Lançador', { createdAt: 1 }),
      ],
      newId,
    );
    expect(plan).toMatchObject({ added: 1, updated: 1, keptLocal: 1 });
    expect(plan.put).toEqual([
      expect.objectContaining({ id: 'prj-local-ana', whatsapp: '2200', createdAt: 3, updatedAt: 20 }),
      expect.objectContaining({ id: 'prj-remote-zé', expertName: 'Zé Lançador', updatedAt: 1 }),
    ]);
  });

  it('never takes a placeholder from a file; a new expert whose id a profile here has gets an id of its own', () => {
    const here = [profile('prj-1', 'Ana')];
    const plan = planProfileImport(here, [profile('prj-1', 'Rui'), profile('prj-2', PLACEHOLDER_EXPERT, { updatedAt: 99 })], newId);
    expect(plan).toMatchObject({ added: 1, updated: 0, keptLocal: 0 });
    expect(plan.put).toHaveLength(1);
    expect(plan.put[0]).toMatchObject({ expertName: 'Rui' });
    expect(plan.put[0]!.id).toMatch(/^prj-new-/);
  });

  it('an expert twice in a file counts its later edit once', () => {
    const plan = planProfileImport([], [profile('a', 'Ana', { updatedAt: 5, whatsapp: '5' }), profile('b', 'ANA', { updatedAt: 9, whatsapp: '9' }), profile('c', 'Ana', { updatedAt: 7 })], newId);
    expect(plan).toMatchObject({ added: 1, updated: 0, keptLocal: 1 });
    expect(plan.put).toEqual([expect.objectContaining({ id: 'a', whatsapp: '9', updatedAt: 9 })]);
  });
});
