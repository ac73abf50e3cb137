/*
 * Hand-written word lists (Ronda's own, written for this project; no third-party data). They are not decisions:
 * each list is one feature of the learned model, whose weight the training script learns from the data. They let
 * the model generalise from a few hundred launch comments to words it never saw in them ("verme", "canalha").
 * Words are in normalised form (see normalise.ts): no accents, lower case, letter runs collapsed.
 */

/**
 * Inflections of a list of insults: "safado" -> safado, safada, safados, safadas, safadinho, safadinha;
 * "ladrao" -> ladrao, ladroes, ladraes, ladrona, ladronas; "imbecil" -> imbecis; "imoral" -> imorais; else word, words.
 * Words that must not be inflected (phrases, abbreviations) go in the plain lists.
 */
function inflect(words: readonly string[], diminutive = false): string[] {
  const out: string[] = [];
  for (const word of words) {
    const w = fold(word);
    const stem = w.slice(0, -1);
    if (w.endsWith('ao')) out.push(w, `${w.slice(0, -2)}oes`, `${w.slice(0, -2)}aes`, `${w.slice(0, -2)}ona`, `${w.slice(0, -2)}onas`);
    else if (w.endsWith('o')) {
      out.push(w, `${stem}a`, `${w}s`, `${stem}as`);
      if (diminutive) out.push(`${stem}inho`, `${stem}inha`, `${stem}inhos`, `${stem}inhas`);
    } else if (w.endsWith('il')) out.push(w, `${stem}s`);
    else if (w.endsWith('el') || w.endsWith('al')) out.push(w, `${stem}is`);
    else if (w.endsWith('or')) out.push(w, `${w}a`, `${w}es`, `${w}as`);
    else if (w.endsWith('z')) out.push(w, `${w}es`);
    else out.push(w, `${w}s`);
  }
  return out;
}

