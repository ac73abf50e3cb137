import { compileTeamRules } from '../../classifier/team-rules';
import type { Label, Site, TeamRuleKind } from '../domain';

/*
 * What a rule would catch, before staff add it: "golp*" also catches "golpe de mestre", and a name shared by two
 * people marks both. Read on the comments Ronda stored lately, so staff see real examples from their own posts.
 */

export interface PreviewComment {
  key: string;
  site: Site;
  text: string;
  authorName: string;
  authorHandle?: string;
  label: Label;
  /** A staff label, or a remembered correction of this comment: rules do not change it (stored-rule-labels.ts). */
  keptFromRules: boolean;
  projectId?: string;
}

export interface RulePreview<C extends PreviewComment = PreviewComment> {
  /** How many of the comments read the rule matches. */
  matched: number;
  /** Of those, how many it would give another label (staff labels and remembered corrections are left out: they stay). */
  changes: number;
  /** A few of those it would change first, then of the rest. */
  examples: C[];
}

export function previewRule<C extends PreviewComment>(
  draft: { kind: TeamRuleKind; pattern: string; label: Label; site?: Site; projectId?: string },
  comments: readonly C[],
  maxExamples = 3,
): RulePreview<C> {
  const rules = compileTeamRules([{ id: 'preview', kind: draft.kind, pattern: draft.pattern, label: draft.label, site: draft.site }]);
  let matched = 0;
  const changing: C[] = [];
  const same: C[] = [];
  for (const c of comments) {
    if (draft.projectId !== undefined && c.projectId !== draft.projectId) continue;
    if (!rules.match(c.text, { site: c.site, authorName: c.authorName, authorHandle: c.authorHandle })) continue;
    matched++;
    if (c.keptFromRules) continue;
    if (c.label !== draft.label) changing.push(c);
    else if (same.length < maxExamples) same.push(c);
  }
  return { matched, changes: changing.length, examples: [...changing, ...same].slice(0, maxExamples) };
}
