import { createStore } from 'zustand/vanilla';
import type { Site } from '../../lib/domain';
import { count, tr } from '../../lib/i18n';
import { nextItem, parseUrlList, type UrlLineError } from '../../lib/sweep';
import type { PackStatusInfo } from '../../messaging/protocol';
import type { ProjectRecord } from '../../storage/schema';
import type { SweepRow } from '../../storage/sweep';
import type { InvalidRow } from '../../storage/validate';
import type { ListedPosts, SweepServices } from './services';
import { errorText } from '../../lib/error-text';

/** The page in the tab the side panel follows, as the content script canonicalised it. */
export interface CurrentPage {
  url: string;
  site: Site;
  title?: string;
}

export interface SweepNotice {
  kind: 'ok' | 'error' | 'info';
  text: string;
}

export interface SweepState {
  projects: ProjectRecord[];
  projectId?: string;
  rows: SweepRow[];
  /** When the rows were computed ("varrido há 5 min" is relative to it). */
  computedAt: number;
  invalid: InvalidRow[];
  loading: boolean;
  notice?: SweepNotice;
  /** Errors per line of the last pasted/imported list (kept until the next import, so they can be fixed). */
  importErrors: UrlLineError[];
  pack?: PackStatusInfo;
  /** The posts the followed tab's page lists, when it is a listing (a Page's timeline, a channel's videos). */
  listed?: ListedPosts;
}

export interface SweepActions {
  init(): Promise<void>;
  refresh(): Promise<void>;
  selectProject(id: string): Promise<void>;
  /** Follows the profiles as they change elsewhere (a new expert, another one put in use); returns the unsubscribe. */
  followProfiles(): () => void;
  addPage(page: CurrentPage): Promise<void>;
  importList(text: string): Promise<boolean>;
  /** Reads what the tab's page lists again (after it changed or scrolled). */
  loadListed(tabId: number | undefined): Promise<void>;
  /** Adds every post the tab's page lists now that the sweep does not have yet. */
  addListed(tabId: number | undefined): Promise<void>;
  markSwept(id: string): Promise<void>;
  remove(id: string): Promise<void>;
  /** Opens the next due item; with `finishCurrent`, marks the page being looked at as swept first. */
  next(current: CurrentPage | null, tabId: number | undefined, finishCurrent?: boolean): Promise<void>;
  open(url: string, tabId: number | undefined): Promise<void>;
  dismiss(): void;
}

export type SweepStore = ReturnType<typeof createSweepStore>;


