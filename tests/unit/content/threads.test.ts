import { describe, expect, it } from 'vitest';
import type { Label } from '../../../lib/domain';
import { haterAbove, haterThreads, repliesBelow, type ThreadNode } from '../../../lib/threads';

const node = (commentId: string, label: Label, parentId?: string): ThreadNode => ({ commentId, label, ...(parentId ? { parentId } : {}) });

describe('haterAbove / haterThreads', () => {
  const page = [
    node('h', 'hater'),
    node('fan', 'praise', 'h'),
    node('again', 'hater', 'h'),
    node('ok', 'doubt'),
    node('answer', 'neutral', 'ok'),
    // A blog's nested thread: a reply to a reply to the hater is still in the hater's thread.
    node('deep', 'doubt', 'fan'),
    node('orphan', 'praise', 'not-loaded'),
  ];

  it('maps every comment under a hater, at any depth, to that hater, and nothing else', () => {
    const threads = haterThreads(page);
    expect([...threads.keys()].sort()).toEqual(['again', 'deep', 'fan']);
    expect(new Set([...threads.values()].map((h) => h.commentId))).toEqual(new Set(['h']));
    expect(threads.has('h')).toBe(false); // a hater is covered for what it is, not for a thread
  });

  it('stops at the nearest hater, at an ancestor it cannot find, and on a cycle in damaged data', () => {
    const byId = new Map(page.map((c) => [c.commentId, c]));
    const find = (id: string) => byId.get(id);
    const nested = [node('top', 'hater'), node('mid', 'hater', 'top'), node('low', 'praise', 'mid')];
    const nestedById = new Map(nested.map((c) => [c.commentId, c]));
    expect(haterAbove(nested[2]!, (id) => nestedById.get(id))?.commentId).toBe('mid');
    expect(haterAbove(node('x', 'praise', 'not-loaded'), find)).toBeUndefined();
    const loop = new Map([
      ['a', node('a', 'praise', 'b')],
      ['b', node('b', 'neutral', 'a')],
    ]);
    expect(haterAbove(loop.get('a')!, (id) => loop.get(id))).toBeUndefined();
    expect(haterAbove(node('self', 'praise', 'self'), () => node('self', 'hater', 'self'))).toBeUndefined();
  });

  it('gives up on a chain deeper than any real thread', () => {
    const chain = [node('c0', 'hater'), ...Array.from({ length: 40 }, (_, i) => node(`c${i + 1}`, 'neutral', `c${i}`))];
    const threads = haterThreads(chain);
    expect(threads.has('c1')).toBe(true);
    expect(threads.has('c16')).toBe(true);
    expect(threads.has('c17')).toBe(false);
  });

  it('lists every reply below a comment, nested ones too, once each even when damaged data loops', () => {
    expect(repliesBelow(page, 'h').map((c) => c.commentId)).toEqual(['fan', 'again', 'deep']);
    expect(repliesBelow(page, 'ok').map((c) => c.commentId)).toEqual(['answer']);
    expect(repliesBelow(page, 'answer')).toEqual([]);
    const loop = [node('a', 'hater', 'b'), node('b', 'neutral', 'a')];
    expect(repliesBelow(loop, 'a').map((c) => c.commentId)).toEqual(['b']);
  });
});
