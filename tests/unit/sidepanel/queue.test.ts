import { describe, expect, it } from 'vitest';
import { countQueue, filterQueue, keyAction, step } from '../../../components/sidepanel/queue';
import type { LiveComment } from '../../../messaging/protocol';

const c = (id: string, label: LiveComment['label'], status: LiveComment['status'] = 'new') =>
  ({ commentId: id, label, status }) as LiveComment;
const list = [c('1', 'hater'), c('2', 'venting'), c('3', 'neutral', 'replied'), c('4', 'praise', 'replied'), c('5', 'doubt')];

describe('queue', () => {
  it('groups venting and neutral as "other" and counts each filter against the other', () => {
    const counts = countQueue(list, { group: 'all', status: 'replied', withoutPrint: false });
    expect(counts.group).toMatchObject({ all: 2, other: 1, praise: 1, hater: 0 });
    expect(countQueue(list, { group: 'other', status: 'all', withoutPrint: false }).status).toMatchObject({ all: 2, new: 1, replied: 1 });
    expect(filterQueue(list, { group: 'other', status: 'new', withoutPrint: false }).map((x) => x.commentId)).toEqual(['2']);
  });

  it('leaves out the comments already printed when asked, and counts what is left in the group and status', () => {
    const keyed = list.map((x) => ({ ...x, key: `instagram:${x.commentId}` }));
    keyed.push({ ...keyed[3]!, key: 'instagram:6', commentId: '6', status: 'new' });
    const printed = new Set(['instagram:4', 'instagram:1']);
    const filter = { group: 'praise' as const, status: 'all' as const, withoutPrint: true };
    expect(filterQueue(keyed, filter, printed).map((x) => x.commentId)).toEqual(['6']);
    const counts = countQueue(keyed, filter, printed);
    expect(counts.withoutPrint).toBe(1);
    expect(counts.group).toMatchObject({ all: 4, praise: 1, hater: 0, other: 2, doubt: 1 });
    expect(counts.status).toMatchObject({ all: 1, new: 1, replied: 0 });
    // Off, the prints change nothing but the count of what is left.
    const off = countQueue(keyed, { ...filter, withoutPrint: false }, printed);
    expect(off.group.praise).toBe(2);
    expect(off.withoutPrint).toBe(1);
    expect(filterQueue(keyed, { ...filter, withoutPrint: false }, printed)).toHaveLength(2);
  });

  it('steps within bounds', () => {
    expect(step(list, undefined, 1)).toBe('1');
    expect(step(list, undefined, -1)).toBe('5');
    expect(step(list, '5', 1)).toBe('5');
    expect(step(list, '2', -1)).toBe('1');
    expect(step([], undefined, 1)).toBeUndefined();
  });
});

describe('keyboard', () => {
  it('maps the shortcuts', () => {
    expect(keyAction({ key: 'j' })).toEqual({ kind: 'move', delta: 1 });
    expect(keyAction({ key: 'k' })).toEqual({ kind: 'move', delta: -1 });
    expect(keyAction({ key: 'r' })).toEqual({ kind: 'reply' });
    expect(keyAction({ key: 'd' })).toEqual({ kind: 'dm' });
    expect(keyAction({ key: 'p' })).toEqual({ kind: 'print' });
    expect(keyAction({ key: 'x' })).toEqual({ kind: 'moderate' });
    expect(keyAction({ key: '1' })).toEqual({ kind: 'relabel', label: 'hater' });
    expect(keyAction({ key: '5' })).toEqual({ kind: 'relabel', label: 'praise' });
    expect(keyAction({ key: '7' })).toEqual({ kind: 'relabel', label: 'neutral' });
    expect(keyAction({ key: '8' })).toBeUndefined();
  });

  it('ignores keys typed into fields or with modifiers', () => {
    expect(keyAction({ key: 'r', targetTag: 'TEXTAREA' })).toBeUndefined();
    expect(keyAction({ key: 'j', targetTag: 'input' })).toBeUndefined();
    expect(keyAction({ key: 'd', targetEditable: true })).toBeUndefined();
    expect(keyAction({ key: 'r', ctrlKey: true })).toBeUndefined();
    expect(keyAction({ key: 'p', metaKey: true })).toBeUndefined();
  });
});
