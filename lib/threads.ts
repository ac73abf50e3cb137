import type { Label } from './domain';

/** What thread logic needs of a comment: who it answers and what it was labelled. */
export interface ThreadNode {
  commentId: string;
  parentId?: string;
  label: Label;
}

/**
 * Blogs nest replies to replies (WordPress threads up to 10 levels by default); the social sites have one level.
 * A chain deeper than this is damaged data, not a thread.
 */
export const THREAD_MAX_DEPTH = 16;

/**
 * The hater whose thread a comment is in: its parent, or on a blog's nested thread the nearest ancestor, when that
 * is a hater. Replies under a hater mostly quote or answer what the hater said ("@fulano golpe é você"), so the
 * practice of sparing staff and the expert from the hater's words reaches them too, and answering there gives the
 * hater an audience. `find` looks a comment up by id in the same thread (same site, same post); an ancestor it
 * does not know (not loaded, not on this page) ends the walk.
 */
export function haterAbove<T extends ThreadNode>(comment: Pick<ThreadNode, 'commentId' | 'parentId'>, find: (commentId: string) => T | undefined): T | undefined {
  const seen = new Set([comment.commentId]);
  let id = comment.parentId;
  for (let depth = 0; id !== undefined && depth < THREAD_MAX_DEPTH && !seen.has(id); depth++) {
    seen.add(id);
    const parent = find(id);
    if (!parent) return undefined;
    if (parent.label === 'hater') return parent;
    id = parent.parentId;
  }
  return undefined;
}

/** `haterAbove` over one page's comments (ids unique within it): each comment in a hater's thread, mapped to that hater. */
export function haterThreads<T extends ThreadNode>(comments: readonly T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const c of comments) byId.set(c.commentId, c);
  const found = new Map<string, T>();
  for (const c of comments) {
    const hater = c.parentId === undefined ? undefined : haterAbove(c, (id) => byId.get(id));
    if (hater) found.set(c.commentId, hater);
  }
  return found;
}

/**
 * The ids below `rootId`, nearest first: its replies, theirs in turn (blogs nest), each once even in damaged data
 * that loops. `repliesOf` gives the direct replies of an id.
 */
export function idsBelow(rootId: string, repliesOf: (id: string) => Iterable<string> | undefined): string[] {
  const below: string[] = [];
  const seen = new Set([rootId]);
  const visit = (id: string) => {
    for (const reply of repliesOf(id) ?? []) {
      if (seen.has(reply)) continue;
      seen.add(reply);
      below.push(reply);
    }
  };
  visit(rootId);
  for (let i = 0; i < below.length; i++) visit(below[i]!);
  return below;
}

/** Every comment below `rootId` in one page's comments: its replies and, on blogs' nested threads, theirs. */
export function repliesBelow<T extends Pick<ThreadNode, 'commentId' | 'parentId'>>(comments: readonly T[], rootId: string): T[] {
  const byId = new Map<string, T>();
  const children = new Map<string, string[]>();
  for (const c of comments) {
    byId.set(c.commentId, c);
    if (c.parentId === undefined) continue;
    const list = children.get(c.parentId);
    if (list) list.push(c.commentId);
    else children.set(c.parentId, [c.commentId]);
  }
  return idsBelow(rootId, (id) => children.get(id)).map((id) => byId.get(id)!);
}
