import { LABELS, MAX_TEAM_RULES, type Site, type TeamRuleSpec } from '../lib/domain';
import { normaliseTokens } from './normalise';

/*
 * The team's own rules: a word or phrase, or an author, that always gets a label ("golpista" → hater, the
 * expert's product "Método Turbo" → neutral, the troll @fulano → hater). Every moderation tool agencies know has
 * them (keyword filters, blocked words, repeat offenders), and they say in advance what a correction could only
 * teach one comment at a time. Pure: the content script compiles the profile's rules once and asks per comment.
 */

export type { TeamRuleSpec };

export interface CommentAuthor {
  site?: Site;
  authorName?: string;
  authorHandle?: string;
}

export interface RuleHit {
  rule: TeamRuleSpec;
  /** For the badge: `regra da equipe: "golp*"` or `perfil marcado pela equipe: @fulano`. */
  evidence: string;
}

export interface TeamRuleSet {
  readonly size: number;
  /** The rule that decides this comment, or null. An author rule wins over a term; the longest term wins among terms. */
  match(text: string, author?: CommentAuthor): RuleHit | null;
}

/** A word's prefix before `*` needs this many letters: "a*" would match half of every comment. */
export const MIN_WILDCARD_PREFIX = 3;
/** Rules read this much of a comment: more than the model's 3,000 characters (a rule is cheap and explicit), bounded for pasted books. */
export const RULE_TEXT_LIMIT = 20_000;

interface TermStep {
  token: string;
  /** The comment's token only has to start with `token`. */
  prefix: boolean;
}

interface CompiledTerm {
  spec: TeamRuleSpec;
  steps: TermStep[];
  /** Longer, more exact phrases are more specific: they win over shorter ones. */
  weight: number;
}

/** Why a term cannot be a rule (in Portuguese first, as the options page shows it), or null when it can. */
export function termProblem(pattern: string): { pt: string; en: string } | null {
  const steps = termSteps(pattern);
  if (steps === null) return { pt: 'use * só no fim de uma palavra, depois de 3 letras ou mais ("golp*")', en: 'use * only at the end of a word, after 3 letters or more ("golp*")' };
  // "?" or "!" alone would be a rule for every question or exclamation.
  if (steps.every((s) => s.token === '?' || s.token === '!')) return { pt: 'escreva uma palavra, frase ou emoji', en: 'write a word, phrase or emoji' };
  if (steps.length > 12) return { pt: 'no máximo 12 palavras', en: 'at most 12 words' };
  return null;
}

/** A term as it matches: two patterns with the same key are the same rule ("Golpista" and "golpista"). */
export function termKey(pattern: string): string {
  const steps = termSteps(pattern);
  return steps ? steps.map((s) => (s.prefix ? `${s.token}*` : s.token)).join(' ') : pattern.trim().toLowerCase();
}

/** An author as the sites show them, to compare: no "@", case, accents or spacing. */
/** The author a rule names for a comment: its @handle where the site shows one, else its display name ('' if none). */
export function authorOf(comment: { authorName: string; authorHandle?: string }): string {
  const handle = comment.authorHandle?.trim().replace(/^@+/, '');
  if (handle) return `@${handle}`;
  return comment.authorName.trim();
}

/**
 * The compiled rules each expert profile's comments follow (the profile's own and those of every profile), compiled
 * once per profile asked for. `keep` narrows the rules first (only author rules, say).
 */
export function ruleSetsByProfile(
  rules: readonly (TeamRuleSpec & { projectId?: string })[],
  keep: (rule: TeamRuleSpec) => boolean = () => true,
): (projectId: string | undefined) => TeamRuleSet {
  const sets = new Map<string | undefined, TeamRuleSet>();
  return (projectId) => {
    let set = sets.get(projectId);
    if (!set) {
      set = compileTeamRules(rules.filter((r) => keep(r) && (r.projectId === undefined || r.projectId === projectId)));
      sets.set(projectId, set);
    }
    return set;
  };
}

/** Whether a comment is by `author` as an author rule for it sees it (handle or name, any case or accents): it is one. */
export function isByAuthor(author: string): (comment: { authorName: string; authorHandle?: string }) => boolean {
  const rule = compileTeamRules([{ id: 'by-author', kind: 'author', pattern: author, label: 'hater' }]);
  return (comment) => rule.match('', comment) !== null;
}

