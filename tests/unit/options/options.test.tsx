// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LanguageSection } from '../../../components/options/LanguageSection';
import { saveContactFields } from '../../../components/options/ProfileSection';
import { parseTarget, saveServiceFields, ServiceSection } from '../../../components/options/ServiceSection';
import { count, setLocale } from '../../../lib/i18n';
import { getDb, RondaDB } from '../../../storage/db';
import { blankProject, saveProject } from '../../../storage/projects';
import { getSetting, setSetting } from '../../../storage/settings';
import { listTeamRules } from '../../../storage/team-rules';
import { TeamRulesSection } from '../../../components/options/TeamRulesSection';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: ReturnType<typeof createRoot> | undefined;
beforeEach(() => setLocale('pt-BR'));
afterEach(async () => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
  await getDb().delete();
  await getDb().open();
});

async function render(node: React.ReactNode) {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root!.render(node));
  // Let the sections' first reads from IndexedDB land.
  await act(async () => new Promise((r) => setTimeout(r, 50)));
  return host;
}

/** React listens for input events and reads the value through the native setter. */
function type(input: HTMLInputElement | HTMLSelectElement, value: string) {
  const proto = input instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
}

describe('count', () => {
  it('uses the singular for exactly one, in either language', () => {
    expect(count(1, ['comentário', 'comentários'], ['comment', 'comments'])).toBe('1 comentário');
    expect(count(0, ['comentário', 'comentários'], ['comment', 'comments'])).toBe('0 comentários');
    expect(count(3, ['novo', 'novos'], ['new', 'new'])).toBe('3 novos');
    setLocale('en');
    expect(count(1, ['item', 'itens'], ['item', 'items'])).toBe('1 item');
    expect(count(2, ['item', 'itens'], ['item', 'items'])).toBe('2 items');
  });
});

