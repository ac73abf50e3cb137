import { describe, expect, it } from 'vitest';
import { classify, classifyWithMemory, createCorrectionMemory, MEMORY_MIN_SIMILARITY } from '../../../classifier/index';

describe('correction memory', () => {
  it('gives an exact and a near-identical comment the corrected label, and an unrelated one nothing', () => {
    const text = 'Comprei ontem e o material já chegou, tá tudo certo';
    const before = classify(text).label;
    const corrected = before === 'praise' ? 'neutral' : 'praise';
    const memory = createCorrectionMemory();
    memory.add({ text, label: corrected });

    const exact = classifyWithMemory(text, memory);
    expect(exact.fromMemory).toBe(true);
    expect(exact.label).toBe(corrected);
    expect(exact.confidence).toBeGreaterThanOrEqual(0.9);
    expect(exact.evidence[0]).toContain('correção da equipe');

    // Case, accents, punctuation and stretched letters differ: the same comment after normalisation.
    const same = classifyWithMemory('COMPREI ONTEM E O MATERIAL JA CHEGOU, TA TUDO CERTOOO!!!', memory);
    expect(same.fromMemory).toBe(true);
    expect(same.label).toBe(corrected);

    // One word different: near-identical.
    const near = memory.lookup('Comprei ontem e o material já chegou, tá tudo certinho');
    expect(near?.label).toBe(corrected);
    expect(near!.similarity).toBeGreaterThanOrEqual(MEMORY_MIN_SIMILARITY);
    expect(near!.similarity).toBeLessThan(1);
    expect(classifyWithMemory('Comprei ontem e o material já chegou, tá tudo certinho', memory).label).toBe(corrected);

    const unrelated = classifyWithMemory('quanto custa a mentoria?', memory);
    expect(unrelated.fromMemory).toBe(false);
    expect(unrelated.label).toBe(classify('quanto custa a mentoria?').label);
    expect(memory.lookup('lixo')).toBeNull();
  });

  it('keeps the latest correction of the same comment and counts comments, not corrections', () => {
    const memory = createCorrectionMemory([{ text: 'kkkk olha isso', label: 'neutral' }]);
    memory.add({ text: 'KKKKKK olha isso!', label: 'hater' });
    expect(memory.size).toBe(1);
    expect(memory.lookup('kkk olha isso')?.label).toBe('hater');
  });

  it('ignores empty corrections and short look-alikes', () => {
    const memory = createCorrectionMemory([{ text: '   ', label: 'hater' }, { text: 'lixo', label: 'hater' }]);
    expect(memory.size).toBe(1);
    expect(memory.lookup('luxo')).toBeNull();
    expect(memory.lookup('')).toBeNull();
  });

  it('scores stay a distribution when the memory decides', () => {
    const memory = createCorrectionMemory([{ text: 'que vídeo', label: 'praise' }]);
    const c = classifyWithMemory('que vídeo', memory);
    const sum = Object.values(c.scores).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 6);
    expect(c.confidence).toBe(c.scores.praise);
  });
});
