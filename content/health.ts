import { tr } from '../lib/i18n';
import type { PageHealth } from '../messaging/protocol';

/** Time after load (or SPA navigation) before an empty comment list on a thread page counts as a problem. */
export const SETTLE_MS = 4_000;

/**
 * Health of the page as staff should see it: supported pages report how many comments were found; a supported
 * page that settled with none says the markup may have changed (rather than failing silently).
 */
export function pageHealth(input: { supported: boolean; found: number; settled: boolean }): PageHealth {
  const { supported, found, settled } = input;
  if (supported && found === 0 && settled) {
    return {
      supported,
      found,
      warning: tr(
        'Nenhum comentário encontrado aqui: o layout da página pode ter mudado. Se o post tem comentários, role até eles; se continuar, importe um pacote de seletores novo em Configurações ou avise a equipe técnica.',
        'No comments found here: the page markup may have changed. If the post has comments, scroll to them; if it persists, import a new selector pack in Settings or tell the tech team.',
      ),
    };
  }
  return { supported, found };
}
