/*
 * Dense integer ids for normalised tokens ("linda", "_riso_", "?", "❤").
 *
 * normalise.ts caches each raw word as the ids of its tokens, and the classifier (model.ts) keeps each token's
 * facts (hash, summed weights, word-list bits, rules) in typed arrays indexed by id. So a comment's tokens cost
 * array reads on the hot path instead of one string-keyed Map look-up per word and another per token.
 *
 * Bounded: once it holds VOCAB_MAX tokens the vocabulary starts over, but only in beginText(), which is called
 * before a text is tokenised, never in the middle of one: a text's ids stay valid until the next text begins.
 * Whoever keeps data by id compares vocabEpoch() with the epoch that data was built for.
 */

export const VOCAB_MAX = 50_000;

/** "?" and "!" runs are the commonest tokens after words: their ids are fixed (re-interned first after a reset). */
export const QUESTION_ID = 0;
export const EXCLAIM_ID = 1;

const idOf = new Map<string, number>();
const texts: string[] = [];
let epoch = 0;

function reset(): void {
  idOf.clear();
  texts.length = 0;
  tokenId('?');
  tokenId('!');
}
reset();

/** The id of a normalised token, added to the vocabulary if new. */
export function tokenId(t: string): number {
  const known = idOf.get(t);
  if (known !== undefined) return known;
  const id = texts.length;
  texts.push(t);
  idOf.set(t, id);
  return id;
}

/** The token an id stands for (valid for ids handed out since the last reset). */
export function tokenText(id: number): string {
  return texts[id] as string;
}

/** Number of ids handed out since the last reset: every valid id is below it. */
export function vocabSize(): number {
  return texts.length;
}

/** Changes whenever the vocabulary starts over (every id handed out before is then void). */
export function vocabEpoch(): number {
  return epoch;
}

/** Call before tokenising a text: starts the vocabulary over when it is full. */
export function beginText(): void {
  if (texts.length < VOCAB_MAX) return;
  reset();
  epoch++;
}
