/*
 * Training the shipped comment classifier (Node only: `npm run train:classifier` and experiments call it; the
 * extension never does). Data and licences are in classifier/README.md. Seeded: the same data and settings give
 * the same model, byte for byte.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildLexicons, extractFeatures, HASH_BITS, DIM } from '../features';
import { classifyNormalised, encodeSparse, loadRuntime, SAC_LABELS, type ModelJson } from '../model';
import { normalise } from '../normalise';
import { LABELS, type Label } from '../../lib/domain';
import {
  LAUNCH_DEV, LAUNCH_TRAIN, TOLD_LABELS, readBinary, readEmojiSentiment, readLaunchTsv, readToldLabels, type Example, type LabelledTweet,
} from './data';
import { binaryF1, macroF1, perClass } from './metrics';
import { trainBinary, trainSoftmax, type Doc } from './lr';

export const SEED = 20261123;

type SacLabel = (typeof SAC_LABELS)[number];

export interface TrainSettings {
  /**
   * What the offensive head learns from: ToLD-Br's flags on every tweet (v7's head, byte for byte, whatever the SAC
   * head does) or Ronda's hater / not hater where a tweet has a guide label (its "dev" split then reaches no head).
   */
  offensiveHead: 'told-flags' | 'ronda-labels';
  /** Ronda's own comments are on target: each counts as this many tweets in the offensive head. */
  launchWeightOff: number;
  /** ToLD-Br non-toxic tweets as weak "neutral" in the SAC head (0: they teach it nothing launch-like). */
  toldNeutralWeight: number;
  /**
   * Tweets of the label files' "train" splits (Ronda's labels): their weight in the offensive head (with
   * Ronda's hater / not hater instead of ToLD-Br's flag; 'ronda-labels' only) and in the SAC head (their non-hater
   * label). 0 and 0: not used.
   */
  labelledTweetOff: number;
  labelledTweetSac: number;
  /** Weight of ToLD-Br's own flag for the tweets that have no Ronda label. */
  toldFlagWeight: number;
  /**
   * Where the hater threshold is chosen, with Ronda's launch dev split: ToLD-Br dev (its own flag: any swearing is
   * toxic) or the dev split of the tweets with Ronda's labels (`TrainingData.thresholdTweets`: hater as the guide says).
   */
  thresholdOn: 'told-dev' | 'labelled-tweets';
  /**
   * SAC labels whose bias is shifted toward the class mix of real comments, chosen on the same held-out sets as the
   * threshold. The head is trained class-balanced on Ronda's launch comments, where doubts are common; among real
   * comments most questions are not doubts, and that prior alone made a "?" read as doubt. Tuning all six let the
   * objective use venting and complaint as a dumping ground for doubtful praise and doubts, so only named ones move.
   */
  priorLabels: readonly SacLabel[];
  /** Buckets kept per head after training (largest weights first): the size/accuracy trade-off of the asset. */
  keepOff: number;
  keepSac: number;
  /**
   * The SAC weights are stored as int8 in [-sacLevels, sacLevels]. 127 uses the whole byte; 31 (six bits' worth) costs
   * nothing measurable on the tune splits and gzips a fifth smaller, which is what lets a SAC head that has learned
   * from tweets fit the asset budget. The runtime reads both the same way.
   */
  sacLevels: number;
  /**
   * The threshold and priors as chosen when the shipped model was trained, kept instead of choosing them again. Both
   * choices read the comments through the rules, and the rules have grown since; choosing again would be a new model,
   * which goes through the gate (classifier/README.md) like any other.
   */
  pinned?: { offShift: number; priorShift: Partial<Record<SacLabel, number>> };
}

/** What shipped as v7: launch comments ×4, ToLD-Br's flags as they are, Ronda's tweet labels not trained on. */
export const V7_SETTINGS: TrainSettings = {
  offensiveHead: 'told-flags',
  launchWeightOff: 4,
  toldNeutralWeight: 0,
  labelledTweetOff: 0,
  labelledTweetSac: 0,
  toldFlagWeight: 1,
  thresholdOn: 'told-dev',
  priorLabels: [],
  keepOff: 45_000,
  keepSac: 40_000,
  sacLevels: 127,
};

