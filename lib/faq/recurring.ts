import { normaliseTokens } from '../../classifier/normalise';
import { LABEL_NAMES, LABELS, type Label } from '../domain';
import { csvDocument, type CsvOptions } from '../metrics/csv';
import { tr } from '../i18n';

/*
 * Recurring questions and objections: the doubts, purchase-intent questions and complaints that many people ask
 * in their own words ("tem parcelamento?", "dá pra parcelar em 12x?", "parcela no cartão?"), grouped so that
 * copywriters turn them into an FAQ or an objection list for the next launch, and the expert sees what to answer
 * in the next live. Pure and offline: words are normalised like the classifier's (accents, "vc", "12x"), cut to
 * a short stem, and weighed by how rare they are among the questions, so "curso" or "aula" (in every question)
 * do not make two different questions one.
 */

/** The classes whose repeats are worth collecting: what people ask, and what holds them back. */
export const QUESTION_LABELS = ['doubt', 'purchase_intent', 'complaint'] as const satisfies readonly Label[];

export interface QuestionComment {
  key: string;
  text: string;
  label: Label;
  authorName: string;
  postUrl: string;
  permalink?: string;
  firstSeenAt: number;
}

export interface RecurringTopic<T extends QuestionComment = QuestionComment> {
  /** The words the group shares, most telling first, as people wrote them ("parcelamento", "cartão"). */
  keywords: string[];
  /** The class most of its comments have. */
  label: Label;
  /** How many comments ask it, by how many people, under how many posts. */
  count: number;
  people: number;
  posts: number;
  lastSeenAt: number;
  /** Up to three comments that say it most plainly (closest to the group's words, short first). */
  examples: T[];
  /** Every comment in the group, newest first. */
  comments: T[];
}

/**
 * Function words and greetings of pt-BR comments (accent-folded, as normaliseTokens gives them), and the names of
 * the product itself, which every question under a launch mentions.
 */
const STOPWORDS = new Set(
  (
    'a o as os um uma uns umas de do da dos das em no na nos nas num numa por para pelo pela pelos pelas com sem sob sobre ' +
    'e ou mas que se como quando onde qual quais quem quanto quanta quantos quantas cade eu voce voces ele ela eles elas me mim ' +
    'te lhe lhes meu minha meus minhas seu sua seus suas nosso nossa nossos nossas dele dela deles delas esse essa esses essas ' +
    'este esta estes estas isso isto aquele aquela aquilo ai ja ainda tambem so muito muita muitos muitas mais menos bem mal ' +
    'aqui ali la entao porque pois ate depois antes agora hoje amanha sim nao tem ter tenho temos tinha tem ha sao ser sera ' +
    'foi era estou estao estava vai vou vao ir fazer faz faco fiz dar dou pode posso podem podemos consegue quero queria ' +
    'gostaria saber sabe sei alguem algum alguma ola oi bom boa dia tarde noite gente pessoal favor obrigado obrigada ' +
    'duvida pergunta tipo coisa ne tudo todo toda todos todas nada outro outra vez ver vi cara mano moca moco senhor senhora ' +
    'tempo comprei consigo consegui conseguir conseguindo recebi pedir curso cursos produto treinamento programa the and'
  ).split(' '),
);

/** Words that name one topic though they share no stem: what it costs, getting in, getting the money back. */
const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['valor', 'preco'], ['valores', 'preco'], ['custa', 'preco'], ['custo', 'preco'], ['custam', 'preco'], ['preco', 'preco'],
  ['precos', 'preco'], ['_preco_', 'preco'], ['_parcelas_', 'parce'], ['vezes', 'parce'],
  ['login', 'acess'], ['senha', 'acess'], ['entrar', 'acess'],
  ['devolucao', 'reemb'], ['estorno', 'reemb'], ['dinheiro', 'reemb'], ['cancelar', 'reemb'], ['cancelamento', 'reemb'],
]);
/** How a topic that several words name is shown. */
const TOPIC_NAMES: ReadonlyMap<string, { pt: string; en: string }> = new Map([
  ['preco', { pt: 'preço', en: 'price' }],
  ['parce', { pt: 'parcelamento', en: 'instalments' }],
  ['acess', { pt: 'acesso', en: 'access' }],
  ['reemb', { pt: 'reembolso', en: 'refund' }],
]);

