import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeSparse, fromBase64, loadRuntime, toBase64, STRIDE, type ModelJson } from '../../../classifier/model';
import { normalise } from '../../../classifier/normalise';
import {
  LAUNCH_DEV, LAUNCH_PROBE, LAUNCH_TRAIN, MODEL_PATH, TOLD_DEV_LABELS, TOLD_LABELS, TOLD_LABELS_2, parseCsv, readLaunchTsv, readLaunchTsvParts, readToldLabels, requireSharedData, tweetKey,
} from '../../../classifier/training/data';
import { V10_SETTINGS, readTrainingData, trainModel } from '../../../classifier/training/train';
import shipped from '../../../classifier/model/model.json';

describe('model asset', () => {
  it('base64 and sparse weights round-trip', () => {
    const bytes = Uint8Array.from([0, 1, 2, 250, 255, 128, 7]);
    for (let n = 0; n <= bytes.length; n++) expect([...fromBase64(toBase64(bytes.subarray(0, n)))]).toEqual([...bytes.subarray(0, n)]);
    const model = { ...(shipped as unknown as ModelJson) };
    model.offWeights = encodeSparse([3, 200, 70_000], Int8Array.from([5, -7, 127]), 1);
    model.sacWeights = encodeSparse([4], Int8Array.from([1, -2, 3, -4, 5, -128]), 6);
    const rt = loadRuntime(model);
    expect(rt.weights[3 * STRIDE]).toBe(5);
    expect(rt.weights[200 * STRIDE]).toBe(-7);
    expect(rt.weights[70_000 * STRIDE]).toBe(127);
    expect([...rt.weights.subarray(4 * STRIDE + 1, 4 * STRIDE + 7)]).toEqual([1, -2, 3, -4, 5, -128]);
  });

  it('refuses a corrupt or incompatible model with a clear message', () => {
    expect(() => loadRuntime({ ...(shipped as unknown as ModelJson), hashBits: 12 })).toThrow(/train:classifier/);
    expect(() => loadRuntime({ ...(shipped as unknown as ModelJson), offWeights: '@@@@' })).toThrow(/corrompido/);
  });

  // The claim the README makes: `npm run train:classifier` rebuilds the shipped weights, threshold and priors exactly.
  it('the shipped settings rebuild the committed model from the shared data, byte for byte', () => {
    const dir = requireSharedData(['told-br/train.csv', 'told-br/dev.csv', 'told-br/toxic_keywords.txt', 'lexicons/Emoji_Sentiment_Data_v1.0.csv']);
    const { model } = trainModel(readTrainingData(dir, [TOLD_LABELS, TOLD_LABELS_2], [TOLD_LABELS_2]), V10_SETTINGS);
    const committed = shipped as unknown as ModelJson;
    for (const key of ['offBias', 'offScale', 'offShift', 'offWeights', 'sacBias', 'sacWeights', 'sacScale'] as const) expect(model[key], key).toEqual(committed[key]);
  }, 120_000);

  it('the committed model records what it was trained on and never names an evaluation-only set', () => {
    const json = readFileSync(MODEL_PATH, 'utf8');
    const model = JSON.parse(json) as ModelJson;
    expect(model.meta['trainedOn']).toEqual(expect.arrayContaining([expect.stringContaining('ToLD-Br train.csv')]));
    expect(JSON.stringify(model.meta)).not.toMatch(/hatebr|gold/i);
  });
});