export function createSweepStore(services: SweepServices) {
  return createStore<SweepState & SweepActions>()((set, get) => {
    const guard = async (work: () => Promise<void>) => {
      try {
        await work();
      } catch (e) {
        set({ notice: { kind: 'error', text: errorText(e) } });
      }
    };

    let initialised: Promise<void> | undefined;
    /** The profile in use when the list last looked: a switch elsewhere (the options page) is followed here. */
    let lastActiveId: string | undefined;
    /** The expert's project, once loaded: a click that comes before the list has loaded waits for it. */
    const readyProject = async (): Promise<string | undefined> => {
      if (!get().projectId) await get().init();
      const projectId = get().projectId;
      // Loading failed (its error is already shown) or there is no expert to sweep for.
      if (!projectId && get().notice?.kind !== 'error') set({ notice: { kind: 'error', text: tr('Nenhum especialista configurado: crie um em Configurações.', 'No expert set up: create one in Settings.') } });
      return projectId;
    };

    return {
      projects: [],
      rows: [],
      computedAt: Date.now(),
      invalid: [],
      loading: true,
      importErrors: [],

      init() {
        initialised ??= (async () => {
          // The pack line is informative: a background that is waking up must not block the list.
          void services.packStatus().then(
            (pack) => set({ pack }),
            () => undefined,
          );
          await guard(async () => {
            const { projects, activeId } = await services.projects();
            lastActiveId = activeId;
            set({ projects, projectId: get().projectId ?? activeId });
            await get().refresh();
          });
          // Failed (a waking service worker): the next call tries again.
          if (!get().projectId) initialised = undefined;
        })();
        return initialised;
      },

      async refresh() {
        const projectId = get().projectId;
        if (!projectId) return;
        await guard(async () => {
          const computedAt = Date.now();
          const view = await services.view(projectId);
          if (get().projectId === projectId) set({ rows: view.rows, computedAt, invalid: view.invalid, loading: false });
        });
        set({ loading: false });
      },

      async selectProject(id) {
        set({ projectId: id, rows: [], loading: true, importErrors: [] });
        await get().refresh();
      },

      followProfiles() {
        return services.watchLibrary(
          () =>
            void guard(async () => {
              const { projects, activeId } = await services.projects();
              const current = get().projectId;
              // The profile just put in use is the one to sweep for; otherwise the one chosen here, while it exists.
              const keep = activeId === lastActiveId && projects.some((p) => p.id === current);
              lastActiveId = activeId;
              set({ projects });
              if (!keep && activeId !== current) await get().selectProject(activeId);
            }),
        );
      },

      async addPage(page) {
        const projectId = await readyProject();
        if (!projectId) return;
        await guard(async () => {
          const { added } = await services.add(projectId, [{ url: page.url, site: page.site, title: page.title }]);
          set({
            notice: added
              ? { kind: 'ok', text: tr('Página adicionada à varredura.', 'Page added to the sweep.') }
              : { kind: 'info', text: tr('Esta página já está na varredura.', 'This page is already in the sweep.') },
          });
          await get().refresh();
        });
      },

      async loadListed(tabId) {
        // A tab without Ronda (or one still loading) lists nothing: that is no error to show.
        const listed = tabId === undefined ? undefined : await services.listedPosts(tabId).catch(() => undefined);
        const same = JSON.stringify(listed ?? null) === JSON.stringify(get().listed ?? null);
        if (!same) set({ listed });
      },

      async addListed(tabId) {
        // Read again now: the tab may have moved to another listing since the button was drawn.
        await get().loadListed(tabId);
        const listed = get().listed;
        const projectId = await readyProject();
        if (!projectId) return;
        if (!listed?.posts.length) {
          set({ notice: { kind: 'info', text: tr('Esta página não lista publicações para a varredura.', 'This page lists no posts for the sweep.') } });
          return;
        }
        await guard(async () => {
          const { added, duplicates } = await services.add(
            projectId,
            listed.posts.map((p) => ({ url: p.url, site: listed.site, title: p.title })),
          );
          const parts = [
            added ? count(added, ['publicação adicionada', 'publicações adicionadas'], ['post added', 'posts added']) : tr('Nenhuma publicação nova', 'No new post'),
            duplicates.length ? count(duplicates.length, ['já estava na lista', 'já estavam na lista'], ['already listed', 'already listed']) : '',
          ].filter(Boolean);
          set({ notice: { kind: added ? 'ok' : 'info', text: `${parts.join(' · ')}.` } });
          await get().refresh();
        });
      },

      async importList(text) {
        const projectId = await readyProject();
        if (!projectId) return false;
        const known = get().rows.map((r) => r.item.url);
        const parsed = parseUrlList(text, { canonical: services.canonical, known });
        let ok = false;
        await guard(async () => {
          const { added, duplicates } = await services.add(projectId, parsed.items);
          const repeated = parsed.duplicates.length + duplicates.length;
          const parts = [
            count(added, ['adicionado', 'adicionados'], ['added', 'added']),
            repeated ? count(repeated, ['já estava na lista', 'já estavam na lista'], ['already listed', 'already listed']) : '',
            parsed.errors.length ? count(parsed.errors.length, ['linha com erro (veja abaixo)', 'linhas com erro (veja abaixo)'], ['line with errors (see below)', 'lines with errors (see below)']) : '',
          ].filter(Boolean);
          set({ importErrors: parsed.errors, notice: { kind: parsed.errors.length ? 'error' : 'ok', text: `${parts.join(' · ')}.` } });
          ok = parsed.errors.length === 0;
          await get().refresh();
        });
        return ok;
      },

      async markSwept(id) {
        await guard(async () => {
          await services.markSwept(id);
          await get().refresh();
        });
      },

      async remove(id) {
        await guard(async () => {
          await services.remove(id);
          await get().refresh();
        });
      },

      async next(current, tabId, finishCurrent = false) {
        await guard(async () => {
          if (finishCurrent && current) {
            const item = get().rows.find((r) => r.item.url === current.url);
            if (item) {
              await services.markSwept(item.item.id);
              await get().refresh();
            }
          }
          const next = nextItem(get().rows, current?.url);
          if (!next) {
            set({ notice: { kind: 'info', text: tr('Nada mais na lista: adicione posts, vídeos ou páginas.', 'Nothing else in the list: add posts, videos or pages.') } });
            return;
          }
          await services.open(next.item.url, tabId);
        });
      },

      async open(url, tabId) {
        await guard(() => services.open(url, tabId));
      },

      dismiss() {
        set({ notice: undefined });
      },
    };
  });
}
