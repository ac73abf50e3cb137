import type { Site } from '../domain';
import { tr } from '../i18n';

/**
 * Where the private conversation with a commenter happens. Instagram and Facebook have DM links (without
 * prefilled text: Meta documents only ?ref=), so the private message goes to the clipboard and, when Ronda runs
 * on the inbox page, into the composer. YouTube and blogs have no DM: the public reply carries a wa.me link or
 * the support e-mail instead, and nothing is opened.
 */
export interface DmTarget {
  kind: 'instagram' | 'messenger' | 'whatsapp' | 'email' | 'none';
  /** The page to open for the private conversation, when there is one. */
  url?: string;
  /** What staff should do next, in the UI language. */
  hint: string;
}

export interface DmAuthor {
  authorName: string;
  authorHandle?: string;
  authorUrl?: string;
}

const IG_RESERVED = new Set(['p', 'reel', 'reels', 'explore', 'stories', 'direct', 'accounts', 'tv']);

/** Instagram username from the handle or the profile link ("/ana.souza/"), or undefined. */
export function instagramUser(author: DmAuthor): string | undefined {
  const fromHandle = author.authorHandle?.trim().replace(/^@/, '');
  if (fromHandle && /^[A-Za-z0-9._]{1,30}$/.test(fromHandle)) return fromHandle;
  const path = pathOf(author.authorUrl, 'instagram.com');
  const first = path?.split('/').filter(Boolean)[0];
  if (first && !IG_RESERVED.has(first) && /^[A-Za-z0-9._]{1,30}$/.test(first)) return first;
  return undefined;
}

/**
 * Facebook thread id or username: profile.php?id=N gives N; /<vanity> gives the vanity name. Comment links
 * (/<vanity>?comment_id=…) carry the same vanity.
 */
export function facebookUser(author: DmAuthor): string | undefined {
  if (!author.authorUrl) return undefined;
  let url: URL;
  try {
    url = new URL(author.authorUrl, 'https://www.facebook.com/');
  } catch {
    return undefined;
  }
  if (!/(^|\.)facebook\.com$/.test(url.hostname)) return undefined;
  const id = url.searchParams.get('id');
  if (url.pathname.startsWith('/profile.php')) return id && /^\d{1,30}$/.test(id) ? id : undefined;
  const first = url.pathname.split('/').filter(Boolean)[0];
  if (first && /^[A-Za-z0-9.]{5,50}$/.test(first) && !['groups', 'pages', 'watch', 'photo', 'story.php', 'permalink.php'].includes(first)) {
    return first;
  }
  return undefined;
}

function pathOf(href: string | undefined, host: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, `https://www.${host}/`);
    return url.hostname === host || url.hostname.endsWith(`.${host}`) ? url.pathname : undefined;
  } catch {
    return undefined;
  }
}

/** How Facebook's private reply under the comment went (cs.private.fill), undefined when it was not tried. */
export interface PrivateReplyOutcome {
  filled: boolean;
  unavailable?: boolean;
  reason?: string;
}

/**
 * What staff do next after a move to DM on Facebook. A Page may write first to someone only through the private
 * reply under their comment (one message, within 7 days of it): m.me starts a conversation as whoever is browsing,
 * which a Page cannot do with a stranger, so the thread link is only the way out when no private reply is offered.
 */
export function privateReplyHint(outcome: PrivateReplyOutcome | undefined, target: DmTarget): string {
  if (!outcome) return target.hint;
  if (outcome.filled) {
    return tr(
      'Mensagem privada pronta na janela "Enviar mensagem" do Facebook, sobre o comentário: revise e envie como a Página (uma por comentário, até 7 dias depois dele); depois publique a resposta pública.',
      'Private message ready in Facebook’s "Send message" window over the comment: review it and send it as the Page (one per comment, up to 7 days after it); then post the public reply.',
    );
  }
  const why = outcome.unavailable
    ? tr(
        'Este comentário não oferece "Enviar mensagem": a Página só responde em particular a quem comentou há até 7 dias, uma vez por comentário, e só quem administra a Página vê a opção.',
        'This comment offers no "Send message": a Page may answer privately only within 7 days of the comment, once per comment, and only its admins see the option.',
      )
    : outcome.reason;
  return [why, target.hint].filter(Boolean).join(' ');
}

export function dmTarget(site: Site, author: DmAuthor, contact: { whatsapp?: string; email?: string }): DmTarget {
  if (site === 'instagram') {
    const user = instagramUser(author);
    if (user) {
      return {
        kind: 'instagram',
        url: `https://ig.me/m/${user}`,
        hint: tr(
          'Conversa aberta no direct: cole a mensagem (já copiada) e envie. Quem não segue o perfil a recebe em "Solicitações de mensagem": diga na resposta pública que você chamou no direct.',
          'Direct thread opened: paste the message (already copied) and send. Someone who does not follow the profile gets it under "Message requests": say in the public reply that you messaged them.',
        ),
      };
    }
    return {
      kind: 'none',
      url: 'https://www.instagram.com/direct/inbox/',
      hint: tr('Não achamos o @ do autor: procure a pessoa no direct e cole a mensagem.', "Author's @ not found: find them in the inbox and paste the message."),
    };
  }
  if (site === 'facebook') {
    const user = facebookUser(author);
    if (user) {
      const url = /^\d+$/.test(user) ? `https://www.facebook.com/messages/t/${user}` : `https://m.me/${user}`;
      return {
        kind: 'messenger',
        url,
        hint: tr('Conversa aberta no Messenger: cole a mensagem (já copiada) e envie.', 'Messenger thread opened: paste the message (already copied) and send.'),
      };
    }
    return {
      kind: 'none',
      hint: tr(
        'Perfil do autor não encontrado: use "Enviar mensagem" no comentário e cole a mensagem.',
        'Author profile not found: use "Send message" on the comment and paste the message.',
      ),
    };
  }
  if (contact.whatsapp) {
    return {
      kind: 'whatsapp',
      hint: tr(
        'Sem direct aqui: a resposta leva o link do WhatsApp do suporte com a mensagem pronta.',
        'No DMs here: the reply carries the support WhatsApp link with the message ready.',
      ),
    };
  }
  if (contact.email) {
    return {
      kind: 'email',
      hint: tr('Sem direct aqui: a resposta indica o e-mail do suporte.', 'No DMs here: the reply points to the support e-mail.'),
    };
  }
  return {
    kind: 'none',
    hint: tr(
      'Sem direct aqui e o perfil não tem WhatsApp nem e-mail: preencha em Configurações.',
      'No DMs here and the profile has no WhatsApp or e-mail: fill them in Settings.',
    ),
  };
}
