import { describe, expect, it } from 'vitest';
import { classify, classifyWithMemory, createCorrectionMemory } from '../../../classifier/index';
import { learnableTerms, TERM_MAX_PUSH, TermCounts, termPush } from '../../../classifier/learned-terms';
import { simulateStaffStream } from '../../../classifier/training/staff-stream';

// An audience that swears in excitement: the shipped model calls these hater (checked below, so the tests keep
// their meaning if a retrain changes that), staff call them praise.
// ("caralho que live" reads as praise since the excited-interjection rule: these point at the thing with "esse"/"essa",
// which the rules leave to the model.)
const EXCITED = ['caralho esse vídeo', 'caralho olha essa entrevista', 'caralho essa live', 'caralho esse vídeo é demais'];
const NEXT = 'caralho esse livro';

describe('words learned from staff corrections', () => {
  it('the shipped model calls the test comments hater (the premise of the tests below)', () => {
    for (const t of [...EXCITED, NEXT]) expect(classify(t).label, t).toBe('hater');
  });

  it('learns a word after three agreeing corrections, not before, and says so in the evidence', () => {
    const memory = createCorrectionMemory();
    for (const t of EXCITED.slice(0, 2)) memory.add({ text: t, label: 'praise' });
    expect(classifyWithMemory(NEXT, memory)).toMatchObject({ label: 'hater', fromMemory: false });
    memory.add({ text: EXCITED[2] as string, label: 'praise' });
    const after = classifyWithMemory(NEXT, memory);
    expect(after.label).toBe('praise');
    expect(after.fromMemory).toBe(true);
    expect(after.evidence[0]).toBe('palavra aprendida das correções: "caralho"');
    const sum = Object.values(after.scores).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 6);
    expect(after.confidence).toBe(after.scores.praise);
  });

  it('lists what it learned for staff to see: the word, the label it corrects, the agreeing corrections', () => {
    const memory = createCorrectionMemory(EXCITED.slice(0, 2).map((text) => ({ text, label: 'praise' as const })));
    expect(memory.learnedWords()).toEqual([]);
    memory.add({ text: EXCITED[2] as string, label: 'praise' });
    memory.add({ text: EXCITED[3] as string, label: 'praise' });
    const words = memory.learnedWords();
    expect(words[0]).toEqual({ term: 'caralho', model: 'hater', label: 'praise', support: 4, push: termPush(4) });
    // "esse", "essa" and "video" are in two corrections each: not learned.
    expect(words.map((w) => w.term)).toEqual(['caralho']);
  });

  it('a word corrections disagree on is not learned', () => {
    const memory = createCorrectionMemory(EXCITED.map((text) => ({ text, label: 'praise' as const })));
    const others = [
      { text: 'caralho esse app travando de novo, que raiva', label: 'venting' as const },
      { text: 'caralho esse app travou de novo', label: 'complaint' as const },
    ];
    for (const o of others) {
      expect(classify(o.text).label, o.text).toBe('hater');
      memory.add(o);
    }
    // 4 praise of 6 corrections from hater: under the agreement needed.
    expect(classifyWithMemory(NEXT, memory).label).toBe('hater');
  });

  it('only bends comments the model gives the label it was corrected from', () => {
    const memory = createCorrectionMemory(EXCITED.map((text) => ({ text, label: 'praise' as const })));
    // The model already calls this one praise: the learned word has nothing to correct.
    const praised = 'caralho mano sensacional';
    expect(classify(praised).label).toBe('praise');
    expect(classifyWithMemory(praised, memory)).toMatchObject({ label: 'praise', fromMemory: false });
    expect(memory.recall(praised, 'praise').terms).toEqual([]);
    expect(memory.recall(NEXT, 'hater').terms.map((t) => [t.term, t.label])).toEqual([['caralho', 'praise']]);
  });

  it('an aimed insult with the learned word is still hater', () => {
    const memory = createCorrectionMemory([...EXCITED, 'caralho esse conteúdo', 'caralho olha esse episódio'].map((text) => ({ text, label: 'praise' as const })));
    expect(memory.recall('vai tomar no cu seu lixo do caralho', 'hater').terms[0]?.push).toBe(TERM_MAX_PUSH);
    expect(classifyWithMemory('vai tomar no cu seu lixo do caralho, golpista', memory).label).toBe('hater');
  });

  it('function words, "?", links, mentions and numbers are never learned', () => {
    expect(learnableTerms('voce e um _url_ ? ! 3 a monstro monstro')).toEqual(['monstro']);
    const memory = createCorrectionMemory(
      ['voce viu isso? https://x.com/a', 'voce viu isso? https://x.com/b @ana', 'voce viu isso? https://x.com/c 3'].map((text) => ({ text, label: 'hater' as const })),
    );
    expect(memory.recall('voce viu isso? https://x.com/d', classify('voce viu isso? https://x.com/d').label).terms.map((t) => t.term)).not.toContain('voce');
  });

  it('a correction changed later moves its word counts instead of adding to them', () => {
    const counts = new TermCounts();
    for (let i = 0; i < 3; i++) counts.record(['brabo'], 'neutral', null, 'praise');
    expect(counts.learned(['brabo'], 'neutral')).toMatchObject([{ term: 'brabo', label: 'praise', support: 3, push: termPush(3) }]);
    counts.record(['brabo'], 'neutral', 'praise', 'hater');
    expect(counts.learned(['brabo'], 'neutral')).toEqual([]);
    counts.record(['brabo'], 'neutral', 'hater', 'praise');
    expect(counts.learned(['brabo'], 'neutral')[0]?.support).toBe(3);
    // The same through the memory: correcting one comment twice counts it once.
    const memory = createCorrectionMemory(EXCITED.slice(0, 2).map((text) => ({ text, label: 'praise' as const })));
    memory.add({ text: EXCITED[2] as string, label: 'venting' });
    memory.add({ text: EXCITED[2] as string, label: 'praise' });
    expect(memory.recall(NEXT, 'hater').terms[0]).toMatchObject({ term: 'caralho', support: 3 });
  });

  it('pushes grow with agreeing corrections up to a cap', () => {
    expect(termPush(3)).toBeLessThan(termPush(4));
    expect(termPush(50)).toBe(TERM_MAX_PUSH);
  });
});

describe('staff-stream simulation', () => {
  // The model is wrong the same way about one word; staff correct every mistake as it comes.
  const stream = Array.from({ length: 40 }, (_, i) => ({ text: `caralho ${['que aula', 'que método', 'que live', 'que conteúdo'][i % 4]} ${i}`, label: 'praise' as const }));

  it('scores each comment before it is corrected, and the learned word fixes the rest of the stream', () => {
    const none = simulateStaffStream(stream, 'none', 1);
    const nearest = simulateStaffStream(stream, 'nearest', 1);
    const terms = simulateStaffStream(stream, 'terms', 1);
    expect(none.corrections).toBe(0);
    expect(terms.corrections).toBeGreaterThanOrEqual(3);
    expect(terms.corrections).toBeLessThan(nearest.corrections);
    expect(terms.accuracy).toBeGreaterThan(nearest.accuracy);
    expect(nearest.accuracy).toBeGreaterThanOrEqual(none.accuracy);
    // Nothing is scored after its own correction: the first three mistakes stay mistakes.
    expect(terms.accuracy).toBeLessThanOrEqual(1 - 3 / stream.length + 1e-9);
    expect(terms.lateAccuracy).toBe(1);
  });

  it('is deterministic for a seed', () => {
    expect(simulateStaffStream(stream, 'terms', 7, 0.5)).toEqual(simulateStaffStream(stream, 'terms', 7, 0.5));
  });
});
