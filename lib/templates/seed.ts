import type { TemplateRecord } from '../../storage/schema';

/**
 * The starter library installed on first run: at least one reply per label, in pt-BR, in the voice the
 * agencies use (support team signing for the expert; the expert's own voice only for praise). They come
 * approved so a new install can reply at once; every agency edits them, and an edit sends a template back to
 * draft until an approver signs it again.
 */
export const SEED_APPROVER = 'Modelo inicial do Ronda';

type Seed = Pick<TemplateRecord, 'id' | 'title' | 'labels' | 'sites' | 'voice' | 'body'> & { dmBody?: string };

const SEEDS: Seed[] = [
  {
    id: 'seed-reclamacao-geral',
    title: 'Reclamação: já estamos resolvendo',
    labels: ['complaint'],
    sites: [],
    voice: 'agency',
    body:
      '{{primeiro_nome}}, sentimos muito pelo transtorno! Já estamos verificando o seu caso e te chamamos no privado ' +
      'para resolver. Você recebe nosso retorno em até 2 horas úteis (atendimento {{horario}}).\n— {{assinatura}}',
    dmBody:
      'Oi, {{primeiro_nome}}! Aqui é da {{assinatura}}. Vi o seu comentário e já estou cuidando do seu caso. ' +
      'Pode me mandar o e-mail usado na compra e, se possível, um print do que aparece para você? ' +
      'Te dou um retorno em até 2 horas úteis.',
  },
  {
    id: 'seed-reclamacao-acesso',
    title: 'Reclamação: problema de acesso',
    labels: ['complaint'],
    sites: [],
    voice: 'agency',
    body:
      '{{primeiro_nome}}, poxa, ninguém merece ficar sem acesso! Já registramos o seu caso: o próximo passo é ' +
      'responder o e-mail que enviamos agora para {{email}} com o e-mail da compra. Liberamos em até 24 horas.\n' +
      '— {{assinatura}}',
  },
  {
    id: 'seed-duvida-link',
    title: 'Dúvida: detalhes no link',
    labels: ['doubt'],
    sites: [],
    voice: 'agency',
    body:
      'Ótima pergunta, {{primeiro_nome}}! Você encontra todos os detalhes aqui: {{link}}\n' +
      'Se ainda ficar alguma dúvida, responde aqui que a gente te ajuda. 😉\n— {{assinatura}}',
  },
  {
    id: 'seed-prospeccao-link',
    title: 'Quer comprar: link de inscrição',
    labels: ['purchase_intent'],
    sites: [],
    voice: 'agency',
    body:
      'Que bom que você quer fazer parte, {{primeiro_nome}}! 💛 As inscrições estão abertas neste link: {{link_checkout}}\n' +
      'Qualquer dúvida antes de garantir a sua vaga, chama a gente no privado.\n— {{assinatura}}',
  },
  {
    id: 'seed-elogio-especialista',
    title: 'Elogio: agradecimento do especialista',
    labels: ['praise'],
    sites: [],
    voice: 'expert',
    body: 'Fico muito feliz em ler isso, {{primeiro_nome}}! Gratidão por dividir a sua conquista comigo. Bora pra cima! 🙌',
  },
  {
    id: 'seed-elogio-orgulho',
    title: 'Elogio: que orgulho',
    labels: ['praise'],
    sites: [],
    voice: 'expert',
    body: '{{primeiro_nome}}, que orgulho de você! Resultado assim é o que me faz continuar. Conta pra gente os próximos passos! ✨',
  },
  {
    id: 'seed-hater-calmo',
    title: 'Hater: resposta calma, uma vez só',
    labels: ['hater'],
    sites: [],
    voice: 'agency',
    body:
      '{{primeiro_nome}}, respeitamos a sua opinião. Se algo não saiu como você esperava, fale com a gente no ' +
      'privado que olhamos com todo cuidado.\n— {{assinatura}}',
  },
  {
    id: 'seed-desabafo-acolhimento',
    title: 'Desabafo: acolhimento',
    labels: ['venting'],
    sites: [],
    voice: 'agency',
    body:
      '{{primeiro_nome}}, obrigado por dividir isso com a gente. Você não está sozinho(a) nessa! ' +
      'Se precisar de qualquer ajuda, estamos por aqui. 💛\n— {{assinatura}}',
  },
  {
    id: 'seed-neutro-obrigado',
    title: 'Neutro: obrigado pelo comentário',
    labels: ['neutral'],
    sites: [],
    voice: 'agency',
    body: 'Obrigado pelo comentário, {{primeiro_nome}}! 😊\n— {{assinatura}}',
  },
  {
    id: 'seed-direct-ig-fb',
    title: 'Levar ao direct',
    labels: ['complaint', 'doubt', 'purchase_intent', 'hater', 'venting'],
    sites: ['instagram', 'facebook'],
    voice: 'agency',
    body: '{{primeiro_nome}}, já te chamei no direct para cuidarmos disso com calma! 💬\n— {{assinatura}}',
    dmBody:
      'Oi, {{primeiro_nome}}! Aqui é da {{assinatura}}. Vi o seu comentário e quero te ajudar por aqui. ' +
      'Me conta com mais detalhes o que aconteceu? Respondemos {{horario}}.',
  },
  {
    id: 'seed-whatsapp-yt-blog',
    title: 'Levar ao WhatsApp (YouTube e blog)',
    labels: ['complaint', 'doubt', 'purchase_intent', 'hater', 'venting'],
    sites: ['youtube', 'blog'],
    voice: 'agency',
    body:
      '{{primeiro_nome}}, já separamos um atendimento no privado para você: chama a gente no WhatsApp {{link_whatsapp}} ' +
      '(ou pelo e-mail {{email}}). Atendemos {{horario}}.\n— {{assinatura}}',
    // On YouTube and blogs there is no DM: this is the first message the commenter's WhatsApp opens with.
    dmBody: 'Olá! Sou {{nome}}, comentei no seu conteúdo e a equipe pediu para eu chamar aqui.',
  },
];

export function seedTemplates(now: number): TemplateRecord[] {
  return SEEDS.map((s) => ({
    ...s,
    status: 'approved' as const,
    approvedBy: SEED_APPROVER,
    approvedAt: now,
    createdBy: SEED_APPROVER,
    createdAt: now,
    updatedAt: now,
  }));
}
