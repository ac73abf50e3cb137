/*
 * Hand-written word lists (Ronda's own, written for this project; no third-party data). They are not decisions:
 * each list is one feature of the learned model, whose weight the training script learns from the data. They let
 * the model generalise from a few hundred launch comments to words it never saw in them ("verme", "canalha").
 * Words are in normalised form (see normalise.ts): no accents, lower case, letter runs collapsed.
 */

/** Insults and name-calling, general Brazilian Portuguese, including the launch world's ("golpista", "picareta"). */
export const INSULTS: readonly string[] = [
  'idiota', 'idiotas', 'imbecil', 'imbecis', 'burro', 'burra', 'burros', 'burras', 'otario', 'otaria', 'otarios',
  'babaca', 'babacas', 'palhaco', 'palhaca', 'palhacos', 'ridiculo', 'ridicula', 'ridiculos', 'ridiculas', 'lixo',
  'lixos', 'nojento', 'nojenta', 'nojentos', 'escroto', 'escrota', 'escrotos', 'verme', 'vermes', 'canalha',
  'canalhas', 'safado', 'safada', 'safados', 'safadas', 'vagabundo', 'vagabunda', 'vagabundos', 'vagabundas',
  'vagaba', 'ladrao', 'ladra', 'ladroes', 'ladroa', 'bandido', 'bandida', 'bandidos', 'corrupto', 'corrupta',
  'corruptos', 'hipocrita', 'hipocritas', 'mentiroso', 'mentirosa', 'mentirosos', 'mentirosas', 'pilantra',
  'pilantras', 'picareta', 'picaretas', 'golpista', 'golpistas', 'charlatao', 'charlata', 'charlataes',
  'vigarista', 'vigaristas', 'estelionatario', 'estelionataria', 'trambiqueiro', 'trambiqueira', 'enganador',
  'enganadora', 'farsante', 'farsantes', 'cretino', 'cretina', 'cretinos', 'jumento', 'jumenta',
  'anta', 'besta', 'asno', 'retardado', 'retardada', 'retardados', 'demente', 'dementes', 'debil', 'mongoloide',
  'acefalo', 'acefala', 'estupido', 'estupida', 'estupidos', 'patetico', 'patetica', 'pateticos', 'desprezivel',
  'asqueroso', 'asquerosa', 'imundo', 'imunda', 'porco', 'porca', 
  'verme', 'parasita', 'parasitas', 'sanguessuga', 'genocida',
  'fascista', 'fascistas', 'nazista', 'nazistas', 'miliciano', 'milicianos', 'quadrilha', 'corja', 'cambada',
  'gentalha', 'escoria', 'rale', 'sem vergonha', 'semvergonha', 'desgracado', 'desgracada', 'desgraca',
  'maldito', 'maldita', 'malditos', 'arrombado', 'arrombada', 'fdp', 'puta', 'puto', 'putas', 'piranha', 'vaca',
  'cachorra', 'vadia', 'vadias', 'otaria', 'mane', 
  'lazarento', 'lazarenta', 
  'psicopata', 
  'vendedor de curso',
  'caloteiro', 'caloteira', 'embuste', 'engodo', 'trouxa', 'trouxas',
  'ze ruela', 'zeruela', 'baba ovo', 'puxa saco', 'capacho', 'gado', 'bolsominion', 'petralha', 'esquerdopata',
  'vtnc', 'tnc', 'vsf', 'pqp', 'fudido', 'fodido', 'foda se', 'fodase', 
  'criminoso', 'criminosa', 'criminosos', 'criminosas', 'marginal', 'marginais', 'delinquente', 'facinora',
  'chorume', 'imprestavel', 'imprestaveis',
  'vendido', 'vendida', 'vendidos', 'traira', 'trairas', 'cinico', 'cinica', 'cinicos', 'sem carater', 'mau carater',
  'bandidagem', 'vagabundagem', 'abutre', 'abutres', 'hiena', 'ratazana', 'vibora',
  'jararaca', 'toupeira', 'energumeno', 'bocal', 'tapado', 'tapada', 'lesado', 'lesada', 
  'boco', 'horroroso', 'horrorosa', 'ridiculos', 'podrao', 'suja', 'sujo', 'nojentas', 'rameira', 'biscate', 'corno',
  'chifrudo', 'demagogo', 'demagoga', 'mamateiro', 'aproveitador', 'aproveitadora', 'aproveitadores',
  'oportunista', 'oportunistas', 'desqualificado', 'desqualificada', 'despreparado', 'despreparada', 
  'lunatico', 'lunatica', 'sociopata', 'ditadora', 'pervertido', 'tarado', 'pedofilo',
  'mortadela', 'coxinha', 'minion', 'minions', 'esquerdalha',
  'direitalha', 'lacrador', 'lacradora', 'militonto', 'isentao', 'vagabundagem', 'canalhice', 'safadeza',
  'sem vergonhice', 'pouca vergonha', 'cara de pau', 'cara de pau', 'fingido', 'fingida', 
  'mentirada', 'nojeira', 'estrume',
  'cagao', 
  
  
  'vergonha na cara', 'sem nocao', 'descarado', 'descarada', 'descarados', 'cretinice',
  'trapaceiro', 'trapaceira', 'malandro', 'malandra', 'espertalhao', 'espertalhona', 'bandidao', 'bandidos',
];

/** Phrases of hostility that single words miss. Matched on the normalised text with spaces around. */
export const HOSTILE_PHRASES: readonly string[] = [
  'vai tomar', 'vai se fuder', 'vai se foder', 'vai pro inferno', 'vai para o inferno', 'vai catar', 'cala a boca',
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
];

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
