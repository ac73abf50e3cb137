import { describe, expect, it } from 'vitest';
import { LABELS, type Label } from '../../../lib/domain';
import { classify } from '../../../classifier/index';
import { extractFeatures, DIM } from '../../../classifier/features';
import { linearScores, loadRuntime, STRIDE, type ModelJson } from '../../../classifier/model';
import { normalise, normaliseTokens } from '../../../classifier/normalise';
import shipped from '../../../classifier/model/model.json';

const sum = (s: Record<Label, number>) => LABELS.reduce((a, l) => a + s[l], 0);

describe('classify: clear examples per class', () => {
  it.each<[string, Label]>([
    ['seu lixo, vai tomar no cu', 'hater'],
    ['PICARETA! isso é golpe 🤡', 'hater'],
    ['vc é uma fraude, charlatão', 'hater'],
    ['não consigo acessar a plataforma desde ontem', 'complaint'],
    ['paguei no pix e até agora não recebi o acesso', 'complaint'],
    ['quero meu reembolso', 'complaint'],
    // "quero" is the strongest purchase-intent word there is; a refund request must still read as a complaint.
    ['quero reembolso', 'complaint'],
    ['quero cancelar minha assinatura', 'complaint'],
    ['quanto custa a mentoria?', 'purchase_intent'],
    ['qual o valor? tem desconto?', 'purchase_intent'],
    ['QUERO!!!', 'purchase_intent'],
    ['como faço pra assistir a aula 2?', 'doubt'],
    ['a aula vai ficar gravada?', 'doubt'],
    ['parabéns pelo conteúdo, amei ❤️', 'praise'],
    ['❤️❤️❤️', 'praise'],
    ['que aula incrível, obrigada!!', 'praise'],
    ['to cansada de tentar e nada dar certo 😔', 'venting'],
    ['que decepção, achei que esse ano ia ser diferente', 'venting'],
    ['@mariana_silva @joao', 'neutral'],
    ['boa noite, assistindo de Recife', 'neutral'],
  ])('%s -> %s', (text, label) => {
    const c = classify(text);
    expect(c.label).toBe(label);
    expect(c.evidence.length).toBeGreaterThan(0);
  });

  it('explains with rules, words and emojis', () => {
    expect(classify('Quanto custa?').evidence).toContain('quanto custa');
    expect(classify('a live vai ser gravada?').evidence).toContain('pergunta (?)');
    expect(classify('palhaço 🤡').evidence).toEqual(expect.arrayContaining(['🤡']));
    expect(classify('vc é um lixo').evidence).toContain('lixo');
  });

  it('puts hostility first, as the annotation guide does', () => {
    expect(classify('quanto custa esse lixo, seu golpista?').label).toBe('hater');
  });

  it('a plain question about price or how to buy is a buyer, never a hater (sarcasm about prices is in the data)', () => {
    for (const text of ['Quanto custa?', 'quanto custa', 'quanto custa a mentoria', 'qual o valor?', 'tem cupom?', 'da pra parcelar no cartão?', 'quero comprar', 'me manda o link', 'como faço pra comprar?']) {
      const c = classify(text);
      expect([text, c.label]).toEqual([text, 'purchase_intent']);
      expect(c.scores.hater).toBeLessThan(0.35);
    }
  });

  it('swearing in excitement is praise, not a hater to hide; swearing at someone stays hater', () => {
    for (const text of ['caralho que conteúdo foda', 'porra, mudou minha vida', 'caralho vc é muito linda', 'pqp, finalmente consegui minha primeira venda!!']) {
      expect([text, classify(text).label]).toEqual([text, 'praise']);
    }
    for (const text of ['caralho que lixo de aula, melhor desistir', 'vai tomar no cu seu golpista, melhor devolver meu dinheiro']) {
      expect([text, classify(text).label]).toEqual([text, 'hater']);
    }
  });

  it('a result told as a story is praise for the acervo; the same result denied is not', () => {
    for (const text of [
      'Estou amando o conteúdo, já fiz minha primeira venda!',
      'Comprei o curso ano passado e hoje faturo 5 mil por mês',
      'Graças a sua mentoria eu saí do zero',
      'Bati minha meta do mês graças ao curso',
      'Hoje fechei meu primeiro contrato de 2 mil',
      'Aplicando o que aprendi já tive resultado',
    ]) {
      expect([text, classify(text).label]).toEqual([text, 'praise']);
    }
    for (const text of ['Não tive resultado nenhum, quero reembolso', 'Comprei o curso e nada deu certo', 'Vendi meu carro pra pagar esse curso e não recebi acesso']) {
      expect([text, classify(text).label]).toEqual([text, 'complaint']);
    }
    expect(classify('Como faço pra conseguir a primeira venda?').label).toBe('doubt');
  });

  it('laughter alone is not a hater to hide; laughter after an insult does not soften it', () => {
    for (const text of ['kkkkkk', '@maria.souza kkkkkkk', 'KKKKKKKKKKKK', 'hahahaha']) {
      expect([text, classify(text).label]).not.toEqual([text, 'hater']);
    }
    for (const text of ['fdp kkkk', 'kkkkk seu lixo', 'palhaço kkkkkk']) expect([text, classify(text).label]).toEqual([text, 'hater']);
  });

  it('a question that insults is hater, never doubt; a genuine question stays doubt', () => {
    for (const text of ['vai fazer o quê, seu ladrão?', 'quando sai o certificado, seu safado?', 'vai responder ou não, c@nalha?']) {
      const c = classify(text);
      expect(c.label).toBe('hater');
      expect(c.evidence).toContain('xingamento direto');
      expect(c.scores.doubt).toBeLessThan(0.05);
    }
    expect(classify('quem você pensa que é?').evidence).toContain('pergunta hostil');
    expect(classify('que horas começa a live?').label).toBe('doubt');
  });

  it('counts insults and the ones aimed at someone', () => {
    const rt = loadRuntime(shipped as unknown as ModelJson);
    const count = (text: string) => {
      const f = extractFeatures(text, normalise(text), rt.lexicons);
      return [f.insults, f.directInsults];
    };
    expect(count('seu ladrão')).toEqual([1, 1]);
    expect(count('vc é um canalha mentiroso')).toEqual([2, 2]);
    expect(count('bando de vagabundas')).toEqual([1, 1]);
    expect(count('o ladrão da bicicleta foi visto na praça ontem')).toEqual([1, 0]);
    expect(count('boa noite, assistindo de Recife')).toEqual([0, 0]);
  });

  it('returns a distribution and the chosen label\'s score as confidence', () => {
    for (const text of ['quanto custa?', 'lixo', 'amei', 'oi', '🤔']) {
      const c = classify(text);
      expect(sum(c.scores)).toBeCloseTo(1, 6);
      expect(c.confidence).toBe(c.scores[c.label]);
      for (const l of LABELS) expect(c.scores[l]).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('classify: hostile input', () => {
  it('empty and blank text is neutral with low confidence', () => {
    for (const text of ['', '   ', '\u200B\u200F', '<br/>', '...']) {
      const c = classify(text);
      expect(c.label).toBe('neutral');
      expect(c.confidence).toBeLessThan(0.5);
      expect(sum(c.scores)).toBeCloseTo(1, 6);
    }
  });

  it('HTML and script text is read as text, not run', () => {
    const c = classify('<script>document.body.remove()</script><img src=x onerror=alert(1)> quanto custa?');
    expect(c.label).toBe('purchase_intent');
  });

  it('RTL and zero-width marks do not hide words', () => {
    expect(classify('\u202Ev\u200Bc é u\u200Cm l\u200Di\u200Bx\u2060o').label).toBe('hater');
    expect(classify('\u200Fשלום \u202Bمرحبا\u202C').label).toBeDefined();
  });

  it('handles 100 kB, emoji-only, lone surrogates and non-strings', () => {
    const big = classify('quanto custa '.repeat(8_000));
    expect(big.label).toBe('purchase_intent');
    expect(classify('😀'.repeat(50_000)).label).toBeDefined();
    expect(classify('🤡🤮').label).toBe('hater');
    expect(classify('\uD83D oi \uDC00').label).toBeDefined();
    expect(classify(undefined as unknown as string).label).toBe('neutral');
  });
});

describe('classify: determinism', () => {
  it('same text, same result, whatever was classified before', () => {
    const texts = ['quanto custa?', 'seu lixo', 'amei demais ❤️', 'não consigo acessar', 'boa noite'];
    const first = texts.map((t) => classify(t));
    const reversed = [...texts].reverse().map((t) => classify(t)).reverse();
    expect(reversed).toEqual(first);
  });

  it('the runtime sums equal the feature-by-feature sums that training sees', () => {
    const rt = loadRuntime(shipped as unknown as ModelJson);
    for (const text of ['Quanto custa a mentoria??', 'vc é LINDAAAA ❤️🔥 kkkk @ana', 'seu lixo golpista 🤡', 'x'.repeat(40) + ' ok', 'quanto custa '.repeat(40), 'lindo lindo lindo demais lindo']) {
      const tokens = normaliseTokens(text);
      const fast = Float64Array.from(linearScores(rt, text, tokens).totals);
      const f = extractFeatures(text, normalise(text), rt.lexicons);
      const slow = new Float64Array(STRIDE);
      for (let i = 0; i < f.n; i++) {
        const id = f.ids[i] as number;
        expect(id).toBeLessThan(DIM);
        for (let j = 0; j < STRIDE; j++) slow[j] = (slow[j] as number) + (rt.weights[id * STRIDE + j] as number) * (f.vals[i] as number);
      }
      for (let j = 0; j < STRIDE; j++) expect(fast[j]).toBeCloseTo(slow[j] as number, 3);
    }
  });
});
