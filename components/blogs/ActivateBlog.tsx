import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { checkBlogOrigin } from '../../lib/blog-origin';
import { tr } from '../../lib/i18n';
import { addedMessage, requestAndAddBlog } from './add-blog';

/**
 * Shown by the side panel when Ronda is not running in its tab: if the tab is an ordinary site (a launch blog),
 * one click asks Chrome for that site and starts Ronda there, without a reload. The tab's address is read ahead
 * of the click, because the permission request must be the click's first call.
 */
export function ActivateBlog({ tabId }: { tabId: number | undefined }) {
  const [origin, setOrigin] = useState<string>();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    // The panel keys this component by tab, so a new tab starts from empty state.
    if (tabId === undefined) return;
    // Chrome gives the address only for a tab Ronda may see (the toolbar click, or a site already granted).
    void Promise.resolve()
      .then(() => browser.tabs.get(tabId))
      .then((tab) => {
        const checked = tab.url && /^https?:/i.test(tab.url) ? checkBlogOrigin(tab.url) : undefined;
        setOrigin(checked?.ok ? checked.origin : undefined);
      })
      .catch(() => undefined);
  }, [tabId]);

  if (!origin) {
    return (
      <p className="health">
        {tr('É um blog de lançamento? Adicione o endereço dele em ', 'Is this a launch blog? Add its address in ')}
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          {tr('Configurações', 'Settings')}
        </a>
        .
      </p>
    );
  }
  return (
    <div className="health" data-testid="activate-blog">
      <p>{tr(`É um blog de lançamento? O Ronda pode marcar os comentários de ${origin}.`, `Is this a launch blog? Ronda can mark the comments of ${origin}.`)}</p>
      <button
        type="button"
        className="btn primary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          setMessage(undefined);
          void requestAndAddBlog(origin)
            .then((result) => setMessage(result.ok ? { kind: 'ok', text: addedMessage(result) } : { kind: 'error', text: result.error }))
            .finally(() => setBusy(false));
        }}
      >
        {tr('Ativar o Ronda neste blog', 'Turn Ronda on for this blog')}
      </button>
      {message && (
        <p className={message.kind === 'error' ? 'error' : undefined} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
