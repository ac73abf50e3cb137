import type { Site } from '../lib/domain';
import type { LiveComment, PageInfo } from '../messaging/protocol';
import type { SiteAdapter } from '../sites/types';

/**
 * What a content-script feature (reply insertion, move to DM, print capture…) may use of the page runtime.
 * Features export handler factories that take this and are wired in content/runtime.ts.
 */
export interface PageRuntime {
  site: Site;
  adapter: SiteAdapter;
  /** The page as Ronda files it, or null on pages without comments (feed, inbox…). */
  pageInfo(): PageInfo | null;
  /** The element showing a comment now, if it is in the DOM (virtualised lists drop and re-add nodes). */
  elementFor(commentId: string): Element | undefined;
  comment(commentId: string): LiveComment | undefined;
  /** The comment an element belongs to (e.g. the target of a click or the focused element), if any. */
  commentIdOf(node: Node): string | undefined;
  comments(): LiveComment[];
  /** Scrolls to a comment and flashes a highlight; false when it is no longer on the page. */
  focus(commentId: string): boolean;
  /** Updates the comment's badge after a change made elsewhere (status, label). */
  update(commentId: string, change: Partial<Pick<LiveComment, 'label' | 'labelSource' | 'status'>>): void;
}