/** Lists are written with or without accents; the classifier sees them as normalise() leaves words: without. */
function fold(w: string): string {
  return w.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Insults and name-calling, general Brazilian Portuguese, including the launch world's ("golpista", "picareta"). */
export const INSULTS: readonly string[] = [
  ...new Set([
    // -o adjectives and nouns: every gender and number, and the diminutive ("safadinho", "burrinha")
    ...inflect([
      'burro', 'otario', 'ridiculo', 'nojento', 'escroto', 'safado', 'vagabundo', 'bandido', 'corrupto', 'mentiroso',
      'estelionatario', 'trambiqueiro', 'cretino', 'jumento', 'retardado', 'acefalo', 'estupido', 'patetico',
      'asqueroso', 'imundo', 'porco', 'desgracado', 'maldito', 'arrombado', 'fudido', 'fodido', 'lazarento',
      'caloteiro', 'criminoso', 'vendido', 'cinico', 'tapado', 'lesado', 'horroroso', 'sujo', 'chifrudo',
      'demagogo', 'desqualificado', 'despreparado', 'lunatico', 'pervertido', 'tarado', 'pedofilo', 'fingido',
      'descarado', 'trapaceiro', 'malandro', 'mongo', 'debiloide', 'abestado', 'abobado',
      'bobalhao', 'otario', 'nefasto', 'abjeto', 'pulha', 'mesquinho', 'falsario', 'mafioso',
      'narcisista', 'idiotizado', 'alienado', 'fanatico', 'ignorantao', 'analfabeto', 'energumeno', 'salafrario',
      'sacripanta', 'velhaco', 'biltre', 'crapula', 'desonesto', 'traiçoeiro', 'traicoeiro', 'covardao', 'pilantrinha',
      'safardana', 'cafajeste', 'sem vergonho', 'imbecilizado', 'babao', 'bozo', 'vigarista',
      'picareta', 'golpista', 'pilantra', 'canalha', 'hipocrita', 'parasita', 'sanguessuga', 'genocida', 'fascista',
      'nazista', 'psicopata', 'sociopata', 'oportunista', 'farsante', 'idiota', 'babaca', 'besta', 'anta', 'trouxa',
      'vadio', 'cachaceiro', 'presidiario', 'descondenado', 'miliciano', 'corrompido', 'safadao',
      'porcalhao', 'demonio', 'endemoniado', 'capeta', 'jegue', 'aberração', 'aberracao',
      'verme', 'escoria', 'lixo', 'chorume', 'estrume', 
    ], true),
    // other endings: -ao, -il/-el, -or, -z and the rest
    ...inflect([
      'ladrao', 'charlatao', 'espertalhao', 'bandidao', 'cagao', 'podrao', 'bocao', 'fanfarrao', 'vagabundao', 'safadao',
      'imbecil', 'debil', 'desprezivel', 'imprestavel', 'infantil', 'servil', 'imoral', 'marginal', 'boçal', 'bocal',
      'enganador', 'aproveitador', 'traidor', 'ditador', 'assassino', 'manipulador', 'explorador',
      'sonegador', 'destruidor', 'roubador', 'perseguidor', 'agressor', 'estuprador', 
      
      'palhaco', 'demente', 'delinquente', 'facinora', 'mane', 'verme', 'parasita', 'capacho', 'gado', 'minion',
      'bolsominion', 'petralha', 'esquerdopata', 'mortadela', 'coxinha', 'lacrador', 'militonto', 'isentao', 'esquerdalha',
      'direitalha', 'comunista de iphone', 'piranha', 'vaca', 'cachorra', 'vadia', 'puta', 'rameira', 'biscate', 'corno',
      'mocreia', 'baranga', 'bruxa', 'jararaca', 'vibora', 'hiena', 'ratazana', 'abutre', 'toupeira', 'mula',       'lacraia', 'carniceiro', 'tirano', 'carrasco', 'mal amada', 'mal comida', 'histerica', 'louca varrida',
      'energumeno', 'sem carater', 'mau carater', 'cara de pau', 'sem vergonha', 'semvergonha', 'pau mandado',
      'baba ovo', 'babaovo', 'puxa saco', 'puxasaco', 'lambe botas', 'lambe bota', 'ze ruela', 'zeruela', 'zé mané',
      'nove dedos', 'molusco', 'bebum', 'pinguco', 'velho babao', 'velha caduca', 'velho caduco', 'caduco',
      'demonio', 'satanas', 'judas', 'hipocrita', 'fariseu', 'vendilhao',
    ]),
    // invariable words, abbreviations and phrases
    'ladra', 'ladroa', 'charlata', 'mongoloide', 'quadrilha', 'corja', 'cambada', 'gentalha', 'rale', 'desgraca',
    'fdp', 'filho da puta', 'filha da puta', 'filhos da puta', 'filho de uma egua', 'vtnc', 'tnc', 'vsf', 'pqp',
    'foda se', 'fodase', 'vai se foder', 'vai se fuder', 'vai tomar no cu', 'vai tnc', 'vai a merda', 'vai para merda',
    'vai cagar', 'enfia no cu', 'embuste', 'engodo', 'chorume', 'bandidagem', 'vagabundagem', 'canalhice',
    'safadeza', 'sem vergonhice', 'pouca vergonha', 'mentirada', 'nojeira', 'vergonha na cara', 'sem nocao',
    'cretinice', 'vendedor de curso', 'verme', 'escoria', 'escoria humana', 'lixo humano', 'ser humano nojento',
    'resto de aborto', 'aborto da natureza', 'excremento', 'chupa rola', 'pau no cu', 'arrombado', 'cuzao', 'cuzona',
    'bundao', 'bunda mole', 'otaria', 'retardo', 'imbecilidade', 'descerebrado', 'descerebrada', 'desmiolado',
    'desmiolada', 'sem cerebro', 'cabeca oca', 'cabeca de bagre', 'cara de bunda', 'cara de cu', 'boca de esgoto',
    'pustula', 'praga', 'encosto', 'traste', 'imprestavel', 'inutil', 'inuteis', 'nulidade',
    'zero a esquerda', 'pateta', 'patetas', 'otaria', 'tonto', 'tonta', 'tontos', 'bobo da corte', 'boboca', 'bobocas',
    'jeca', 'pe rapado', 'fracassado', 'fracassada', 'fracassados', 'perdedor', 'perdedora', 'loser', 'sonso', 'sonsa',
    'dissimulado', 'dissimulada', 'falsiane', 'cobra criada', 'duas caras', 'vendida', 'entreguista', 'traira', 'trairas',
    'vagaba', 'mequetrefe', 'borra botas', 'bosta seca', 'merdinha', 'bostinha', 'lixinho', 'ridiculo',
  ].map(fold)),
];

/** Phrases of hostility that single words miss. Matched on the normalised text with spaces around. */
export const HOSTILE_PHRASES: readonly string[] = [...new Set([
  'vai tomar', 'vai se fuder', 'vai se foder', 'vai catar', 'cala a boca',
  'cala boca', 'some daqui', 'sai daqui', 'morre', 'morra', 'tomara que morra', 'tomara que', 'lugar de', 'na cadeia',
  'cadeia nele', 'cadeia nela', 'bando de', 'cambada de', 'seu lixo', 'sua lixo', 'vergonha', 'que nojo', 'tenho nojo',
  'da nojo', 'nao presta', 'nao vale nada', 'ninguem aguenta', 'vai trabalhar', 'vai estudar',
  // Weaker than name-calling: criticism words and swearing that are often hostile but not always.
  'corrupcao', 'roubo', 'besteira', 'bobagem', 'asneira', 'brega', 'cafona', 'feio', 'feia', 'horrivel', 'chato',
  'chata', 'irritante', 'falso', 'falsa', 'falsos', 'falsas', 'cobra', 'rato', 'ratos', 'praga', 'mula', 'incapaz',
  'mamando', 'roubando', 'roubou', 'roubaram', 'petista', 'lulista', 'bolsonarista', 'esquerdista', 'comunista',
  'doente', 'doentes', 'louco', 'louca', 'coach', 'guru', 'golpe', 'mentira', 'mentiras', 'nojo', 'hipocrisia',
  'vergonhoso', 'vergonhosa', 'arrogante', 'arrogantes', 'insuportavel', 'mamata', 'ignorancia', 'idiotice',
  'burrice', 'piramide', 'enganacao', 'farsa', 'fraude', 'podre', 'podres', 'chupa', 'ditador', 'tirano',
  'assassino', 'assassina', 'assassinos', 'demonio', 'satanas', 'ignorante', 'ignorantes', 'analfabeto',
  'analfabeta', 'perdedor', 'fracassado', 'fracassada', 'incompetente', 'incompetentes', 'inutil', 'inuteis',
  'imoral', 'imorais', 'prepotente', 'debochado', 'debochada', 'invejoso', 'invejosa', 'recalcado', 'recalcada',
  'cu', 'porra', 'caralho', 'merda', 'bosta', 'bostas', 'covarde', 'covardes', 'traidor', 'traidora', 'traidores',
  // public-life hostility: contempt for politicians and public figures in general
  'desgoverno', 'vergonha nacional', 'asco', 'repugnante', 'cinismo', 'roubalheira', 'ladroagem', 'propina',
  'rachadinha', 'mensalao', 'petrolao', 'lavagem de dinheiro', 'fake news', 'cadeia', 'preso', 'presa', 'xadrez',
  'vai para cuba', 'puto', 'puta que pariu', 'nojenta', 'desprezo', 'vexame', 'lamentavel figura',
  'nao presta', 'nao serve', 'so fala merda', 'fala besteira', 'falando besteira', 'passando vergonha', 'queima filme',
  'palhacada', 'circo', 'piada', 'deboche', 'sem noção', 'absurdo', 'ridiculo', 'tosco', 'tosca', 'ignorante',
  'bajulador', 'bajuladora', 'puxando saco', 'sumam', 'cala a boca', 'calaboca', 'impeachment',
].map(fold))];

/** Praise, gratitude and support. */
export const PRAISE: readonly string[] = [
  'parabens', 'amei', 'amo', 'amamos', 'adoro', 'adorei', 'lindo', 'linda', 'lindos', 'lindas', 'maravilhoso',
  'maravilhosa', 'maravilha', 'incrivel', 'incriveis', 'sensacional', 'perfeito', 'perfeita', 'top', 'show',
  'excelente', 'otimo', 'otima', 'obrigado', 'obrigada', 'gratidao', 'grato', 'grata', 'abencoe', 'abencoado',
  'abencoada', 'orgulho', 'admiro', 'admiracao', 'sucesso', 'arrasou', 'arrasa', 'recomendo', 'mito', 'guerreiro',
  'guerreira', 'exemplo', 'inspiracao', 'inspiradora', 'inspirador', 'fantastico', 'fantastica', 'espetacular',
  'brilhante', 'genial', 'demais', 'fofo', 'fofa', 'diva', 'rainha', 'rei', 'mestre', 'melhor', 'melhores', 'valeu',
  'forca', 'apoio', 'apoiamos', 'confio', 'confiamos', 'feliz', 'felicidade', 'emocionei', 'emocionante', 'mudou',
  'transformou', 'presente', 'bencao', 'deus', 'abraco', 'beijos', 'beijo', 'saudade', 'coracao', 'lindeza',
  'correto', 'corretissimo', 'corretissima', 'certissimo', 'certissima', 'concordo', 'verdade', 'isso ai', 'aplausos',
];

/** Disappointment, tiredness and pessimism with no target. */
export const VENTING: readonly string[] = [
  'decepcao', 'decepcionado', 'decepcionada', 'cansado', 'cansada', 'cansativo', 'triste', 'tristeza', 'desanimado',
  'desanimada', 'desanimo', 'frustrado', 'frustrada', 'frustracao', 'desisto', 'desistir', 'pena', 'infelizmente',
  'lamentavel', 'esperanca', 'aguento', 'dificil', 'chateado', 'chateada', 'desespero', 'desesperado',
  'desesperada', 'sozinho', 'sozinha', 'chorando', 'chorei', 'medo', 'ansiedade', 'ansiosa', 'ansioso', 'deprimido',
  'deprimida', 'tudo errado', 'nada da certo', 'nao tem jeito', 'sem jeito', 'ta dificil', 'esta dificil',
];

/** Emojis the issue names as signals, beyond what the Emoji Sentiment Ranking knows (it predates 🤡 and 🤮). */
export const EMOJI_PRAISE: readonly string[] = ['❤', '♥', '😍', '🥰', '👏', '🙌', '🔥', '💖', '💕', '💗', '💓', '💞', '💜', '💙', '💚', '💛', '🧡', '🤍', '🤩', '😘', '🙏', '✨', '👍', '💯', '🥹', '🫶', '🏆', '👑', '🌟', '⭐', '💪', '😻'];
export const EMOJI_HOSTILE: readonly string[] = ['🤡', '🤮', '🤢', '💩', '🐍', '🐀', '🖕', '🐂', '🐄', '🐷', '🐖', '👎', '😡', '🤬', '😠', '🗑'];
export const EMOJI_DOUBT: readonly string[] = ['🤔', '❓', '❔', '🧐', '🤷'];
export const EMOJI_SAD: readonly string[] = ['😔', '😞', '😢', '😭', '💔', '😩', '😫', '😿', '🥺', '😥', '😓', '😪'];