/**
 * The v8 candidate, not shipped: it failed the ship gate on gold-dev and HateBR (classifier/README.md). Ronda's labels
 * of ToLD-Br's tweets replace ToLD-Br's flag in the offensive head (hater as the guide says: swearing aimed at no one
 * is not hater), launch comments weigh 8 tweets there, and the threshold and the doubt prior are chosen on the dev
 * split of told-labels-2.tsv with launch dev. The SAC head still learns from launch comments only: with the tweets at
 * even 0.05 it needs every one of its 40k buckets (329 kB gzipped, over the 300 kB budget), and pruning it back cost
 * more on launch dev than the tweets gave. Chosen on the tune splits only.
 */
export const V8_SETTINGS: TrainSettings = {
  offensiveHead: 'ronda-labels',
  launchWeightOff: 8,
  toldNeutralWeight: 0,
  labelledTweetOff: 1,
  labelledTweetSac: 0,
  toldFlagWeight: 1,
  thresholdOn: 'labelled-tweets',
  priorLabels: ['doubt'],
  keepOff: 45_000,
  keepSac: 40_000,
  sacLevels: 127,
};

/**
 * The v9 candidate, not shipped: v8 with the labelled tweets in the SAC head too (at 0.05 each) and its weights on 31
 * levels, which brings the asset back under budget. Its SAC head lifted gold-dev, but its offensive head (v8's) kept
 * HateBR under the ship gate (classifier/README.md, the 14th look).
 */
export const V9_SETTINGS: TrainSettings = { ...V8_SETTINGS, labelledTweetSac: 0.05, sacLevels: 31 };

/**
 * The shipped model, v10: v7's offensive head, byte for byte (ToLD-Br's flags, launch comments ×4, the threshold
 * chosen on ToLD-Br dev), with v9's SAC head (the labelled tweets at 0.05, 31 levels, a doubt prior chosen on told-labels-2.tsv
 * dev and launch dev). Hater or not is decided by the offensive head alone, so every hater-vs-rest figure is v7's.
 * Designed after v9's look and shipped after its own (classifier/README.md, the 14th and 15th looks).
 */
export const V10_SETTINGS: TrainSettings = {
  ...V7_SETTINGS,
  labelledTweetSac: V9_SETTINGS.labelledTweetSac,
  sacLevels: V9_SETTINGS.sacLevels,
  priorLabels: V9_SETTINGS.priorLabels,
  // What v10's training chose with the rules of its day (ToLD-Br dev with launch dev; told-labels-2.tsv dev with launch dev).
  pinned: { offShift: -0.7, priorShift: { doubt: -0.75 } },
};

/** Whether these settings train on Ronda's labels of ToLD-Br tweets (then `readTrainingData` must be given the files). */
export function usesTweetLabels(s: TrainSettings): boolean {
  return (s.offensiveHead === 'ronda-labels' && s.labelledTweetOff > 0) || s.labelledTweetSac > 0;
}

export interface TrainingData {
  told: { text: string; offensive: boolean }[];
  toldDev: { text: string; offensive: boolean }[];
  launch: Example[];
  launchDev: Example[];
  /** Ronda's labels of ToLD-Br train rows (both splits: when a candidate uses them, the "dev" ones reach no head). */
  tweetLabels: LabelledTweet[];
  /**
   * Tweets with Ronda's labels that only choose things, never weights (a "dev" split): the doubt prior, and the
   * threshold when `thresholdOn` is 'labelled-tweets'.
   */
  thresholdTweets: LabelledTweet[];
  toxicKeywords: string[];
  emojiSentiment: Record<string, number>;
}

/**
 * `tweetLabelFiles`: files of Ronda's labels for ToLD-Br train tweets; the "dev" split of those in
 * `thresholdFiles` (a subset) chooses the threshold, the "dev" split of the others is never used here.
 */
export function readTrainingData(dataDir: string, tweetLabelFiles: readonly string[] = [TOLD_LABELS], thresholdFiles: readonly string[] = []): TrainingData {
  const told = readBinary(path.join(dataDir, 'told-br/train.csv'), 'text', 'toxic');
  const byFile = tweetLabelFiles.map((f) => ({ f, labels: readToldLabels(f, told) }));
  const tweetLabels = byFile.flatMap((x) => x.labels);
  const thresholdTweets = byFile.filter((x) => thresholdFiles.includes(x.f)).flatMap((x) => x.labels.filter((t) => t.split === 'dev'));
  const seen = new Set<number>();
  for (const t of tweetLabels) {
    if (seen.has(t.row)) throw new Error(`tweet row ${t.row} is labelled twice (${tweetLabelFiles.join(', ')})`);
    seen.add(t.row);
  }
  return {
    told,
    toldDev: readBinary(path.join(dataDir, 'told-br/dev.csv'), 'text', 'toxic'),
    launch: readLaunchTsv(LAUNCH_TRAIN),
    launchDev: readLaunchTsv(LAUNCH_DEV),
    tweetLabels,
    thresholdTweets,
    toxicKeywords: readToxicKeywords(path.join(dataDir, 'told-br/toxic_keywords.txt')),
    emojiSentiment: readEmojiSentiment(path.join(dataDir, 'lexicons/Emoji_Sentiment_Data_v1.0.csv')),
  };
}

