// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SweepServices } from '../../../components/sweep/services';
import { SweepList } from '../../../components/sweep/SweepList';
import { setLocale } from '../../../lib/i18n';
import { createAdapter } from '../../../sites';
import { RondaDB } from '../../../storage/db';
import { blankProject } from '../../../storage/projects';
import { addSweepItems, loadSweepView, markSwept, removeSweepItem } from '../../../storage/sweep';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
setLocale('pt-BR');

const IG = 'https://www.instagram.com/p/DRondaFx26a/';
const dbs: RondaDB[] = [];
let root: ReturnType<typeof createRoot> | undefined;
afterEach(async () => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
  for (const db of dbs.splice(0)) await db.delete();
});

/** Real storage (fake-indexeddb), fake tabs: what the side panel would do, minus the browser. */
function servicesOn(db: RondaDB): SweepServices & { open: ReturnType<typeof vi.fn> } {
  return {
    projects: async () => ({ projects: [{ ...blankProject('ana', 0), expertName: 'Ana' }], activeId: 'ana' }),
    view: (projectId) => loadSweepView(projectId, { db }),
    add: async (projectId, entries) => {
      const r = await addSweepItems(projectId, entries, { db });
      return { added: r.added.length, duplicates: r.duplicates };
    },
    markSwept: (id) => markSwept(id, { db }),
    remove: (id) => removeSweepItem(id, db),
    open: vi.fn(async () => undefined),
    canonical: (site, url) => createAdapter(site).postUrl(url),
    packStatus: async () => ({ version: '2026.11.23', origin: 'builtin' as const, builtinVersion: '2026.11.23' }),
    // A tab that lists nothing unless a test says otherwise.
    listedPosts: async () => ({ site: 'youtube' as const, posts: [] }),
    watchLibrary: () => () => undefined,
  };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await act(async () => new Promise((r) => setTimeout(r, 5)));
}

function button(name: string | RegExp): HTMLButtonElement {
  const found = [...document.querySelectorAll('button')].find((b) => (typeof name === 'string' ? b.textContent === name : name.test(b.textContent ?? '')));
  if (!found) throw new Error(`no button ${String(name)}`);
  return found;
}

