/*
 * The classifier writes its evidence in Portuguese: it is stored with the comments and compared as text (a change
 * of team rules is applied to stored comments by it). Screens in English translate here what Ronda itself names
 * (a shape of the text, a rule's subject, a correction); words quoted from the comment and the phrases rules look
 * for as people write them ("quanto custa", "como faço") stay as written.
 */

/** Ronda's own names for what decided a label, with their English. */
const NAMED: Readonly<Record<string, string>> = {
  // shapes of the text (model.ts SPECIAL_EVIDENCE)
  'TUDO EM MAIÚSCULAS': 'ALL CAPS',
  'só marcações': 'only mentions',
  'só emojis': 'only emojis',
  'comentário curto': 'short comment',
  'pergunta (?)': 'question (?)',
  'exclamação (!)': 'exclamation (!)',
  'emojis positivos': 'positive emojis',
  'emojis negativos': 'negative emojis',
  'xingamento direto': 'aimed insult',
  // placeholders of the text (token-facts.ts readableToken)
  'risada (kkk)': 'laughter (kkk)',
  '@marcação': '@mention',
  'preço (R$)': 'price (R$)',
  parcelas: 'instalments',
  'texto vazio': 'empty text',
  // rules (rules.ts) named by their subject
  preço: 'price',
  parcelamento: 'instalments',
  'vagas / inscrições': 'places / sign-up',
  'me chama no direct': '"DM me"',
  'quando / que horas': 'when / what time',
  'serve para mim?': '"is it for me?"',
  'demora / atraso': 'delay',
  'defeito / veio errado': 'defect / wrong item',
  'parabéns / amei': 'congratulations / loved it',
  'palavrão de empolgação': 'excited swearing',
  'depoimento de resultado': 'result testimonial',
  'só risada': 'laughter only',
  desabafo: 'venting',
  'acusação de golpe': 'scam accusation',
  'ataque direto': 'direct attack',
  'pergunta hostil': 'hostile question',
  'desprezo sem palavrão': 'contempt without a swear word',
  'ameaça': 'threat',
  'apoio declarado': 'support declared',
  'elogio direto': 'praise to the face',
  'amo seus vídeos': 'love declared for the work',
  'sentido literal': 'everyday sense of the word',
  'pergunta de deboche': 'mocking question',
  'fora / vai embora': '"fora" / go away',
  'marcação de amigos': 'tagging friends',
  'fala do curso': 'talk about the course',
  'pergunta de garantia': 'guarantee question',
  'só carinho': 'affection only',
  'só admiração': 'awe only',
  saudação: 'greeting',
  'elogio à pessoa': 'praise of the person',
  'crítica ao conteúdo': 'criticism of the content',
  'marcando presença': 'saying where one watches from',
  'não é golpe': '"not a scam"',
  'acusação desmentida': 'scam accusation answered',
  'insulto a si mesmo': 'insult said of oneself',
  'o melhor do ramo': 'the best of its kind',
  'sinal de compra': 'buying signal',
  'marcação com recado': 'tagging a friend with a word for them',
  'elogio irônico': 'ironic praise',
  '"eu!" / "tô dentro"': '"me!" / "count me in"',
  'interjeição de empolgação': 'excited interjection',
  'pergunta se é golpe': '"is it a scam?"',
  'desprezo pelo conteúdo': 'contempt for the content',
  'palavrão como interjeição': 'swearing as an interjection',
  // staff
  'corrigido pela equipe': 'corrected by staff',
  'correção da equipe removida': 'staff correction removed',
};

/** Items that name a correction, a rule or a learned word, then quote it. */
const PREFIXES: readonly (readonly [string, string])[] = [
  ['correção da equipe: ', 'staff correction: '],
  ['regra da equipe: ', 'team rule: '],
  ['perfil marcado pela equipe: ', 'profile marked by staff: '],
  ['palavra aprendida das correções: ', 'word learned from corrections: '],
];

/** One evidence item as an English screen shows it. */
export function evidenceInEnglish(item: string): string {
  const named = NAMED[item];
  if (named !== undefined) return named;
  for (const [pt, en] of PREFIXES) if (item.startsWith(pt)) return en + item.slice(pt.length);
  return item;
}

/** Every name translated here, for the test that keeps the list whole. */
export const TRANSLATED_EVIDENCE: readonly string[] = Object.keys(NAMED);
