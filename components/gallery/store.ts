import Dexie from 'dexie';
import { create } from 'zustand';
import { DB_NAME } from '../../storage/db';
import { tr } from '../../lib/i18n';
import {
  allPrints,
  deletePrints,
  filterPrints,
  recentPrints,
  restorePrints,
  searchableText,
  updatePrint,
  type PrintFilter,
  type PrintPatch,
} from '../../storage/prints';
import type { PrintRecord } from '../../storage/schema';
import type { InvalidRow } from '../../storage/validate';
import { errorText } from '../../lib/error-text';

/*
 * Gallery state. Every print's metadata (no image bytes: ~0.5 kB a print) is read once through the capturedAt
 * index and kept; filters and search then run in memory, in a few milliseconds even for 10,000 prints. The
 * first screen does not wait for that read: the newest prints come first through the same index, with a limit.
 */
const FIRST_SCREEN = 60;

interface GalleryState {
  filter: PrintFilter;
  /** All prints (live and deleted), newest first; null until the first full read. */
  all: PrintRecord[] | null;
  /** The ones matching the filter. */
  prints: PrintRecord[];
  invalid: InvalidRow[];
  loading: boolean;
  error?: string;
  selected: Set<string>;
  openId?: string;
  undo?: { ids: string[]; text: string };
  /** Bumped after writes so thumbnails and details reload. */
  version: number;
  setFilter: (patch: Partial<PrintFilter>) => void;
  clearFilter: () => void;
  reload: (options?: { quiet?: boolean }) => Promise<void>;
  /** The first load, once: started before React mounts so data and the page's code load side by side. */
  start: () => Promise<void>;
  apply: () => void;
  toggleSelected: (id: string, range?: boolean) => void;
  selectAll: () => void;
  clearSelection: () => void;
  open: (id?: string) => void;
  edit: (id: string, patch: PrintPatch) => Promise<void>;
  remove: (ids: string[]) => Promise<void>;
  undoRemove: () => Promise<void>;
  restore: (ids: string[]) => Promise<void>;
  fail: (error: unknown) => void;
}

let query = 0;
let lastClicked: string | undefined;
let firstLoad: Promise<void> | undefined;
let gridPainted: () => void = () => undefined;
const firstGrid = new Promise<void>((resolve) => (gridPainted = resolve));

/** Called by the grid once its first rows are on screen. */
export function markFirstGrid(): void {
  if (!performance.getEntriesByName('ronda:gallery:first-grid').length) performance.mark('ronda:gallery:first-grid');
  gridPainted();
}