describe('training data', () => {
  it('parses RFC 4180 CSV with quotes, commas and newlines', () => {
    expect(parseCsv('text,toxic\n"a, b",1\n"linha 1\nlinha 2 ""x""",0\nsimples,1\n')).toEqual([
      ['text', 'toxic'],
      ['a, b', '1'],
      ['linha 1\nlinha 2 "x"', '0'],
      ['simples', '1'],
    ]);
  });

  it('the launch-comment train and dev splits are disjoint and cover every class', () => {
    const train = readLaunchTsv(LAUNCH_TRAIN);
    const dev = readLaunchTsv(LAUNCH_DEV);
    expect(train.length).toBeGreaterThan(300);
    expect(dev.length).toBeGreaterThan(100);
    const trainTexts = new Set(train.map((e) => normalise(e.text)));
    expect(dev.filter((e) => trainTexts.has(normalise(e.text)))).toEqual([]);
    for (const label of ['hater', 'complaint', 'purchase_intent', 'doubt', 'praise', 'venting', 'neutral']) {
      expect(dev.some((e) => e.label === label)).toBe(true);
      expect(train.some((e) => e.label === label)).toBe(true);
    }
  });

  it('the probe is read in its parts, each with its heading, and none of it is trained on', () => {
    const parts = readLaunchTsvParts(LAUNCH_PROBE);
    expect(parts.length).toBeGreaterThanOrEqual(8);
    expect(parts.every((p) => p.heading.length > 20 && p.examples.length > 0)).toBe(true);
    expect(parts.reduce((n, p) => n + p.examples.length, 0)).toBe(readLaunchTsv(LAUNCH_PROBE).length);
    const trainTexts = new Set(readLaunchTsv(LAUNCH_TRAIN).map((e) => normalise(e.text)));
    expect(readLaunchTsv(LAUNCH_PROBE).filter((e) => trainTexts.has(normalise(e.text)))).toEqual([]);
  });

  it('labels of ToLD-Br tweets are tied to their tweet by a key, and a different file is refused', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ronda-told-'));
    const file = path.join(dir, 'labels.tsv');
    const tweets = [{ text: 'pqp que jogo' }, { text: 'alguém sabe que horas começa?' }];
    writeFileSync(file, `# comment\n0\t${tweetKey(tweets[0]!.text)}\tpraise\ttrain\n1\t${tweetKey(tweets[1]!.text)}\tdoubt\tdev\n`);
    expect(readToldLabels(file, tweets)).toEqual([
      { row: 0, text: 'pqp que jogo', label: 'praise', split: 'train' },
      { row: 1, text: 'alguém sabe que horas começa?', label: 'doubt', split: 'dev' },
    ]);
    expect(() => readToldLabels(file, [tweets[1]!, tweets[0]!])).toThrow(/não é o tweet rotulado/);
    writeFileSync(file, `0\t${tweetKey(tweets[0]!.text)}\tfeliz\ttrain\n`);
    expect(() => readToldLabels(file, tweets)).toThrow(/linha inválida/);
  });

  const committedRows = (file: string) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split('\t'));

  it.each([
    [TOLD_LABELS, 2500, ['hater', 'complaint', 'doubt', 'praise', 'venting', 'neutral']],
    [TOLD_LABELS_2, 12_000, ['hater', 'complaint', 'purchase_intent', 'doubt', 'praise', 'venting', 'neutral']],
  ])('the committed tweet labels (%s): one per row, the classes in both splits, a quarter held out', (file, atLeast, classes) => {
    const rows = committedRows(file);
    expect(rows.length).toBeGreaterThan(atLeast);
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    for (const r of rows) expect(r[1]).toMatch(/^[0-9a-f]{8}$/);
    const dev = rows.filter((r) => r[3] === 'dev');
    expect(dev.length / rows.length).toBeGreaterThan(0.2);
    expect(dev.length / rows.length).toBeLessThan(0.3);
    for (const label of classes) {
      expect(dev.some((r) => r[2] === label)).toBe(true);
      expect(rows.some((r) => r[3] === 'train' && r[2] === label)).toBe(true);
    }
  });

  it('the committed labels of ToLD-Br dev: one per row, every class, all of it held out', () => {
    const rows = committedRows(TOLD_DEV_LABELS);
    expect(rows.length).toBeGreaterThan(1800);
    expect(new Set(rows.map((r) => r[0])).size).toBe(rows.length);
    for (const r of rows) expect([r[1]?.length, r[3]]).toEqual([8, 'dev']);
    for (const label of ['hater', 'complaint', 'purchase_intent', 'doubt', 'praise', 'venting', 'neutral']) expect(rows.some((r) => r[2] === label)).toBe(true);
  });

  it('no tweet is in both label files (a tweet held out in one must not be trained on through the other)', () => {
    const inFirst = new Set(committedRows(TOLD_LABELS).map((r) => r[0]));
    expect(committedRows(TOLD_LABELS_2).filter((r) => inFirst.has(r[0]))).toEqual([]);
  });

  it('says clearly when the shared data is missing', () => {
    expect(() => requireSharedData(['nao-existe/arquivo.csv'])).toThrow(/não encontrados.*\n.*not found/);
  });
});

describe('word lists', () => {
  it('insults come in every gender and number, without accents', async () => {
    const { INSULTS, HOSTILE_PHRASES } = await import('../../../classifier/lexicon');
    for (const w of ['safado', 'safadas', 'safadinho', 'ladrao', 'ladroes', 'ladrona', 'imbecis', 'imorais', 'traidores', 'canalhas', 'filho da puta']) {
      expect(INSULTS).toContain(w);
    }
    for (const w of [...INSULTS, ...HOSTILE_PHRASES]) expect(w).toBe(normalise(w));
  });
});