export interface TrainedModel {
  model: ModelJson;
  /** The logit shift and, per set it was chosen on, the hater-vs-rest F1 there. */
  threshold: { shift: number; f1: Record<string, number> };
  /** Added to each SAC label's bias (0 for the labels not in `priorLabels`). */
  priorShift: Record<SacLabel, number>;
}

export function trainModel(data: TrainingData, s: TrainSettings): TrainedModel {
  const lex = buildLexicons(data.toxicKeywords, data.emojiSentiment);
  const featurise = (text: string): { ids: Int32Array; vals: Float32Array } => {
    // Hashtags whole, as the shipped weights learned them: split in training they did worse on the tune splits.
    const f = extractFeatures(text, normalise(text, { hashtags: 'whole' }), lex);
    return { ids: f.ids.slice(0, f.n), vals: f.vals.slice(0, f.n) };
  };
  const labelOf = new Map<number, LabelledTweet>();
  if (usesTweetLabels(s)) for (const t of data.tweetLabels) labelOf.set(t.row, t);

  // Offensive head: every ToLD-Br tweet (Ronda's hater / not hater where a tweet has it and the settings say so) and
  // every launch comment. With Ronda's labels, a tweet of the labelled dev split is left out altogether, so that
  // split measures text the model never saw; with ToLD-Br's flags it is read as v7 read it, never its Ronda label.
  const offDocs: Doc[] = [];
  data.told.forEach((r, row) => {
    const t = s.offensiveHead === 'ronda-labels' ? labelOf.get(row) : undefined;
    if (t?.split === 'dev') return;
    if (t) offDocs.push({ ...featurise(r.text), y: t.label === 'hater' ? 1 : 0, w: s.labelledTweetOff });
    else if (s.toldFlagWeight > 0) offDocs.push({ ...featurise(r.text), y: r.offensive ? 1 : 0, w: s.toldFlagWeight });
  });
  for (const r of data.launch) offDocs.push({ ...featurise(r.text), y: r.label === 'hater' ? 1 : 0, w: s.launchWeightOff });
  const off = trainBinary(offDocs.filter((d) => d.w > 0), { epochs: 6, lr: 0.15, l2: 1e-6, seed: SEED });

  // SAC head: the six other classes of the launch comments, balanced; the labelled tweets' non-haters at their own
  // weight, in their real class mix (a few purchase-intent tweets must not weigh as much as thousands of neutral
  // ones); ToLD-Br non-toxic tweets as weak "neutral".
  const sacOf = (label: Label) => SAC_LABELS.indexOf(label as SacLabel);
  const sacLaunch = data.launch.filter((r) => r.label !== 'hater');
  const sacDocs: Doc[] = balanced(sacLaunch).map((r) => ({ ...featurise(r.text), y: sacOf(r.label), w: r.w }));
  if (s.labelledTweetSac > 0) {
    const tweets = data.tweetLabels.filter((t) => t.split === 'train' && t.label !== 'hater');
    for (const r of tweets) sacDocs.push({ ...featurise(r.text), y: sacOf(r.label), w: s.labelledTweetSac });
  }
  // Kept even at weight 0: their L2 steps and their place in the shuffle are part of the shipped v7 weights.
  data.told.forEach((r, row) => {
    if (!r.offensive && !labelOf.has(row)) sacDocs.push({ ...featurise(r.text), y: sacOf('neutral'), w: s.toldNeutralWeight });
  });
  const sac = trainSoftmax(sacDocs, SAC_LABELS.length, { epochs: 20, lr: 0.2, l2: 1e-6, seed: SEED + 1 });

  const model = pack(off, sac, data.toxicKeywords, data.emojiSentiment, s);
  const threshold = chooseThreshold(model, data, s.thresholdOn, s.pinned?.offShift);
  model.offShift = threshold.shift;
  const pinnedPriors = s.pinned?.priorShift;
  const shifts = pinnedPriors
    ? SAC_LABELS.map((l) => pinnedPriors[l] ?? 0)
    : s.priorLabels.length > 0
      ? tuneSacPriors(model, s.priorLabels, [data.launchDev, data.thresholdTweets])
      : SAC_LABELS.map(() => 0);
  model.sacBias = model.sacBias.map((b, k) => round(b + (shifts[k] as number)));
  const priorShift = Object.fromEntries(SAC_LABELS.map((l, k) => [l, shifts[k] as number])) as TrainedModel['priorShift'];
  return { model, threshold, priorShift };
}

