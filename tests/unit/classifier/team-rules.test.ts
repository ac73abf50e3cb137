import { describe, expect, it } from 'vitest';
import { classify, classifyWithMemory, createCorrectionMemory, decidedBy } from '../../../classifier/index';
import { authorKey, compileTeamRules, isByAuthor, termKey, termProblem, type TeamRuleSpec } from '../../../classifier/team-rules';

let n = 0;
const term = (pattern: string, label: TeamRuleSpec['label'], site?: TeamRuleSpec['site']): TeamRuleSpec => ({ id: `t${++n}`, kind: 'term', pattern, label, site });
const author = (pattern: string, label: TeamRuleSpec['label'], site?: TeamRuleSpec['site']): TeamRuleSpec => ({ id: `a${++n}`, kind: 'author', pattern, label, site });

describe('team rules: terms', () => {
  it('match a word however it is written: case, accents, stretched letters, the abbreviations the model folds', () => {
    const rules = compileTeamRules([term('golpista', 'hater'), term('você é fake', 'hater')]);
    for (const text of ['GOLPISTAAA!!', 'que golpísta', 'vc e fake', 'Você É FAKE 🤡']) expect(rules.match(text)?.rule.label, text).toBe('hater');
    expect(rules.match('golpistas')).toBeNull();
    expect(rules.match('você é fakeada')).toBeNull();
  });

  it('a phrase matches only as a run of words; a word inside another word is not the word', () => {
    const rules = compileTeamRules([term('método turbo', 'neutral'), term('lixo', 'hater')]);
    expect(rules.match('Comprei o Método Turbo ontem')?.rule.label).toBe('neutral');
    expect(rules.match('o método é turbo')).toBeNull();
    expect(rules.match('meu carro tem turbo, o método não')).toBeNull();
    expect(rules.match('vou no lixão')).toBeNull();
  });

  it('a closing * matches any ending, and needs three letters before it', () => {
    const rules = compileTeamRules([term('golp*', 'hater')]);
    for (const text of ['golpe!', 'bando de golpistas', 'GOLPEEEE']) expect(rules.match(text)?.rule.label, text).toBe('hater');
    expect(rules.match('gol do Brasil')).toBeNull();
    expect(termProblem('go*')).not.toBeNull();
    expect(termProblem('g*lpe')).not.toBeNull();
    expect(termProblem('*')).not.toBeNull();
    expect(termProblem('   ')).not.toBeNull();
    expect(termProblem('???')).not.toBeNull();
    expect(termProblem('golp*')).toBeNull();
    expect(compileTeamRules([term('go*', 'hater'), term('*', 'hater')]).size).toBe(0);
  });

  it('the longest phrase wins; at the same length the annotation guide’s order does (hater first)', () => {
    const rules = compileTeamRules([term('caralho', 'hater'), term('caralho que aula', 'praise'), term('fake', 'neutral'), term('golpe', 'hater')]);
    expect(rules.match('caralho que aula, obrigado')?.rule.label).toBe('praise');
    expect(rules.match('caralho, que lixo')?.rule.label).toBe('hater');
    expect(rules.match('é fake, é golpe')?.rule.label).toBe('hater');
  });

  it('a rule for one site leaves the others alone', () => {
    const rules = compileTeamRules([term('inscreva-se', 'neutral', 'youtube')]);
    expect(rules.match('inscreva-se no canal', { site: 'youtube' })?.rule.label).toBe('neutral');
    expect(rules.match('inscreva-se no canal', { site: 'instagram' })).toBeNull();
  });

  it('same words, same key: "Golpista" and "golpista" are one rule', () => {
    expect(termKey('Golpista')).toBe(termKey('  golpísta '));
    expect(termKey('golp*')).not.toBe(termKey('golp'));
  });
});