describe('SweepList', () => {
  it("on a page that lists posts (a channel's videos), adds them all in one go, each once, with their titles", async () => {
    const db = new RondaDB(`sweep-ui-${crypto.randomUUID()}`);
    dbs.push(db);
    await db.projects.put({ ...blankProject('ana', 0), expertName: 'Ana' });
    const services = servicesOn(db);
    const videos = [
      { url: 'https://www.youtube.com/watch?v=RdaLive0301', title: 'Live de abertura' },
      { url: 'https://www.youtube.com/watch?v=RdaAula0202', title: 'Aula 2' },
    ];
    services.listedPosts = vi.fn(async () => ({ site: 'youtube' as const, posts: videos }));
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    // No post here: the channel page itself.
    act(() => root!.render(<SweepList page={null} tabId={7} services={services} />));
    await settle();
    expect(services.listedPosts).toHaveBeenCalledWith(7);
    act(() => button('+ Adicionar 2 publicações desta página').click());
    await settle();
    expect(host.textContent).toContain('2 publicações adicionadas.');
    expect([...host.querySelectorAll('li.sweep-item')].map((li) => li.getAttribute('data-url'))).toEqual(expect.arrayContaining(videos.map((v) => v.url)));
    expect(host.querySelector(`li[data-url="${videos[1]!.url}"]`)!.textContent).toContain('Aula 2');
    // Pressed again (or on a page listing the same ones): nothing twice.
    act(() => button('+ Adicionar 2 publicações desta página').click());
    await settle();
    expect(host.textContent).toContain('Nenhuma publicação nova · 2 já estavam na lista.');
    expect(host.querySelectorAll('li.sweep-item')).toHaveLength(2);
    // On a post, the button adds that page, as before.
    act(() => root!.render(<SweepList page={{ url: videos[0]!.url, site: 'youtube', title: 'Live' }} tabId={7} services={services} />));
    await settle();
    expect(() => button(/publicações desta página/)).toThrow();
  });

  it('follows the profiles: a profile put in use elsewhere is the one swept for; one chosen here stays until then', async () => {
    const db = new RondaDB(`sweep-ui-${crypto.randomUUID()}`);
    dbs.push(db);
    const services = servicesOn(db);
    const ana = { ...blankProject('ana', 0), expertName: 'Ana' };
    const rui = { ...blankProject('rui', 0), expertName: 'Rui' };
    let profiles = [ana];
    let activeId = 'ana';
    let changed: () => void = () => undefined;
    services.projects = async () => ({ projects: profiles, activeId });
    services.watchLibrary = (onChange) => {
      changed = onChange;
      return () => undefined;
    };
    const view = vi.spyOn(services, 'view');
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    act(() => root!.render(<SweepList page={null} tabId={7} services={services} />));
    await settle();
    expect(view).toHaveBeenLastCalledWith('ana');
    const picker = () => host.querySelector<HTMLSelectElement>('select[aria-label="Especialista"]');
    expect(picker()).toBeNull();

    // Rui is made and put in use in the options page: the picker lists him and the sweep is his.
    profiles = [ana, rui];
    activeId = 'rui';
    changed();
    await settle();
    expect(picker()!.value).toBe('rui');
    expect(view).toHaveBeenLastCalledWith('rui');

    // Staff pick Ana here; a change that is not a switch (a template saved) leaves their choice alone.
    act(() => {
      picker()!.value = 'ana';
      picker()!.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(view).toHaveBeenLastCalledWith('ana');
    changed();
    await settle();
    expect(picker()!.value).toBe('ana');
    expect(view).toHaveBeenLastCalledWith('ana');
  });

  it('adds the current page, shows counts per class, imports a list and opens the next due item', async () => {
    const db = new RondaDB(`sweep-ui-${crypto.randomUUID()}`);
    dbs.push(db);
    await db.projects.put({ ...blankProject('ana', 0), expertName: 'Ana' });
    const base = { site: 'instagram' as const, postUrl: IG, isReply: false, authorName: 'x', text: 't', labelSource: 'classifier' as const, confidence: 0.9, evidence: [], lastSeenAt: 0, firstSeenAt: Date.now() - 60_000 };
    await db.comments.bulkPut([
      { ...base, key: 'instagram:1', commentId: '1', label: 'hater', status: 'new' },
      { ...base, key: 'instagram:2', commentId: '2', label: 'doubt', status: 'new' },
      { ...base, key: 'instagram:3', commentId: '3', label: 'doubt', status: 'replied' },
    ]);
    const services = servicesOn(db);
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    const page = { url: IG, site: 'instagram' as const, title: 'Post da aula 1' };
    act(() => root!.render(<SweepList page={page} tabId={7} services={services} />));
    await settle();
    expect(host.textContent).toContain('Nenhum item ainda');
    expect(host.querySelector('[data-testid="pack-version"]')?.textContent).toContain('2026.11.23 (embutido)');

    act(() => button('+ Adicionar esta página').click());
    await settle();
    const item = host.querySelector(`li[data-url="${IG}"]`)!;
    expect(item.textContent).toContain('Post da aula 1');
    expect(item.textContent).toContain('nunca varrido');
    const counts = item.querySelector('[data-testid="sweep-counts"]')!;
    expect(counts.getAttribute('data-fresh')).toBe('3');
    expect(counts.getAttribute('data-pending')).toBe('2');
    expect(counts.textContent).toContain('Dúvida 2');
    expect(counts.textContent).toContain('Hater 1');

    const textarea = host.querySelector('textarea')!;
    act(() => {
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setter.call(textarea, `https://youtu.be/abc123\nlixo\n${IG}`);
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => button('Adicionar links').click());
    await settle();
    expect(host.textContent).toContain('1 adicionado · 1 já estava na lista · 1 linha com erro');
    expect(host.textContent).toContain('Linha 2');
    expect(host.querySelectorAll('li.sweep-item')).toHaveLength(2);

    // The page being looked at is in the list: "Concluir e próximo" marks it and opens the YouTube video.
    act(() => button('Concluir e próximo →').click());
    await settle();
    expect(services.open).toHaveBeenCalledWith('https://www.youtube.com/watch?v=abc123', 7);
    const after = host.querySelector(`li[data-url="${IG}"] [data-testid="sweep-counts"]`)!;
    expect(after.getAttribute('data-fresh')).toBe('0');
    expect(after.getAttribute('data-pending')).toBe('2');
  });

  it('a page added before the list has loaded is added once it has, not dropped', async () => {
    const db = new RondaDB(`sweep-ui-${crypto.randomUUID()}`);
    dbs.push(db);
    const services = servicesOn(db);
    let loaded!: () => void;
    const slow = new Promise<void>((resolve) => (loaded = resolve));
    const projects = services.projects;
    services.projects = async () => {
      await slow;
      return projects();
    };
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    act(() => root!.render(<SweepList page={{ url: IG, site: 'instagram', title: 'Post' }} tabId={7} services={services} />));
    await settle();
    act(() => button('+ Adicionar esta página').click());
    await settle();
    expect(host.querySelector(`li[data-url="${IG}"]`)).toBeNull();
    loaded();
    await settle();
    expect(host.textContent).toContain('Página adicionada à varredura.');
    expect(host.querySelectorAll(`li[data-url="${IG}"]`)).toHaveLength(1);
  });
});