export function authorKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .trim()
    .replace(/^@+/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * A term's words read the way comments are read (normalise.ts: "vc" is "você", "GOLPEEE" is "golpe", "L1X0" is
 * "lixo"), so a rule written once matches every spelling the model already folds. null: a misplaced `*`.
 */
function termSteps(pattern: string): TermStep[] | null {
  const steps: TermStep[] = [];
  for (const word of pattern.trim().split(/\s+/).filter(Boolean)) {
    const star = word.indexOf('*');
    if (star !== -1 && star !== word.length - 1) return null;
    const tokens = normaliseTokens(star === -1 ? word : word.slice(0, -1));
    if (star !== -1) {
      const last = tokens[tokens.length - 1];
      if (!last || !/^\p{L}/u.test(last) || [...last].length < MIN_WILDCARD_PREFIX) return null;
    }
    tokens.forEach((token, i) => steps.push({ token, prefix: star !== -1 && i === tokens.length - 1 }));
  }
  return steps;
}

const PRIORITY = new Map<string, number>(LABELS.map((l, i) => [l, i]));

function better(a: CompiledTerm, b: CompiledTerm | null): boolean {
  if (!b) return true;
  if (a.weight !== b.weight) return a.weight > b.weight;
  // Same specificity, different labels: the annotation guide's order (hater first) decides, not the list's.
  return (PRIORITY.get(a.spec.label) ?? 99) < (PRIORITY.get(b.spec.label) ?? 99);
}

export function compileTeamRules(rules: readonly TeamRuleSpec[]): TeamRuleSet {
  const authors = new Map<string, TeamRuleSpec[]>();
  /** Terms by their first word, exact; terms whose first word is a prefix, by its first three letters. */
  const exact = new Map<string, CompiledTerm[]>();
  const prefixed = new Map<string, CompiledTerm[]>();
  let size = 0;
  for (const spec of rules.slice(0, MAX_TEAM_RULES)) {
    if (spec.kind === 'author') {
      const key = authorKey(spec.pattern);
      if (!key) continue;
      authors.set(key, [...(authors.get(key) ?? []), spec]);
      size++;
      continue;
    }
    const steps = termSteps(spec.pattern);
    if (!steps || termProblem(spec.pattern)) continue;
    const term: CompiledTerm = { spec, steps, weight: steps.reduce((w, s) => w + (s.prefix ? 1 : 2), 0) };
    const first = steps[0] as TermStep;
    const index = first.prefix ? prefixed : exact;
    const key = first.prefix ? [...first.token].slice(0, MIN_WILDCARD_PREFIX).join('') : first.token;
    index.set(key, [...(index.get(key) ?? []), term]);
    size++;
  }

  const onSite = (spec: TeamRuleSpec, site: Site | undefined) => !spec.site || !site || spec.site === site;

  function authorHit(author: CommentAuthor): RuleHit | null {
    for (const value of [author.authorHandle, author.authorName]) {
      if (!value) continue;
      const spec = authors.get(authorKey(value))?.find((s) => onSite(s, author.site));
      if (spec) return { rule: spec, evidence: `perfil marcado pela equipe: ${spec.pattern.trim().slice(0, 80)}` };
    }
    return null;
  }

  function termAt(tokens: string[], at: number, term: CompiledTerm): boolean {
    if (at + term.steps.length > tokens.length) return false;
    return term.steps.every((step, i) => {
      const token = tokens[at + i] as string;
      return step.prefix ? token.startsWith(step.token) : token === step.token;
    });
  }

  return {
    size,
    match(text, author) {
      if (size === 0) return null;
      if (author && authors.size > 0) {
        const hit = authorHit(author);
        if (hit) return hit;
      }
      if (exact.size === 0 && prefixed.size === 0) return null;
      const tokens = normaliseTokens(typeof text === 'string' ? text.slice(0, RULE_TEXT_LIMIT) : '');
      let best: CompiledTerm | null = null;
      for (let at = 0; at < tokens.length; at++) {
        const token = tokens[at] as string;
        const candidates = [...(exact.get(token) ?? []), ...(prefixed.get([...token].slice(0, MIN_WILDCARD_PREFIX).join('')) ?? [])];
        for (const term of candidates) {
          if (onSite(term.spec, author?.site) && better(term, best) && termAt(tokens, at, term)) best = term;
        }
      }
      return best ? { rule: best.spec, evidence: `regra da equipe: "${best.spec.pattern.trim().slice(0, 80)}"` } : null;
    },
  };
}