describe('team rules: authors', () => {
  it('match the handle or the name, without @, case, accents or spacing, on the rule’s site only', () => {
    const rules = compileTeamRules([author('@Troll.Oficial', 'hater', 'instagram'), author('José  da Silva', 'hater')]);
    expect(rules.match('amei!', { site: 'instagram', authorName: 'troll.oficial', authorHandle: '@troll.oficial' })?.rule.label).toBe('hater');
    expect(rules.match('amei!', { site: 'youtube', authorName: 'Troll', authorHandle: '@troll.oficial' })).toBeNull();
    expect(rules.match('bom dia', { site: 'facebook', authorName: 'Jose da Silva' })?.evidence).toBe('perfil marcado pela equipe: José  da Silva');
    expect(authorKey(' @\u200fAna ')).toBe('ana');
  });

  it('an author rule wins over a term rule', () => {
    const rules = compileTeamRules([term('obrigado', 'praise'), author('@troll', 'hater')]);
    expect(rules.match('obrigado por nada', { authorHandle: '@troll' })?.rule.kind).toBe('author');
    expect(rules.match('obrigado por tudo', { authorHandle: '@fa' })?.rule.kind).toBe('term');
  });

  it('isByAuthor sees a comment as an author rule for that author would (the page counts the others it relabels)', () => {
    const byTroll = isByAuthor('@Troll.Oficial');
    expect(byTroll({ authorName: 'Outro Nome', authorHandle: 'troll.oficial' })).toBe(true);
    expect(byTroll({ authorName: 'TROLL.OFICIAL' })).toBe(true);
    expect(byTroll({ authorName: 'Troll', authorHandle: '@troll.oficial2' })).toBe(false);
    expect(isByAuthor('José da Silva')({ authorName: 'jose da silva', authorHandle: 'zezinho' })).toBe(true);
    expect(isByAuthor(' @ ')({ authorName: '' })).toBe(false);
  });
});

describe('team rules in classification', () => {
  const memory = createCorrectionMemory();

  it('decide before the model, say so, and keep the scores a distribution', () => {
    const text = 'Comprei o Método Turbo, chegou rápido';
    const rules = compileTeamRules([term('método turbo', 'neutral')]);
    const verdict = classifyWithMemory(text, memory, {}, rules);
    expect(verdict.label).toBe('neutral');
    expect(decidedBy(verdict)).toBe('rule');
    expect(verdict.evidence[0]).toBe('regra da equipe: "método turbo"');
    expect(Object.values(verdict.scores).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(verdict.confidence).toBe(verdict.scores.neutral);
    expect(verdict.scores.neutral).toBeGreaterThan(0.95);
  });

  it('an author rule marks a troll’s polite comment, which the model alone reads as praise', () => {
    const text = 'Parabéns pelo conteúdo';
    expect(classify(text).label).toBe('praise');
    const rules = compileTeamRules([author('@troll', 'hater', 'youtube')]);
    expect(classifyWithMemory(text, memory, { site: 'youtube', authorHandle: '@troll' }, rules).label).toBe('hater');
    expect(classifyWithMemory(text, memory, { site: 'youtube', authorHandle: '@fa' }, rules).label).toBe('praise');
  });

  it('a rule’s verdict keeps what the comment would be without it, for stored comments to go back to', () => {
    const text = 'que aula maravilhosa, obrigada';
    const rules = compileTeamRules([author('@troll', 'hater', 'youtube')]);
    const verdict = classifyWithMemory(text, memory, { site: 'youtube', authorHandle: '@troll' }, rules);
    const model = classify(text);
    expect(verdict.withoutRule).toEqual({ label: model.label, confidence: model.confidence, evidence: model.evidence, source: 'classifier' });
    expect(classifyWithMemory(text, memory, { site: 'youtube', authorHandle: '@fa' }, rules).withoutRule).toBeUndefined();
  });

  it('a staff correction of the very comment still wins over a rule', () => {
    const corrected = createCorrectionMemory([{ text: 'que golpe de sorte, consegui a vaga!', label: 'praise' }]);
    const rules = compileTeamRules([term('golp*', 'hater')]);
    const verdict = classifyWithMemory('que golpe de sorte, consegui a vaga!', corrected, {}, rules);
    expect(verdict.label).toBe('praise');
    expect(decidedBy(verdict)).toBe('memory');
  });

  it('no rule, no change: the verdict is the model’s', () => {
    const text = 'Quanto custa o curso?';
    expect(classifyWithMemory(text, memory, {}, compileTeamRules([term('golpe', 'hater')]))).toEqual({ ...classify(text), fromMemory: false });
  });

  it('hostile text neither breaks matching nor slows it: markup, bidi marks, emoji only, 100 kB', () => {
    const rules = compileTeamRules([term('golpe', 'hater'), term('🤡', 'hater')]);
    expect(rules.match('<script>alert(1)</script> golpe')?.rule.label).toBe('hater');
    expect(rules.match('\u202egolpe\u202c')?.rule.label).toBe('hater');
    expect(rules.match('🤡🤡🤡')?.rule.label).toBe('hater');
    expect(rules.match('😀'.repeat(5_000))).toBeNull();
    expect(rules.match(`${'bom curso '.repeat(10_000)} golpe`)).toBeNull(); // past the 20,000 characters rules read
    expect(rules.match(undefined as unknown as string)).toBeNull();
  });
});