describe('profile and service forms', () => {
  it('saving one does not undo what the other saved from an older copy', async () => {
    const db = new RondaDB('options-no-undo');
    const loaded = await saveProject(blankProject('p1', 0), db);
    // "Atendimento" saves new hours and targets…
    await saveServiceFields('p1', { businessHours: { ...loaded.businessHours, start: '08:00' }, responseTargets: { ...loaded.responseTargets, youtube: 45 } }, db);
    // …then the profile form, loaded before that, saves its own fields.
    await saveContactFields('p1', { expertName: ' Ana ', supportSignature: 'Equipe da Ana', links: { produto: 'https://ana.com.br' }, whatsapp: '', email: undefined }, db);
    let stored = await db.projects.get('p1');
    expect(stored).toMatchObject({ expertName: 'Ana', businessHours: { start: '08:00' }, responseTargets: { youtube: 45 } });
    expect(stored?.whatsapp).toBeUndefined();
    // And the other way round: the service form keeps the name the profile form saved.
    await saveServiceFields('p1', { businessHours: loaded.businessHours, responseTargets: loaded.responseTargets }, db);
    stored = await db.projects.get('p1');
    expect(stored).toMatchObject({ expertName: 'Ana', supportSignature: 'Equipe da Ana', businessHours: { start: loaded.businessHours.start } });
    // Each save dates the edit: of two copies of a profile (a team kit), the later edit wins.
    expect(stored?.updatedAt).toBeGreaterThan(0);
  });

  it('refuses an empty expert name in words staff read, not the validator’s', async () => {
    const db = new RondaDB('options-empty-name');
    await saveProject(blankProject('p1', 0), db);
    await expect(saveContactFields('p1', { expertName: '  ', supportSignature: '', links: {} }, db)).rejects.toThrow('Escreva o nome do especialista.');
  });

  it('reads a target only as a whole number of minutes above zero', () => {
    expect(parseTarget('30')).toBe(30);
    expect(parseTarget(' 5 ')).toBe(5);
    for (const bad of ['', '0', '-3', '2.5', 'abc', undefined]) expect(parseTarget(bad)).toBeUndefined();
  });

  it('lets a target be cleared and retyped, and refuses to save it empty', async () => {
    const project = await saveProject(blankProject('p1', 0));
    await setSetting('activeProjectId', 'p1');
    const host = await render(<ServiceSection />);
    const youtube = [...host.querySelectorAll('label')].find((l) => l.textContent?.startsWith('YouTube') && l.querySelector('input[type="number"]'))!.querySelector('input')!;
    await act(async () => type(youtube, ''));
    expect(youtube.value).toBe('');
    await act(async () => youtube.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(host.querySelector('[role="alert"]')?.textContent).toMatch(/Meta de YouTube: informe minutos/);
    await act(async () => (host.querySelector('button[type="submit"]') as HTMLButtonElement).click());
    expect((await getDb().projects.get('p1'))?.responseTargets).toEqual(project.responseTargets);
    await act(async () => type(youtube, '30'));
    expect(youtube.value).toBe('30');
    await act(async () => (host.querySelector('button[type="submit"]') as HTMLButtonElement).click());
    await act(async () => new Promise((r) => setTimeout(r, 50)));
    expect((await getDb().projects.get('p1'))?.responseTargets.youtube).toBe(30);
    expect(host.textContent).toContain('Horário e metas salvos.');
  });
});

describe('language choice', () => {
  it('saves the locale and reloads the page so it follows', async () => {
    const reload = vi.fn();
    const host = await render(<LanguageSection reload={reload} />);
    const select = host.querySelector('select') as HTMLSelectElement;
    expect(select.value).toBe('pt-BR');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Português (Brasil)', 'English']);
    await act(async () => {
      type(select, 'en');
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(await getSetting('locale')).toBe('en');
    expect(reload).toHaveBeenCalledOnce();
  });
});

describe('team rules section', () => {
  const field = (host: HTMLElement, placeholder: string) => host.querySelector<HTMLInputElement>(`input[placeholder="${placeholder}"]`)!;
  const button = (host: HTMLElement, text: string) => [...host.querySelectorAll('button')].find((b) => b.textContent === text)!;
  const status = (host: HTMLElement) => host.querySelector('[data-testid="team-rules-status"]')?.textContent ?? '';
  const settle = () => act(async () => new Promise((r) => setTimeout(r, 50)));

  it('adds a rule with the label and scope chosen, says what a bad pattern needs, and undoes', async () => {
    await saveProject({ ...blankProject('p-ana', 0), expertName: 'Ana' });
    await setSetting('user', { name: 'Bia', role: 'staff' });
    const host = await render(<TeamRulesSection />);
    expect(host.querySelector('[data-testid="team-rules-count"]')?.textContent).toBe('Nenhuma regra ainda.');

    await act(async () => type(field(host, 'golp*'), 'g*'));
    expect(host.querySelector('[data-testid="team-rule-problem"]')?.textContent).toMatch(/3 letras/);
    expect(button(host, 'Adicionar regra').disabled).toBe(true);

    await act(async () => type(field(host, 'golp*'), 'golp*'));
    expect(host.querySelector('[data-testid="team-rule-problem"]')).toBeNull();
    const [label, site, profile] = [...host.querySelectorAll('select')] as [HTMLSelectElement, HTMLSelectElement, HTMLSelectElement];
    await act(async () => type(label, 'hater'));
    await act(async () => type(site, 'youtube'));
    await act(async () => type(profile, 'p-ana'));
    await act(async () => button(host, 'Adicionar regra').click());
    await settle();
    expect(status(host)).toMatch(/Regra adicionada: “golp\*” → Hater\./);
    expect(host.querySelector('[data-testid="team-rules-list"]')?.textContent).toMatch(/golp\*.*Hater.*YouTube · Ana.*Bia/);
    expect(await listTeamRules().then((r) => r.valid.map((x) => [x.pattern, x.label, x.site, x.projectId, x.createdBy]))).toEqual([['golp*', 'hater', 'youtube', 'p-ana', 'Bia']]);

    await act(async () => button(host, 'Desfazer').click());
    await settle();
    expect(status(host)).toMatch(/Desfeito/);
    expect((await listTeamRules()).valid).toEqual([]);
  });

  it('adds an author rule, removes it and puts it back', async () => {
    const host = await render(<TeamRulesSection />);
    await act(async () => host.querySelectorAll<HTMLInputElement>('input[name="rule-kind"]')[1]!.click());
    await act(async () => type(field(host, '@perfil'), '@troll.da.live'));
    await act(async () => button(host, 'Adicionar regra').click());
    await settle();
    expect(status(host)).toMatch(/Perfil @troll.da.live → Hater/);
    await act(async () => host.querySelector<HTMLButtonElement>('button[aria-label="Remover a regra @troll.da.live"]')!.click());
    await settle();
    expect(status(host)).toMatch(/1 regra removida/);
    expect((await listTeamRules()).valid).toEqual([]);
    await act(async () => button(host, 'Desfazer').click());
    await settle();
    expect((await listTeamRules()).valid.map((r) => [r.kind, r.pattern])).toEqual([['author', '@troll.da.live']]);
    expect(host.querySelector('[data-testid="team-rules-count"]')?.textContent).toBe('1 regra.');
  });
});
