import { describe, expect, it } from 'vitest';
import { normalise } from '../../../classifier/index';

describe('normalise: pt-BR social text', () => {
  it('folds accents and case', () => {
    expect(normalise('NÃO CONSIGO ACESSAR a área de MEMBROS')).toBe('nao consigo acessar a area de membros');
    expect(normalise('Ação, reação, coração, você')).toBe('acao reacao coracao voce');
  });

  it('collapses stretched letters but keeps rr, ss and inner double vowels', () => {
    expect(normalise('lindaaaa muuuuito amoooo')).toBe('linda muito amo');
    expect(normalise('porrrrra issssso')).toBe('porra isso');
    expect(normalise('lindaa')).toBe('linda');
    expect(normalise('reembolso leem carro passa')).toBe('reembolso leem carro passa');
  });

  it('expands common abbreviations and internet spellings', () => {
    expect(normalise('pq q vc n responde')).toBe('porque que voce nao responde');
    expect(normalise('tbm qro saber oq é isso hj')).toBe('tambem quero saber o que e isso hoje');
    expect(normalise('vlw obg tmj')).toBe('valeu obrigado tamo junto');
  });

  it('turns laughter into one token', () => {
    expect(normalise('kkkkkkk')).toBe('_riso_');
    expect(normalise('KKKKK hahahaha rsrsrs')).toBe('_riso_ _riso_ _riso_');
  });

  it('keeps emojis as their own tokens without skin tones or variation selectors', () => {
    expect(normalise('lindo❤️🔥👏🏽')).toBe('lindo ❤ 🔥 👏');
    expect(normalise('🤡🤡')).toBe('🤡 🤡');
    expect(normalise('🇧🇷')).toBe('🇧🇷');
  });

  it('replaces links, mentions, e-mails and prices by placeholders', () => {
    expect(normalise('@maria.souza olha https://exemplo.com/x?y=1')).toBe('_mention_ olha _url_');
    expect(normalise('veja www.site.com.br e loja.com.br/oferta')).toBe('veja _url_ e _url_');
    expect(normalise('manda pra fulano@gmail.com')).toBe('manda para _email_');
    expect(normalise('R$ 497 ou 12x de 49,70')).toBe('_preco_ ou _parcelas_ 49 70');
  });

  it('keeps ? and ! runs as single tokens', () => {
    expect(normalise('quanto custa???')).toBe('quanto custa ?');
    expect(normalise('QUERO!!!')).toBe('quero !');
  });

  it('strips markup, entities and invisible or bidi control characters', () => {
    expect(normalise('<script>alert("x")</script><b>oi</b>')).toBe('alert x oi');
    expect(normalise('Tom &amp; Jerry &#233;')).toBe('tom jerry e');
    expect(normalise('l\u200Bi\u200Dxo\u202E \uFEFFok')).toBe('lixo ok');
  });

  it('folds "fancy" Unicode letters', () => {
    expect(normalise('ｌｉｎｄａ 𝐥𝐢𝐧𝐝𝐚')).toBe('linda linda');
  });

  it('gives an empty string for empty or symbol-only text', () => {
    expect(normalise('')).toBe('');
    expect(normalise('   ...  ,,, ')).toBe('');
  });

  it('reads obfuscated hostile words, and only those', () => {
    expect(normalise('L1X0')).toBe('lixo');
    expect(normalise('seu c@nalha!!')).toBe('seu canalha !');
    expect(normalise('p*ta que pariu')).toBe('puta que pariu');
    // Not hiding a listed word: left as it was (digits, mentions glued to a word, stars as separators).
    expect(normalise('aula2 turma3')).toBe('aula2 turma3');
    expect(normalise('corona@user')).toBe('corona _mention_');
    expect(normalise('a*b')).toBe('a b');
  });

  it('the one-pass path and the whole-text passes agree', () => {
    // The second text forces the whole-text passes (a mention); the words around it must come out the same.
    const words = 'NÃO consigo ACESSAR a área de membros, lindaaa ❤️ vc viu?';
    expect(normalise(`@ana ${words}`)).toBe(`_mention_ ${normalise(words)}`);
    expect(normalise(`${words} <b>x</b>`)).toBe(`${normalise(words)} x`);
  });

  it('reads a hashtag as its words: capitals first, then the word lists\' words inside one long word', () => {
    expect(normalise('#ForaBolsonaro #STFVergonhaNacional')).toBe('fora bolsonaro stf vergonha nacional');
    expect(normalise('#forabolsonaro #lulaladrao #gratidaosempre')).toBe('fora bolsonaro lula ladrao gratidao sempre');
    expect(normalise('#ReformaTributáriaJá #Top10')).toBe('reforma tributaria ja top 10');
    // Short list words inside another word are its letters ("anta" in "santacatarina"); "foram" is no "fora".
    expect(normalise('#santacatarina #cobrancas #foram #amo')).toBe('santacatarina cobrancas foram amo');
    // The trainer reads them whole, as the shipped weights learned them.
    expect(normalise('#ForaBolsonaro kkk', { hashtags: 'whole' })).toBe('forabolsonaro _riso_');
  });
});
