import type { FeatureFactory } from '../features';
import { tr } from '../../lib/i18n';
import { waitForDmComposer } from './dm-composer';
import { insertIntoEditor } from './insert';

/**
 * Reply insertion and DM preparation, on the site's page. The side panel decides what to say; this puts it in
 * the site's own editor for staff to review and send. Ronda never presses post or send.
 */
export const createReplyFeature: FeatureFactory = (runtime) => ({
  'cs.reply.insert': async ({ commentId, text }) => {
    const element = runtime.elementFor(commentId);
    if (!element) {
      return { inserted: false, reason: tr('O comentário não está mais na página.', 'The comment is no longer on the page.') };
    }
    const box = await runtime.adapter.openReplyBox(element);
    if (!box) {
      return { inserted: false, reason: tr('Não encontramos a caixa de resposta deste comentário.', "Could not find this comment's reply box.") };
    }
    const outcome = await insertIntoEditor(box, text);
    if (!outcome.ok) {
      return {
        inserted: false,
        editor: box.kind,
        reason: tr('O editor do site não aceitou o texto.', "The site's editor did not accept the text."),
      };
    }
    return { inserted: true, editor: box.kind, via: outcome.via };
  },
  'cs.private.fill': async ({ commentId, text }) => {
    const element = runtime.elementFor(commentId);
    if (!element) return { filled: false, reason: tr('O comentário não está mais na página.', 'The comment is no longer on the page.') };
    const box = runtime.adapter.openPrivateReply ? await runtime.adapter.openPrivateReply(element) : 'unavailable';
    if (box === 'unavailable') return { filled: false, unavailable: true };
    if (!box) return { filled: false, reason: tr('A janela de mensagem privada do Facebook não abriu.', "Facebook's private message window did not open.") };
    const outcome = await insertIntoEditor(box, text);
    return outcome.ok ? { filled: true } : { filled: false, reason: tr('O editor da mensagem privada não aceitou o texto.', 'The private message editor did not accept the text.') };
  },
  'cs.dm.fill': async ({ text, timeoutMs }) => {
    const find = runtime.adapter.dmComposer;
    const url = new URL(location.href);
    const box = find ? await waitForDmComposer(() => find(document, url), timeoutMs ?? 10_000) : null;
    if (!box) {
      return { filled: false, reason: tr('A caixa de mensagem do direct não apareceu.', 'The DM message box did not appear.') };
    }
    const outcome = await insertIntoEditor(box, text);
    return outcome.ok
      ? { filled: true }
      : { filled: false, reason: tr('O editor do direct não aceitou o texto.', 'The DM editor did not accept the text.') };
  },
});
