/*
 * `npm run train:classifier`: trains the shipped comment classifier and writes classifier/model/model.json.
 * `npm run train:classifier -- --candidate v7|v8|v9 --out <file>`: trains an earlier model or a candidate into <file>
 * (v7 was shipped before v10; v8 and v9 failed the ship gate: see classifier/README.md); `npm run eval:classifier --
 * --model <file>` scores it.
 *
 * Data (licences in classifier/README.md): ToLD-Br train.csv (CC BY-SA 4.0), Ronda's own launch comments
 * (classifier/data/launch-train.tsv) and Ronda's labels of the tweets (classifier/data/told-labels.tsv,
 * told-labels-2.tsv: their "train" splits) for the weights. ToLD-Br's keyword list and the Emoji Sentiment Ranking
 * (CC BY-SA 4.0) as features. The hater threshold is chosen on launch-dev.tsv with ToLD-Br dev.csv (v10, v7) or with
 * the "dev" split of told-labels-2.tsv (v8, v9); the doubt prior on launch-dev.tsv with that same split. HateBR and
 * gold-dev are non-commercial and evaluation-only: this script never opens them. Seeded, so reruns give the same file.
 * Without ../shared/data it stops with a clear message and leaves the committed model alone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MODEL_PATH, REPO_ROOT, TOLD_LABELS, TOLD_LABELS_2, requireSharedData } from '../classifier/training/data';
import { SEED, V7_SETTINGS, V8_SETTINGS, V9_SETTINGS, V10_SETTINGS, readTrainingData, trainModel, usesTweetLabels, type TrainSettings } from '../classifier/training/train';

/** The shipped model's settings (v10) and the others that can be rebuilt; classifier/README.md says why each is not shipped. */
const SHIPPED = { version: 'v10', settings: V10_SETTINGS };
const CANDIDATES: Record<string, TrainSettings> = { v7: V7_SETTINGS, v8: V8_SETTINGS, v9: V9_SETTINGS };

/** The files behind the held-out sets the trainer names (where the threshold and the priors were chosen), for the meta. */
const HELD_OUT_SET_FILES: Record<string, string> = {
  'ToLD-Br dev': 'ToLD-Br dev.csv',
  'held-out labelled tweets': 'classifier/data/told-labels-2.tsv split "dev"',
  'launch dev': 'classifier/data/launch-dev.tsv',
};

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  let dataDir: string;
  try {
    dataDir = requireSharedData(['told-br/train.csv', 'told-br/dev.csv', 'told-br/toxic_keywords.txt', 'lexicons/Emoji_Sentiment_Data_v1.0.csv']);
  } catch (e) {
    console.error(`train:classifier: ${(e as Error).message}`);
    process.exit(1);
  }
  const candidate = argValue('--candidate');
  if (candidate !== undefined && !(candidate in CANDIDATES)) {
    console.error(`train:classifier: candidato desconhecido "${candidate}" / unknown candidate (known: ${Object.keys(CANDIDATES).join(', ')})`);
    process.exit(1);
  }
  const out = path.resolve(argValue('--out') ?? MODEL_PATH);
  if (candidate && out === MODEL_PATH) {
    console.error('train:classifier: --candidate precisa de --out <arquivo>: o modelo publicado não muda / needs --out <file>: the shipped model stays');
    process.exit(1);
  }
  const settings = candidate ? (CANDIDATES[candidate] as TrainSettings) : SHIPPED.settings;
  const isCandidate = candidate !== undefined;
  const usesLabels = usesTweetLabels(settings);
  const started = performance.now();
  const data = usesLabels ? readTrainingData(dataDir, [TOLD_LABELS, TOLD_LABELS_2], [TOLD_LABELS_2]) : readTrainingData(dataDir);
  const labelled = (split: string) => data.tweetLabels.filter((t) => t.split === split).length;
  console.log(
    `data: ToLD-Br train ${data.told.length}${usesLabels ? ` (Ronda labels: ${labelled('train')} trained on, ${labelled('dev')} held out)` : ''}, ` +
      `launch comments (train) ${data.launch.length}, toxic keywords ${data.toxicKeywords.length}, emojis ${Object.keys(data.emojiSentiment).length}`,
  );

  const { model, threshold, priorShift } = trainModel(data, settings);
  const thresholdSets = Object.entries(threshold.f1);
  console.log(`hater threshold: logit shift ${threshold.shift} (hater-vs-rest F1: ${thresholdSets.map(([set, f1]) => `${set} ${f1.toFixed(3)}`).join(', ')})`);
  if (settings.priorLabels.length > 0) console.log(`SAC prior shifts: ${Object.entries(priorShift).filter(([, v]) => v !== 0).map(([l, v]) => `${l} ${v}`).join(', ') || 'none'}`);

  model.meta = {
    ...(isCandidate ? { candidate: `${candidate} (not the shipped model)` } : { version: SHIPPED.version }),
    trainedOn: [
      `ToLD-Br train.csv (CC BY-SA 4.0), offensive head: ${settings.offensiveHead === 'told-flags' ? 'its own flags' : 'Ronda labels where a tweet has one'}`,
      ...(usesLabels ? ['Ronda labels of ToLD-Br train tweets (classifier/data/told-labels.tsv, told-labels-2.tsv: split "train")'] : []),
      'classifier/data/launch-train.tsv (Ronda, CC BY-SA 4.0)',
    ],
    features: ['told-br/toxic_keywords.txt (CC BY-SA 4.0)', 'Emoji Sentiment Ranking v1.0 (CC BY-SA 4.0)', 'classifier/lexicon.ts'],
    thresholdChosenOn: `${thresholdSets.map(([set]) => HELD_OUT_SET_FILES[set]).join(' + ')} (mean hater-vs-rest F1)`,
    ...(settings.priorLabels.length > 0
      ? { priorShift, priorChosenOn: `${HELD_OUT_SET_FILES['held-out labelled tweets']} + ${HELD_OUT_SET_FILES['launch dev']} (mean hater / praise / doubt macro-F1)` }
      : {}),
    seed: SEED,
    examples: { toldTrain: data.told.length, ...(usesLabels ? { labelledTweetsTrain: labelled('train') } : {}), launchTrain: data.launch.length },
  };
  mkdirSync(path.dirname(out), { recursive: true });
  const json = `${JSON.stringify(model, null, 1)}\n`;
  writeFileSync(out, json);
  console.log(`wrote ${path.relative(REPO_ROOT, out)} (${(json.length / 1024).toFixed(0)} kB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main();
