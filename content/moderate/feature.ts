import { tr } from '../../lib/i18n';
import type { ResponseOf } from '../../messaging/protocol';
import type { SiteAdapter } from '../../sites';
import type { FeatureFactory } from '../features';

export type ModerationOutcome = ResponseOf<'cs.comment.moderate'>;

/**
 * Hiding, deleting, reporting or blocking happen on the site itself, where staff see what they choose: this brings
 * the comment on screen and opens its own menu (or names the page that moderates it). Ronda never picks an item.
 */
export async function openSiteModeration(adapter: SiteAdapter, element: Element | undefined): Promise<ModerationOutcome> {
  if (!element) return { opened: 'none', reason: tr('O comentário não está mais na página.', 'The comment is no longer on the page.') };
  if (!adapter.openModeration) return { opened: 'none', reason: tr('Este site não tem menu de moderação que o Ronda conheça.', 'Ronda knows no moderation menu on this site.') };
  element.scrollIntoView({ block: 'center' });
  const moderation = await adapter.openModeration(element);
  if (!moderation) {
    return {
      opened: 'none',
      reason: tr('Não encontramos o menu deste comentário: abra o "⋯" ao lado dele no site.', 'Could not find this comment\'s menu: open the "⋯" beside it on the site.'),
    };
  }
  return moderation.kind === 'menu' ? { opened: 'menu' } : { opened: 'page', url: moderation.url };
}

export const moderateFeature: FeatureFactory = (runtime) => ({
  'cs.comment.moderate': ({ commentId }) => openSiteModeration(runtime.adapter, runtime.elementFor(commentId)),
});
