import { describe, expect, it } from 'vitest';
import type { Label } from '../../../lib/domain';
import { offenderId, repeatOffenders, type OffenderComment } from '../../../lib/team-rules/offenders';

let n = 0;
const c = (authorHandle: string | undefined, label: Label, over: Partial<OffenderComment> = {}): OffenderComment => {
  n++;
  return {
    key: `instagram:${n}`,
    site: 'instagram',
    postUrl: `https://www.instagram.com/p/P${n % 3}/`,
    text: `comentário ${n}`,
    authorName: authorHandle ? `Nome de ${authorHandle}` : '',
    authorHandle,
    label,
    labelSource: 'classifier',
    projectId: 'prj-a',
    lastSeenAt: n,
    ...over,
  };
};

describe('repeat offenders', () => {
  it('suggests an author whose comments keep coming out hater, with counts, posts and the latest examples', () => {
    const troll = [c('troll', 'hater'), c('troll', 'hater'), c('troll', 'hater'), c('Troll', 'hater'), c('troll', 'neutral')];
    const found = repeatOffenders([...troll, c('ana', 'praise'), c('ana', 'praise')], []);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ site: 'instagram', projectId: 'prj-a', author: '@troll', haters: 4, comments: 5, posts: 3 });
    expect(found[0]!.examples.map((e) => e.key)).toEqual([troll[3]!.key, troll[2]!.key]);
  });

  it('leaves out a regular who was hater now and then, and one who was hater only twice', () => {
    const regular = [c('fa', 'hater'), c('fa', 'hater'), c('fa', 'hater'), ...Array.from({ length: 5 }, () => c('fa', 'praise'))];
    const twice = [c('duas', 'hater'), c('duas', 'hater')];
    expect(repeatOffenders([...regular, ...twice], [])).toEqual([]);
  });

  it('does not count what a rule labelled, and skips an author a rule already names (by handle or by name, any label)', () => {
    const byTerm = [c('termo', 'hater', { labelSource: 'rule' }), c('termo', 'hater', { labelSource: 'rule' }), c('termo', 'hater', { labelSource: 'rule' })];
    const named = [c('marcado', 'hater'), c('marcado', 'hater'), c('marcado', 'hater')];
    const fan = [c('fa2', 'hater'), c('fa2', 'hater'), c('fa2', 'hater')];
    const rules = [
      { id: 'r1', kind: 'author' as const, pattern: 'Nome de marcado', label: 'hater' as const, site: 'instagram' as const },
      { id: 'r2', kind: 'author' as const, pattern: '@fa2', label: 'praise' as const, projectId: 'prj-a' },
    ];
    expect(repeatOffenders([...byTerm, ...named, ...fan], rules)).toEqual([]);
    // A rule for another profile or another site does not decide this one.
    const elsewhere = [
      { ...rules[0]!, site: 'youtube' as const },
      { ...rules[1]!, projectId: 'prj-b' },
    ];
    expect(repeatOffenders([...named, ...fan], elsewhere).map((o) => o.author)).toEqual(['@fa2', '@marcado']);
  });

  it('keeps sites and profiles apart, passes over comments without an author, and puts the worst first', () => {
    const a = [c('x', 'hater'), c('x', 'hater'), c('x', 'hater', { site: 'youtube' })];
    const b = [c('x', 'hater', { projectId: 'prj-b' }), c('x', 'hater', { projectId: 'prj-b' }), c('x', 'hater', { projectId: 'prj-b' })];
    const anonymous = [c(undefined, 'hater'), c(undefined, 'hater'), c(undefined, 'hater')];
    const worst = Array.from({ length: 5 }, () => c('pior', 'hater'));
    const found = repeatOffenders([...a, ...b, ...anonymous, ...worst], []);
    expect(found.map((o) => [o.author, o.projectId, o.haters])).toEqual([
      ['@pior', 'prj-a', 5],
      ['@x', 'prj-b', 3],
    ]);
    expect(repeatOffenders(worst, [], { max: 0 })).toEqual([]);
  });

  it('leaves out one staff set aside until it has 3 more hater comments than then', () => {
    const first = [c('chato', 'hater'), c('chato', 'hater'), c('chato', 'hater')];
    const [found] = repeatOffenders(first, []);
    expect(offenderId(found!)).toBe(offenderId({ site: 'instagram', projectId: 'prj-a', author: '@CHATO' }));
    const dismissed = [{ id: offenderId(found!), haters: 3 }];
    expect(repeatOffenders(first, [], { dismissed })).toEqual([]);
    const more = [...first, c('chato', 'hater'), c('chato', 'hater')];
    expect(repeatOffenders(more, [], { dismissed })).toEqual([]);
    expect(repeatOffenders([...more, c('chato', 'hater')], [], { dismissed }).map((o) => o.haters)).toEqual([6]);
    // Set aside on one profile, still suggested on another.
    const other = first.map((x) => ({ ...x, projectId: 'prj-b' }));
    expect(repeatOffenders(other, [], { dismissed })).toHaveLength(1);
  });
});
