import { browser } from 'wxt/browser';
import type { Site } from '../../lib/domain';
import { sendToBackground, sendToTab } from '../../messaging/client';
import type { PackStatusInfo } from '../../messaging/protocol';
import { canonicalPostUrl } from '../../sites';
import { watchLibrary } from '../../storage/library-watch';
import { getActiveProject, listProjects } from '../../storage/projects';
import type { ProjectRecord } from '../../storage/schema';
import { addSweepItems, loadSweepView, markSwept, removeSweepItem, type NewSweepEntry, type SweepView } from '../../storage/sweep';

/** Everything the sweep list does outside itself; unit tests pass fakes. */
export interface SweepServices {
  projects(): Promise<{ projects: ProjectRecord[]; activeId: string }>;
  view(projectId: string): Promise<SweepView>;
  add(projectId: string, entries: NewSweepEntry[]): Promise<{ added: number; duplicates: string[] }>;
  markSwept(id: string): Promise<void>;
  remove(id: string): Promise<void>;
  /** Opens a URL in the given tab (the one the panel follows), or in a new tab. */
  open(url: string, tabId?: number): Promise<void>;
  /** Canonical URL comments are filed under (the site adapter's rule), for pasted lists. */
  canonical(site: Site, url: URL): string;
  packStatus(): Promise<PackStatusInfo>;
  /** The posts the tab's page lists (a Page's timeline, a channel's videos); none when Ronda does not run there. */
  listedPosts(tabId: number): Promise<ListedPosts>;
  /** Calls back after the profiles (or the one in use) change anywhere in the extension; returns the unsubscribe. */
  watchLibrary(onChange: () => void): () => void;
}

export interface ListedPosts {
  site: Site;
  posts: { url: string; title: string }[];
}

export const browserSweepServices: SweepServices = {
  async projects() {
    const active = await getActiveProject();
    const { valid } = await listProjects();
    return { projects: valid, activeId: active.id };
  },
  view: (projectId) => loadSweepView(projectId),
  async add(projectId, entries) {
    const { added, duplicates } = await addSweepItems(projectId, entries);
    return { added: added.length, duplicates };
  },
  markSwept: (id) => markSwept(id),
  remove: (id) => removeSweepItem(id),
  async open(url, tabId) {
    if (tabId !== undefined) await browser.tabs.update(tabId, { url, active: true });
    else await browser.tabs.create({ url });
  },
  canonical: canonicalPostUrl,
  packStatus: () => sendToBackground('bg.pack.status', {}),
  listedPosts: (tabId) => sendToTab(tabId, 'cs.listedPosts', {}),
  watchLibrary,
};
