import { useCallback, useEffect, useState } from 'react';
import { checkBlogOrigin } from '../../lib/blog-origin';
import { tr } from '../../lib/i18n';
import { sendToBackground } from '../../messaging/client';
import { addedMessage, requestAndAddBlog, type AddBlogResult } from './add-blog';
import { errorText } from '../../lib/error-text';

type Blog = { origin: string; granted: boolean };
type Message = { kind: 'ok' | 'error'; text: string };

/**
 * The launch blogs Ronda follows. Each is its own host permission, asked for when staff add it (never all sites up
 * front); a permission revoked in Chrome shows here, with the way to give it back.
 */
export function BlogsSection() {
  const [blogs, setBlogs] = useState<Blog[]>();
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState<Message>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    () =>
      sendToBackground('bg.blog.list', {}).then(
        ({ blogs }) => setBlogs(blogs),
        (error: unknown) => {
          setBlogs([]);
          setMessage({ kind: 'error', text: tr('Não foi possível ler os blogs: ', 'Could not read the blogs: ') + errorText(error) });
        },
      ),
    [],
  );

  useEffect(() => {
    void load();
  }, [load]);

  /** `origin` must be checked already: the permission request has to be the click's first call. */
  const add = (origin: string) => {
    setBusy(true);
    setMessage(undefined);
    void requestAndAddBlog(origin)
      .then((result: AddBlogResult) => {
        if (result.ok) {
          setAddress('');
          setMessage({ kind: 'ok', text: addedMessage(result) });
        } else setMessage({ kind: 'error', text: result.error });
      })
      .finally(() => {
        setBusy(false);
        void load();
      });
  };

  const remove = async (origin: string) => {
    setBusy(true);
    setMessage(undefined);
    try {
      await sendToBackground('bg.blog.remove', { origin });
      setMessage({
        kind: 'ok',
        text: tr(
          `${origin} removido. As abas dele já abertas param de ser marcadas quando recarregadas.`,
          `${origin} removed. Its tabs already open stop being marked when reloaded.`,
        ),
      });
    } catch (error) {
      setMessage({ kind: 'error', text: tr('Não foi possível remover: ', 'Could not remove: ') + errorText(error) });
    } finally {
      setBusy(false);
      void load();
    }
  };

  return (
    <section aria-labelledby="blogs-title" className="editor" style={{ maxWidth: 760, padding: '0 12px' }} data-testid="blogs">
      <h2 id="blogs-title">{tr('Blogs de lançamento', 'Launch blogs')}</h2>
      <p className="health">
        {tr(
          'O Ronda marca os comentários dos blogs adicionados aqui (páginas WordPress e parecidas). O Chrome pede permissão para cada endereço; nenhum outro site é lido. Também dá para ativar um blog pelo painel lateral, com a página dele aberta.',
          'Ronda marks the comments of the blogs added here (WordPress and similar pages). Chrome asks for permission for each address; no other site is read. A blog can also be turned on from the side panel, with one of its pages open.',
        )}
      </p>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          const checked = checkBlogOrigin(address);
          if (!checked.ok) setMessage({ kind: 'error', text: checked.error });
          else add(checked.origin);
        }}
      >
        <label>
          {tr('Endereço do blog', 'Blog address')}{' '}
          <input
            type="text"
            inputMode="url"
            maxLength={300}
            value={address}
            placeholder="blog.seuespecialista.com.br"
            onChange={(e) => setAddress(e.target.value)}
          />
        </label>{' '}
        <button type="submit" className="btn primary" disabled={busy}>
          {tr('Adicionar blog', 'Add blog')}
        </button>
      </form>
      {message && (
        <p className={message.kind === 'error' ? 'error' : 'health'} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="blogs-status">
          {message.text}
        </p>
      )}
      {blogs === undefined ? (
        <p className="health">{tr('Carregando…', 'Loading…')}</p>
      ) : blogs.length === 0 ? (
        <p className="health">{tr('Nenhum blog adicionado ainda.', 'No blog added yet.')}</p>
      ) : (
        <ul data-testid="blog-list">
          {blogs.map((b) => (
            <li key={b.origin}>
              <strong>{b.origin}</strong>{' '}
              {b.granted ? (
                <span>{tr('— ativo', '— active')}</span>
              ) : (
                <>
                  <span className="error">{tr('— sem permissão do Chrome: os comentários não são marcados', '— no permission from Chrome: comments are not marked')}</span>{' '}
                  <button type="button" className="btn" disabled={busy} onClick={() => add(b.origin)}>
                    {tr('Autorizar de novo', 'Allow again')}
                  </button>
                </>
              )}{' '}
              <button type="button" className="btn" disabled={busy} onClick={() => void remove(b.origin)} aria-label={tr(`Remover ${b.origin}`, `Remove ${b.origin}`)}>
                {tr('Remover', 'Remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