/**
 * Portuguese words of one family share their first letters (parcela, parcelar, parcelamento; acesso, acessar,
 * acessei): a stem of five, for words longer than that.
 */
const STEM_LENGTH = 5;
/**
 * A comment joins a group when the words they share weigh this much against both sides' words (a cosine of
 * weighted word sets): "tem certificado?" does not join the price questions on "curso" alone.
 */
const JOIN_AT = 0.5;
/** A group's words: those more than this share of its comments use, up to CORE_MAX. */
const CORE_SHARE = 0.5;
const CORE_MAX = 6;
/** Passes that move comments to the group they fit best once the groups have formed (see cluster). */
const REASSIGN_PASSES = 3;
/** Words are read from the start of a comment only: a question is asked in its first lines. */
const READ_CHARS = 600;

function stemOf(token: string): string | undefined {
  const synonym = SYNONYMS.get(token);
  if (synonym) return synonym;
  if (token.length < 3 || STOPWORDS.has(token) || !/^[a-z]+$/.test(token)) return undefined;
  return token.length > STEM_LENGTH ? token.slice(0, STEM_LENGTH) : token.replace(/s$/, '');
}

/** The word forms people wrote, folded as normaliseTokens folds them, to show a stem the way it is spelled. */
function surfaceForms(text: string, forms: Map<string, Map<string, number>>): void {
  for (const word of text.slice(0, READ_CHARS).toLowerCase().match(/\p{L}+/gu) ?? []) {
    const folded = word.normalize('NFKD').replace(/\p{M}+/gu, '');
    const stem = stemOf(folded);
    if (!stem) continue;
    let counts = forms.get(stem);
    if (!counts) forms.set(stem, (counts = new Map()));
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
}

interface Group<T> {
  members: { item: T; stems: string[] }[];
  stemCounts: Map<string, number>;
  core: string[];
}

function weight(stems: Iterable<string>, idf: Map<string, number>): number {
  let w = 0;
  for (const s of stems) w += idf.get(s) ?? 0;
  return w;
}

/** Cosine of a comment's stems and a group's core, each stem weighing its rarity. */
function similarity(stems: readonly string[], core: readonly string[], idf: Map<string, number>): number {
  const coreSet = new Set(core);
  let shared = 0;
  for (const s of stems) if (coreSet.has(s)) shared += idf.get(s) ?? 0;
  if (shared === 0) return 0;
  return shared / Math.sqrt(weight(stems, idf) * weight(core, idf));
}

function coreOf<T>(group: Group<T>, idf: Map<string, number>): string[] {
  const size = group.members.length;
  return [...group.stemCounts]
    .filter(([, n]) => n > CORE_SHARE * size || size === 1)
    .sort((a, b) => b[1] * (idf.get(b[0]) ?? 0) - a[1] * (idf.get(a[0]) ?? 0) || (a[0] < b[0] ? -1 : 1))
    .slice(0, CORE_MAX)
    .map(([s]) => s);
}

type Entry<T> = { item: T; stems: string[] };

/**
 * Leader clustering (each comment joins the group whose words it shares most, or starts one), then a few passes
 * that move each comment to the group it now fits best: a group's words settle only once it has grown, and a
 * comment placed early on a word the group later dropped would otherwise stay there.
 */
function cluster<T>(ordered: readonly Entry<T>[], idf: Map<string, number>): Group<T>[] {
  let groups: Group<T>[] = [];
  const byStem = new Map<string, Set<Group<T>>>();
  const place = (entry: Entry<T>, group: Group<T>) => {
    group.members.push(entry);
    for (const s of entry.stems) group.stemCounts.set(s, (group.stemCounts.get(s) ?? 0) + 1);
  };
  const index = (group: Group<T>, core: string[]) => {
    for (const s of group.core) byStem.get(s)?.delete(group);
    group.core = core;
    for (const s of core) {
      let set = byStem.get(s);
      if (!set) byStem.set(s, (set = new Set()));
      set.add(group);
    }
  };
  /** The group other than `except` whose words fit the comment best, and how well. */
  const bestFor = (entry: Entry<T>, except?: Group<T>): [Group<T> | undefined, number] => {
    let best: Group<T> | undefined;
    let bestScore = 0;
    const candidates = new Set<Group<T>>();
    for (const s of entry.stems) for (const g of byStem.get(s) ?? []) if (g !== except) candidates.add(g);
    for (const g of candidates) {
      const score = similarity(entry.stems, g.core, idf);
      if (score > bestScore) [best, bestScore] = [g, score];
    }
    return [best, bestScore];
  };

  for (const entry of ordered) {
    const [best, score] = bestFor(entry);
    const group: Group<T> = best && score >= JOIN_AT ? best : { members: [], stemCounts: new Map(), core: [] };
    if (group !== best) groups.push(group);
    place(entry, group);
    index(group, coreOf(group, idf));
  }

  for (let pass = 0; pass < REASSIGN_PASSES; pass++) {
    const moves: [Entry<T>, Group<T>][] = [];
    for (const group of groups) {
      for (const entry of group.members) {
        // Alone, a comment fits its own words perfectly: it moves to any group it would have joined.
        const own = group.members.length === 1 ? 0 : similarity(entry.stems, group.core, idf);
        const [best, score] = bestFor(entry, group);
        if (best && score >= JOIN_AT && score > own) moves.push([entry, best]);
      }
    }
    // Two lone comments moving into each other's place would only swap: they stay, as the first pass left them.
    const leaving = new Set(moves.map(([entry]) => entry));
    const target = new Map(moves.filter(([, to]) => !(to.members.length === 1 && leaving.has(to.members[0]!))));
    if (!target.size) break;
    // Every group is rebuilt from its members after the moves, its words and their index with it.
    const rebuilt = new Map(groups.map((g) => [g, { members: [], stemCounts: new Map(), core: [] } as Group<T>]));
    for (const group of groups) for (const entry of group.members) place(entry, rebuilt.get(target.get(entry) ?? group)!);
    byStem.clear();
    const next = [...rebuilt.values()].filter((g) => g.members.length > 0);
    for (const group of next) index(group, coreOf(group, idf));
    groups = next;
  }
  return groups;
}

/**
 * Groups question-like comments that ask the same thing, most asked first. A group needs `minCount` comments
 * (default 2) from more than one person, so one person asking three times is not a trend; an identical comment
 * from the same person (pasted twice, or seen on two pages) counts once. Questions (doubts, purchase intent) and
 * complaints are grouped apart: "quanto tempo de acesso?" is an FAQ entry, "não consigo acessar" an objection.
 */
export function recurringTopics<T extends QuestionComment>(comments: readonly T[], options: { minCount?: number; limit?: number } = {}): RecurringTopic<T>[] {
  const questions: T[] = [];
  const complaints: T[] = [];
  for (const c of comments) {
    if (c.label === 'complaint') complaints.push(c);
    else if (c.label === 'doubt' || c.label === 'purchase_intent') questions.push(c);
  }
  const topics = [...groupFamily(questions, options.minCount ?? 2), ...groupFamily(complaints, options.minCount ?? 2)];
  topics.sort((a, b) => b.count - a.count || b.people - a.people || b.lastSeenAt - a.lastSeenAt);
  return options.limit === undefined ? topics : topics.slice(0, options.limit);
}

function groupFamily<T extends QuestionComment>(comments: readonly T[], minCount: number): RecurringTopic<T>[] {
  const seen = new Set<string>();
  const items: { item: T; stems: string[] }[] = [];
  const forms = new Map<string, Map<string, number>>();
  for (const item of [...comments].sort((a, b) => a.firstSeenAt - b.firstSeenAt || (a.key < b.key ? -1 : 1))) {
    const tokens = normaliseTokens(item.text.slice(0, READ_CHARS));
    const dedupe = `${item.authorName}\u0000${tokens.join(' ')}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    const stems = [...new Set(tokens.map(stemOf).filter((s): s is string => s !== undefined))];
    if (!stems.length) continue;
    items.push({ item, stems });
    surfaceForms(item.text, forms);
  }

  const df = new Map<string, number>();
  for (const { stems } of items) for (const s of stems) df.set(s, (df.get(s) ?? 0) + 1);
  // A word only one comment uses cannot be shared: it weighs nothing, so it does not keep that comment out of a group.
  const idf = new Map<string, number>();
  for (const [s, n] of df) idf.set(s, n < 2 ? 0 : Math.log((items.length + 1) / n));

  // Most typical first (the most weight shared with the others), so that the groups grow around the common
  // wordings and come out the same whatever order the comments were seen in; ties go by the words themselves.
  const ranked = items.map((e) => ({
    e,
    typical: e.stems.reduce((sum, s) => sum + (idf.get(s) ?? 0) * ((df.get(s) ?? 1) - 1), 0),
    words: e.stems.join(' '),
  }));
  const ordered = ranked
    .sort((a, b) => b.typical - a.typical || (a.words < b.words ? -1 : a.words > b.words ? 1 : a.e.item.key < b.e.item.key ? -1 : 1))
    .map((r) => r.e);

  const groups = cluster(ordered, idf);

  const shown = (stem: string): string => {
    const topic = TOPIC_NAMES.get(stem);
    if (topic) return tr(topic.pt, topic.en);
    const counts = forms.get(stem);
    if (!counts) return stem;
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  };

  const topics: RecurringTopic<T>[] = [];
  for (const g of groups) {
    const people = new Set(g.members.map((m) => m.item.authorName.trim().toLowerCase()));
    if (g.members.length < minCount || people.size < 2) continue;
    const labels = new Map<Label, number>();
    for (const m of g.members) labels.set(m.item.label, (labels.get(m.item.label) ?? 0) + 1);
    const label = LABELS.filter((l) => labels.has(l)).sort((a, b) => labels.get(b)! - labels.get(a)!)[0]!;
    const examples = [...g.members]
      .sort(
        (a, b) =>
          similarity(b.stems, g.core, idf) - similarity(a.stems, g.core, idf) ||
          a.item.text.length - b.item.text.length ||
          (a.item.key < b.item.key ? -1 : 1),
      )
      .slice(0, 3)
      .map((m) => m.item);
    const comments = g.members.map((m) => m.item).sort((a, b) => b.firstSeenAt - a.firstSeenAt);
    topics.push({
      keywords: g.core.slice(0, 3).map(shown),
      label,
      count: g.members.length,
      people: people.size,
      posts: new Set(comments.map((c) => c.postUrl)).size,
      lastSeenAt: comments[0]!.firstSeenAt,
      examples,
      comments,
    });
  }
  return topics;
}

/**
 * The topics as a spreadsheet for copywriters (an FAQ or objection list to write from): one row per topic with its
 * words, class, counts and up to three examples with their links.
 */
export function topicsToCsv(topics: readonly RecurringTopic[], options: CsvOptions): string {
  const pt = options.locale === 'pt-BR';
  const header = pt
    ? ['tema', 'tipo', 'vezes', 'pessoas', 'posts', 'visto por último', 'exemplo 1', 'link 1', 'exemplo 2', 'link 2', 'exemplo 3', 'link 3']
    : ['topic', 'kind', 'times', 'people', 'posts', 'last seen', 'example 1', 'link 1', 'example 2', 'link 2', 'example 3', 'link 3'];
  const rows = topics.map((t) => [
    t.keywords.join(' · '),
    LABEL_NAMES[t.label][pt ? 'pt' : 'en'],
    t.count,
    t.people,
    t.posts,
    new Date(t.lastSeenAt).toISOString().slice(0, 10),
    ...[0, 1, 2].flatMap((i) => {
      const c = t.examples[i];
      return c ? [c.text.slice(0, 1_000), c.permalink ?? c.postUrl] : ['', ''];
    }),
  ]);
  return csvDocument([header, ...rows], options);
}