export const useGallery = create<GalleryState>((set, get) => ({
  filter: {},
  all: null,
  prints: [],
  invalid: [],
  loading: true,
  selected: new Set(),
  version: 0,
  setFilter: (patch) => {
    const next = { ...get().filter, ...patch };
    for (const k of Object.keys(next) as (keyof PrintFilter)[]) if (next[k] === undefined || next[k] === '') delete next[k];
    set({ filter: next });
    get().apply();
  },
  clearFilter: () => {
    set({ filter: {} });
    get().apply();
  },
  apply: () => {
    const all = get().all;
    if (!all) return;
    const started = performance.now();
    const prints = filterPrints(all, get().filter);
    // Visible in DevTools' performance panel and read by bench/gallery.bench.ts.
    performance.measure('ronda:gallery:query', { start: started, end: performance.now(), detail: { rows: prints.length } });
    const ids = new Set(prints.map((p) => p.id));
    const selected = new Set([...get().selected].filter((id) => ids.has(id)));
    set({ prints, selected });
  },
  reload: async (options = {}) => {
    const mine = ++query;
    if (!options.quiet) set({ loading: true });
    try {
      if (!get().all && Object.keys(get().filter).length === 0) {
        const first = await recentPrints(FIRST_SCREEN);
        performance.mark('ronda:gallery:first-rows');
        if (mine === query && !get().all) {
          set({ prints: first.valid });
          // Reading all rows competes with the first paint for the main thread: let the grid show first.
          if (first.valid.length) await Promise.race([firstGrid, new Promise((r) => setTimeout(r, 500))]);
        }
      }
      const started = performance.now();
      const { valid, invalid } = await allPrints();
      // A slower, older read must not overwrite the answer to the newer one.
      if (mine !== query) return;
      performance.measure('ronda:gallery:load', { start: started, end: performance.now(), detail: { rows: valid.length } });
      set({ all: valid, invalid, loading: false, error: undefined });
      get().apply();
      warmSearch(valid);
    } catch (error) {
      if (mine === query) set({ loading: false, error: errorText(error) });
    }
  },
  start: () => (firstLoad ??= get().reload()),
  toggleSelected: (id, range) => {
    const selected = new Set(get().selected);
    const prints = get().prints;
    if (range && lastClicked) {
      const a = prints.findIndex((p) => p.id === lastClicked);
      const b = prints.findIndex((p) => p.id === id);
      if (a >= 0 && b >= 0) for (let i = Math.min(a, b); i <= Math.max(a, b); i++) selected.add(prints[i]!.id);
    } else if (selected.has(id)) selected.delete(id);
    else selected.add(id);
    lastClicked = id;
    set({ selected });
  },
  selectAll: () => set({ selected: new Set(get().prints.map((p) => p.id)) }),
  clearSelection: () => set({ selected: new Set() }),
  open: (id) => {
    set({ openId: id });
    const hash = id ? `#print=${encodeURIComponent(id)}` : '';
    if (location.hash !== hash) history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  },
  edit: async (id, patch) => {
    try {
      const updated = await updatePrint(id, patch);
      const swap = (rows: PrintRecord[]) => rows.map((p) => (p.id === id ? updated : p));
      const all = get().all;
      set({ all: all && swap(all), prints: swap(get().prints), version: get().version + 1 });
    } catch (error) {
      get().fail(error);
    }
  },
  remove: async (ids) => {
    try {
      const n = await deletePrints(ids);
      markDeleted(ids, Date.now());
      set({ undo: { ids, text: n === 1 ? tr('1 print apagado.', '1 print deleted.') : tr(`${n} prints apagados.`, `${n} prints deleted.`) } });
      // A deleted print's detail closes (and leaves the address, so a reload does not reopen it).
      if (ids.includes(get().openId ?? '')) get().open(undefined);
      get().apply();
    } catch (error) {
      get().fail(error);
    }
  },
  undoRemove: async () => {
    const undo = get().undo;
    if (!undo) return;
    set({ undo: undefined });
    await get().restore(undo.ids);
  },
  restore: async (ids) => {
    try {
      await restorePrints(ids);
      markDeleted(ids, undefined);
      get().apply();
    } catch (error) {
      get().fail(error);
    }
  },
  fail: (error) => set({ error: errorText(error) }),
}));

/**
 * Reads the prints again (quietly) whenever they change in the database, from any page or the service
 * worker (a pull bringing a teammate's tag): edits then start from the row as it is. Returns the unsubscribe.
 */
export function watchPrints(delayMs = 150): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onChange = (parts: Record<string, unknown>) => {
    if (!Object.keys(parts).some((k) => k.startsWith(`idb://${DB_NAME}/prints/`))) return;
    clearTimeout(timer);
    timer = setTimeout(() => void useGallery.getState().reload({ quiet: true }), delayMs);
  };
  Dexie.on('storagemutated', onChange);
  return () => {
    clearTimeout(timer);
    Dexie.on('storagemutated').unsubscribe(onChange);
  };
}

/** Normalises every row's searchable text while the page is idle, so the first search is as fast as the next. */
function warmSearch(rows: readonly PrintRecord[]): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void) => number }).requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 50));
  let i = 0;
  const step = () => {
    const end = Math.min(rows.length, i + 1_000);
    for (; i < end; i++) searchableText(rows[i]!);
    if (i < rows.length) idle(step);
  };
  idle(step);
}

/** Mirrors a delete/restore into the rows in memory (the store already wrote it). */
function markDeleted(ids: readonly string[], at: number | undefined): void {
  const all = useGallery.getState().all;
  if (!all) return;
  const chosen = new Set(ids);
  useGallery.setState({
    all: all.map((p) => {
      if (!chosen.has(p.id)) return p;
      const next: PrintRecord = { ...p, updatedAt: Date.now() };
      if (at === undefined) delete next.deletedAt;
      else next.deletedAt = at;
      return next;
    }),
  });
}