/**
 * Coordinate ascent on the biases of `labels` (steps of 0.25 in [-2, 2], two rounds): the shifts that maximise the
 * mean hater / praise / doubt macro-F1 of the given held-out sets. A number or two on thousands of comments: a
 * prior, not a fit.
 */
function tuneSacPriors(model: ModelJson, labels: readonly SacLabel[], sets: readonly (readonly Example[])[]): number[] {
  const base = [...model.sacBias];
  const shifts = SAC_LABELS.map(() => 0);
  const prepared = sets.map((set) => set.map((e) => ({ raw: e.text, norm: normalise(e.text), gold: e.label })));
  const rt = loadRuntime(model);
  const objective = () => {
    shifts.forEach((d, k) => (rt.sacBias[k] = (base[k] as number) + d));
    let sum = 0;
    for (const set of prepared) {
      const stats = perClass(LABELS, set.map((d) => d.gold), set.map((d) => classifyNormalised(rt, d.raw, d.norm).label));
      sum += macroF1(stats, ['hater', 'praise', 'doubt']);
    }
    return sum / prepared.length;
  };
  let best = objective();
  for (let round = 0; round < 2; round++) {
    for (let k = 0; k < shifts.length; k++) {
      if (!labels.includes(SAC_LABELS[k] as SacLabel)) continue;
      let bestShift = shifts[k] as number;
      for (let step = -8; step <= 8; step++) {
        shifts[k] = step / 4;
        const score = objective();
        if (score > best + 1e-9) {
          best = score;
          bestShift = step / 4;
        }
      }
      shifts[k] = bestShift;
    }
  }
  return shifts;
}

/** Class-balanced weights: each class of the SAC head weighs the same in total (the mean weight is 1). */
function balanced<T extends Example>(items: readonly T[]): (T & { w: number })[] {
  const counts = new Map<Label, number>();
  for (const r of items) counts.set(r.label, (counts.get(r.label) ?? 0) + 1);
  return items.map((r) => ({ ...r, w: items.length / (SAC_LABELS.length * (counts.get(r.label) as number)) }));
}

/**
 * The hater threshold: the shift of the offensive logit that maximises the mean hater-vs-rest F1 of tweets (ToLD-Br
 * dev with its flag, or held-out tweets with Ronda's labels) and of Ronda's own launch dev split (targeted hostility).
 * Never HateBR or gold-dev.
 */
function chooseThreshold(model: ModelJson, data: TrainingData, on: TrainSettings['thresholdOn'], pinned?: number): TrainedModel['threshold'] {
  const rt = loadRuntime(model);
  const held = (text: string, gold: boolean) => ({ raw: text, norm: normalise(text), gold });
  const sets: { name: string; items: ReturnType<typeof held>[] }[] = [];
  if (on === 'told-dev') sets.push({ name: 'ToLD-Br dev', items: data.toldDev.map((r) => held(r.text, r.offensive)) });
  else {
    if (data.thresholdTweets.length === 0) throw new Error('no held-out tweets with Ronda labels to choose the threshold on');
    sets.push({ name: 'held-out labelled tweets', items: data.thresholdTweets.map((r) => held(r.text, r.label === 'hater')) });
  }
  sets.push({ name: 'launch dev', items: data.launchDev.map((r) => held(r.text, r.label === 'hater')) });
  let best = { shift: 0, score: -1, f1: [] as number[] };
  const steps = pinned === undefined ? { from: -20, to: 15 } : { from: Math.round(pinned * 10), to: Math.round(pinned * 10) };
  for (let step = steps.from; step <= steps.to; step++) {
    rt.offShift = step / 10;
    const f1 = sets.map(({ items }) => binaryF1(items.map((d) => d.gold), items.map((d) => classifyNormalised(rt, d.raw, d.norm).label === 'hater')).f1);
    const score = f1.reduce((a, b) => a + b, 0) / f1.length;
    if (score > best.score + 1e-9) best = { shift: step / 10, score, f1 };
  }
  return { shift: best.shift, f1: Object.fromEntries(sets.map(({ name }, i) => [name, best.f1[i] as number])) };
}

