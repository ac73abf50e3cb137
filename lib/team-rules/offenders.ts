import { authorKey, authorOf, ruleSetsByProfile } from '../../classifier/team-rules';
import type { Label, Site, TeamRuleSpec } from '../domain';

/*
 * Repeat offenders: the authors whose stored comments keep coming out hater, on one site and for one expert
 * profile, that no author rule names yet. Meta's filters and the inbox tools flag them ("repeat offender"); here
 * staff see who they are and mark the profile in one click instead of hiding the same troll post after post.
 */

export interface OffenderComment {
  key: string;
  site: Site;
  postUrl: string;
  text: string;
  authorName: string;
  authorHandle?: string;
  label: Label;
  labelSource: string;
  projectId?: string;
  lastSeenAt: number;
}

export interface RepeatOffender<C extends OffenderComment = OffenderComment> {
  site: Site;
  projectId?: string;
  /** As an author rule names it: @handle, else the name shown. */
  author: string;
  haters: number;
  /** The author's comments read, hater or not: "4 of 5" says more than "4". */
  comments: number;
  /** Posts the hater comments are under: one heated thread is not a pattern across the launch. */
  posts: number;
  /** The latest hater comments, for staff to judge before marking. */
  examples: C[];
}

/** Hater comments an author needs before being suggested; as many more bring back one staff set aside. */
export const OFFENDER_MIN_HATERS = 3;
/** Share of the author's comments that must be hater: a regular who swore three times in fifty is not a troll. */
export const OFFENDER_MIN_SHARE = 0.6;

/** Who an offender is, for setting one aside: the site, the profile and the author as an author rule would match them. */
export function offenderId(o: { site: Site; projectId?: string; author: string }): string {
  return idOf(o.site, o.projectId, authorKey(o.author));
}

function idOf(site: Site, projectId: string | undefined, who: string): string {
  return `${site}\u0000${projectId ?? ''}\u0000${who}`;
}

/** An offender staff set aside, with the hater comments counted then. */
export interface DismissedOffender {
  id: string;
  haters: number;
}

/**
 * `rules`: the stored rules, with the profile each belongs to. `dismissed`: offenders staff set aside; one is
 * suggested again once it has OFFENDER_MIN_HATERS more hater comments than when it was set aside. Comments a rule
 * labelled do not count either way: a term rule's "hater" says what the words are, not who the author is.
 */
export function repeatOffenders<C extends OffenderComment>(
  comments: readonly C[],
  rules: readonly (TeamRuleSpec & { projectId?: string })[],
  options: { max?: number; examples?: number; dismissed?: readonly DismissedOffender[] } = {},
): RepeatOffender<C>[] {
  const setAside = new Map((options.dismissed ?? []).map((d) => [d.id, d.haters]));
  const groups = new Map<string, { id: string; site: Site; projectId?: string; author: string; names: { authorName: string; authorHandle?: string }; comments: number; hater: C[]; posts: Set<string> }>();
  for (const c of comments) {
    if (c.labelSource === 'rule') continue;
    const author = authorOf(c);
    const who = authorKey(author);
    if (!who) continue;
    const id = idOf(c.site, c.projectId, who);
    let group = groups.get(id);
    if (!group) {
      group = { id, site: c.site, projectId: c.projectId, author, names: { authorName: c.authorName, authorHandle: c.authorHandle }, comments: 0, hater: [], posts: new Set() };
      groups.set(id, group);
    }
    group.comments++;
    if (c.label === 'hater') {
      group.hater.push(c);
      group.posts.add(c.postUrl);
    }
  }
  // Author rules only: an author with a rule of any label has been decided on already (a fan marked praise stays).
  const authorRules = ruleSetsByProfile(rules, (r) => r.kind === 'author');
  const found: RepeatOffender<C>[] = [];
  for (const g of groups.values()) {
    if (g.hater.length < OFFENDER_MIN_HATERS || g.hater.length < OFFENDER_MIN_SHARE * g.comments) continue;
    if (authorRules(g.projectId).match('', { site: g.site, ...g.names })) continue;
    const before = setAside.get(g.id);
    if (before !== undefined && g.hater.length < before + OFFENDER_MIN_HATERS) continue;
    const latest = [...g.hater].sort((a, b) => b.lastSeenAt - a.lastSeenAt);
    found.push({ site: g.site, projectId: g.projectId, author: g.author, haters: g.hater.length, comments: g.comments, posts: g.posts.size, examples: latest.slice(0, options.examples ?? 2) });
  }
  found.sort((a, b) => b.haters - a.haters || b.posts - a.posts || a.author.localeCompare(b.author));
  return found.slice(0, options.max ?? 10);
}
