import { describe, expect, test } from 'vitest';
import { classify } from '../../../classifier';
import { TRANSLATED_EVIDENCE, evidenceInEnglish } from '../../../classifier/evidence-names';
import { SPECIAL_EVIDENCE } from '../../../classifier/model';
import { RULES } from '../../../classifier/rules';

/** Rules named by the phrase people write: an English screen shows the phrase as the comment has it. */
const QUOTED_PHRASES = [
  'quanto custa', 'qual o valor', 'tem desconto', 'quero comprar', '"quero!"', 'como comprar', 'link de compra', 'como faço',
  'alguém sabe', 'onde encontro', 'não entendi', '🤔 / ❓', 'não consigo acessar', 'reembolso', 'paguei e não recebi',
  'ninguém responde', '❤️ 👏 🔥', '🤡 / 🤮',
];

describe('evidence in English screens', () => {
  test('every rule and every shape of the text is either translated or a phrase quoted as written: a new one must choose', () => {
    for (const rule of RULES) expect(TRANSLATED_EVIDENCE.includes(rule.evidence) || QUOTED_PHRASES.includes(rule.evidence), rule.evidence).toBe(true);
    for (const name of Object.values(SPECIAL_EVIDENCE)) expect(TRANSLATED_EVIDENCE, name).toContain(name);
    for (const phrase of QUOTED_PHRASES) expect(evidenceInEnglish(phrase)).toBe(phrase);
    // What stands for a mention, a link, a price or laughter in the text.
    for (const placeholder of ['risada (kkk)', '@marcação', 'preço (R$)', 'parcelas']) expect(TRANSLATED_EVIDENCE, placeholder).toContain(placeholder);
  });

  test('what the model says about a comment reads in English, and the comment’s own words stay', () => {
    const verdict = classify('VOCÊ É UM LIXO, SEU GOLPISTA');
    expect(verdict.evidence).toContain('xingamento direto');
    const english = verdict.evidence.map(evidenceInEnglish);
    expect(english).toContain('aimed insult');
    expect(english).not.toContain('xingamento direto');
    expect(english.some((e) => /lixo|golpista/.test(e))).toBe(true);
  });

  test('corrections, team rules and learned words keep what they quote', () => {
    expect(evidenceInEnglish('regra da equipe: "golp*"')).toBe('team rule: "golp*"');
    expect(evidenceInEnglish('perfil marcado pela equipe: @fulano')).toBe('profile marked by staff: @fulano');
    expect(evidenceInEnglish('palavra aprendida das correções: "caralho"')).toBe('word learned from corrections: "caralho"');
    expect(evidenceInEnglish('correção da equipe: "que aula"')).toBe('staff correction: "que aula"');
    // Hostile text that happens to begin like a name is still only text.
    expect(evidenceInEnglish('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });
});