/**
 * Toxic-keyword categories and words left out of the feature: place names ("carioca", "mineiro") and words with an
 * everyday meaning ("flor", "pau", "macaco") are insults only in context, and the word n-grams already see them.
 */
const SKIP_CATEGORIES = new Set(['xenofobia']);
const SKIP_WORDS = new Set(['flor', 'florzinha', 'pau', 'pal', 'pinto', 'rola', 'pica', 'macaco', 'macaca', 'gorila', 'bambi', 'biba', 'puto', 'putinho', 'escurinho', 'escurinha', 'pretinho', 'pretinha']);

function readToxicKeywords(file: string): string[] {
  const words = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0 || SKIP_CATEGORIES.has(line.slice(0, colon).trim())) continue;
    for (const w of line.slice(colon + 1).split(',')) {
      const n = normalise(w);
      if (n && !SKIP_WORDS.has(n)) words.add(n);
    }
  }
  return [...words].sort();
}

/** Quantises both heads to int8 and keeps the largest weights (the rest round to nothing at this scale anyway). */
function pack(
  off: { w: Float64Array; bias: number },
  sac: { w: Float64Array; bias: Float64Array },
  toxicKeywords: string[],
  emojiSentiment: Record<string, number>,
  s: TrainSettings,
): ModelJson {
  const K = SAC_LABELS.length;
  const offIdx = topBuckets(DIM, (b) => Math.abs(off.w[b] as number), s.keepOff);
  const offMax = Math.max(...offIdx.map((b) => Math.abs(off.w[b] as number)));
  const offScale = offMax / 127;
  const offQ = Int8Array.from(offIdx.map((b) => Math.round((off.w[b] as number) / offScale)));

  // Per bucket, centre the six SAC weights (softmax is shift-invariant) so they quantise with less error.
  const centred = new Float64Array(DIM * K);
  for (let b = 0; b < DIM; b++) {
    let mean = 0;
    for (let k = 0; k < K; k++) mean += sac.w[b * K + k] as number;
    mean /= K;
    for (let k = 0; k < K; k++) centred[b * K + k] = (sac.w[b * K + k] as number) - mean;
  }
  const sacImportance = (b: number) => {
    let m = 0;
    for (let k = 0; k < K; k++) m = Math.max(m, Math.abs(centred[b * K + k] as number));
    return m;
  };
  const sacIdx = topBuckets(DIM, sacImportance, s.keepSac);
  const sacMax = Math.max(...sacIdx.map(sacImportance));
  const sacScale = sacMax / s.sacLevels;
  const sacQ = new Int8Array(sacIdx.length * K);
  sacIdx.forEach((b, i) => {
    for (let k = 0; k < K; k++) sacQ[i * K + k] = Math.round((centred[b * K + k] as number) / sacScale);
  });
  // Drop buckets whose weights all rounded to 0.
  const offKeep = offIdx.map((b, i) => ({ b, i })).filter(({ i }) => offQ[i] !== 0);
  const sacKeep = sacIdx.map((b, i) => ({ b, i })).filter(({ i }) => sacQ.subarray(i * K, i * K + K).some((v) => v !== 0));
  return {
    format: 1,
    hashBits: HASH_BITS,
    sacLabels: [...SAC_LABELS],
    offBias: round(off.bias),
    offScale,
    offWeights: encodeSparse(offKeep.map((x) => x.b), Int8Array.from(offKeep.map((x) => offQ[x.i] as number)), 1),
    sacBias: [...sac.bias].map(round),
    sacScale,
    sacWeights: encodeSparse(
      sacKeep.map((x) => x.b),
      Int8Array.from(sacKeep.flatMap((x) => [...sacQ.subarray(x.i * K, x.i * K + K)])),
      K,
    ),
    offShift: 0,
    toxicKeywords,
    emojiSentiment,
    meta: {},
  };
}

function topBuckets(n: number, score: (b: number) => number, keep: number): number[] {
  const all: number[] = [];
  for (let b = 0; b < n; b++) if (score(b) > 0) all.push(b);
  all.sort((a, b) => score(b) - score(a) || a - b);
  return all.slice(0, keep).sort((a, b) => a - b);
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

