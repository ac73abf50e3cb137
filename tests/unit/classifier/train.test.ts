import { describe, expect, it } from 'vitest';
import type { Label } from '../../../lib/domain';
import { V10_SETTINGS, V7_SETTINGS, V8_SETTINGS, trainModel, type TrainingData } from '../../../classifier/training/train';
import { loadRuntime, STRIDE } from '../../../classifier/model';
import type { LabelledTweet } from '../../../classifier/training/data';

// A small, made-up data set with the shape of the real one: enough for every head to learn something.
const launch: { text: string; label: Label }[] = [
  ...['seu lixo', 'golpista safado', 'vc é um idiota', 'bando de ladrão', 'cala a boca palhaço'].map((text) => ({ text, label: 'hater' as Label })),
  ...['paguei e não recebi', 'não consigo acessar a aula', 'o suporte não responde'].map((text) => ({ text, label: 'complaint' as Label })),
  ...['quanto custa?', 'quero comprar', 'tem desconto?'].map((text) => ({ text, label: 'purchase_intent' as Label })),
  ...['que horas começa a live?', 'vai ficar gravado?', 'como faço pra baixar o material?'].map((text) => ({ text, label: 'doubt' as Label })),
  ...['amei a aula', 'parabéns pelo conteúdo', 'obrigada, mudou minha vida'].map((text) => ({ text, label: 'praise' as Label })),
  ...['to cansada disso tudo', 'que decepção', 'nada dá certo pra mim'].map((text) => ({ text, label: 'venting' as Label })),
  ...['assistindo de Curitiba', 'boa noite a todos', '@ana olha isso'].map((text) => ({ text, label: 'neutral' as Label })),
];
const told = [
  { text: 'pqp que jogo foda', offensive: true },
  { text: 'vai se foder seu merda', offensive: true },
  { text: 'hoje tem jogo do mengão', offensive: false },
  { text: 'alguém sabe que horas começa?', offensive: false },
  { text: 'caralho to cansado', offensive: true },
  { text: 'que dia lindo', offensive: false },
];
const tweetLabels = (devLabel: Label): LabelledTweet[] => [
  { row: 0, text: told[0]!.text, label: 'praise', split: 'train' },
  { row: 1, text: told[1]!.text, label: 'hater', split: 'train' },
  { row: 4, text: told[4]!.text, label: 'venting', split: 'train' },
  { row: 3, text: told[3]!.text, label: devLabel, split: 'dev' },
  { row: 5, text: told[5]!.text, label: 'praise', split: 'dev' },
];
const data = (devLabel: Label = 'doubt'): TrainingData => ({
  told,
  toldDev: told.slice(0, 3),
  launch,
  launchDev: launch.filter((_, i) => i % 3 === 0),
  tweetLabels: tweetLabels(devLabel),
  thresholdTweets: tweetLabels(devLabel).filter((t) => t.split === 'dev'),
  toxicKeywords: ['merda'],
  emojiSentiment: {},
});
const weights = (m: ReturnType<typeof trainModel>) => [m.model.offWeights, m.model.sacWeights, m.model.offBias, ...m.model.sacBias];

describe('training', () => {
  it('keeps the shipped threshold and priors where the settings pin them, and chooses them where they do not', () => {
    const pinned = trainModel(data(), V10_SETTINGS);
    expect(pinned.model.offShift).toBe(-0.7);
    expect(pinned.priorShift.doubt).toBe(-0.75);
    expect(pinned.priorShift.praise).toBe(0);
    const { pinned: _, ...free } = V10_SETTINGS;
    expect(trainModel(data(), free).threshold.shift).not.toBe(-0.7);
  });

  it('is deterministic: the same data and settings give the same model', () => {
    expect(JSON.stringify(trainModel(data(), V8_SETTINGS).model)).toBe(JSON.stringify(trainModel(data(), V8_SETTINGS).model));
  });

  it('never trains on a tweet of a labelled "dev" split, whatever its label says', () => {
    // Only the weights: the dev split may choose the threshold and the priors, never the weights.
    const settings = { ...V8_SETTINGS, labelledTweetSac: 1, priorLabels: [] };
    expect(weights(trainModel(data('doubt'), settings))).toEqual(weights(trainModel(data('hater'), settings)));
  });

  it('never trains on a tweet of a labelled "dev" split in the shipped settings either', () => {
    const settings = { ...V10_SETTINGS, priorLabels: [] };
    expect(weights(trainModel(data('doubt'), settings))).toEqual(weights(trainModel(data('hater'), settings)));
  });

  it('Ronda labels change the offensive head only when asked to (v7 and v10 read ToLD-Br flags)', () => {
    const v7 = trainModel(data(), V7_SETTINGS);
    expect(trainModel(data('hater'), V7_SETTINGS).model).toEqual(v7.model);
    expect(trainModel(data(), { ...V7_SETTINGS, labelledTweetOff: 1 }).model.offWeights).toBe(v7.model.offWeights);
    expect(trainModel(data(), { ...V7_SETTINGS, offensiveHead: 'ronda-labels', labelledTweetOff: 1 }).model.offWeights).not.toBe(v7.model.offWeights);
  });

  it("gives v10 v7's offensive head and threshold, and a SAC head of its own", () => {
    // v10 keeps the threshold its training chose on the real data (V10_SETTINGS.pinned): v7 set to the same one.
    const v7 = trainModel(data(), { ...V7_SETTINGS, pinned: { offShift: V10_SETTINGS.pinned?.offShift ?? NaN, priorShift: {} } }).model;
    const v10 = trainModel(data(), V10_SETTINGS).model;
    expect([v10.offBias, v10.offScale, v10.offWeights, v10.offShift]).toEqual([v7.offBias, v7.offScale, v7.offWeights, v7.offShift]);
    expect(v10.sacWeights).not.toBe(v7.sacWeights);
  });

  it('stores the SAC weights on the levels asked for, the largest on the last level', () => {
    const sacRange = (levels: number) => {
      const rt = loadRuntime(trainModel(data(), { ...V8_SETTINGS, labelledTweetSac: 1, sacLevels: levels }).model);
      let max = 0;
      for (let i = 0; i < rt.weights.length; i++) if (i % STRIDE !== 0) max = Math.max(max, Math.abs(rt.weights[i] as number));
      return max;
    };
    expect(sacRange(31)).toBe(31);
    expect(sacRange(127)).toBe(127);
  });

  it('shifts the priors of the named labels only', () => {
    const { priorShift } = trainModel(data(), V8_SETTINGS);
    for (const [label, shift] of Object.entries(priorShift)) if (label !== 'doubt') expect([label, shift]).toEqual([label, 0]);
    expect(trainModel(data(), V7_SETTINGS).priorShift).toEqual({ complaint: 0, purchase_intent: 0, doubt: 0, praise: 0, venting: 0, neutral: 0 });
  });
});
