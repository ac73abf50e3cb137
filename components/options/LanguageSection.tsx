import { useEffect, useState } from 'react';
import { getLocale, tr, type Locale } from '../../lib/i18n';
import { getSetting, setSetting } from '../../storage/settings';
import { errorText } from '../../lib/error-text';

/** Each language is named in itself, so someone who reads only one of them still finds it. */
const LANGUAGES: { value: Locale; name: string }[] = [
  { value: 'pt-BR', name: 'Português (Brasil)' },
  { value: 'en', name: 'English' },
];

/**
 * The language of Ronda's screens and of the badges on pages. Pages read it when they open, so this page reloads
 * itself to follow; the side panel and sites already open follow when reopened or reloaded.
 */
export function LanguageSection({ reload = () => location.reload() }: { reload?: () => void } = {}) {
  const [locale, setLocale] = useState<Locale>();
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    getSetting('locale').then(
      (value) => live && setLocale(value),
      // Unreadable settings: show the language the page is in, so the choice still works.
      () => live && setLocale(getLocale()),
    );
    return () => {
      live = false;
    };
  }, []);

  const choose = async (next: Locale) => {
    setError('');
    try {
      await setSetting('locale', next);
      setLocale(next);
      reload();
    } catch (e) {
      setError(tr('Não foi possível salvar: ', 'Could not save: ') + errorText(e));
    }
  };

  return (
    <section aria-labelledby="language-title" className="editor" style={{ maxWidth: 640, padding: '0 12px' }}>
      <h2 id="language-title">Idioma / Language</h2>
      <label>
        {tr('Idioma das telas do Ronda', 'Language of Ronda’s screens')}
        <select data-testid="locale" value={locale ?? ''} disabled={locale === undefined} onChange={(e) => void choose(e.target.value as Locale)}>
          {LANGUAGES.map((l) => (
            <option key={l.value} value={l.value} lang={l.value}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      <p className="health">
        {tr(
          'O painel lateral e as páginas de sites já abertas mudam de idioma quando forem reabertas ou recarregadas.',
          'The side panel and site pages already open switch language when reopened or reloaded.',
        )}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
