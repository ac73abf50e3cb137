import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { tr } from '../../lib/i18n';
import { errorText } from '../../lib/error-text';

const ALL_URLS = { origins: ['<all_urls>'] };

/**
 * Chrome lets an extension screenshot a tab only after a toolbar, context-menu or shortcut gesture, or with
 * the `<all_urls>` permission. Prints from the inline badge need the latter: offer it once, explained, and
 * never ask on our own.
 */
export function CapturePermission() {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [error, setError] = useState<string>();

  useEffect(() => {
    // Through a promise chain so a synchronous throw (no permissions API in this context) also lands in the catch.
    void Promise.resolve()
      .then(() => browser.permissions.contains(ALL_URLS))
      .then(setGranted, () => setGranted(null));
  }, []);

  if (granted !== false) return null;
  return (
    <p className="health">
      {tr(
        'Para salvar prints pelo selo do comentário, o Chrome pede permissão para capturar a aba. Sem ela, use o atalho Alt+Shift+P ou o menu do botão direito.',
        'To save prints from a comment’s badge, Chrome needs permission to capture the tab. Without it, use Alt+Shift+P or the right-click menu.',
      )}{' '}
      <button
        type="button"
        className="btn"
        onClick={() =>
          void browser.permissions.request(ALL_URLS).then(setGranted, (e: unknown) => setError(errorText(e)))
        }
      >
        {tr('Permitir prints pelo selo', 'Allow prints from the badge')}
      </button>
      {error && <span role="alert"> {error}</span>}
    </p>
  );
}
