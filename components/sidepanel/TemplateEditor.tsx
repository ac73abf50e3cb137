import { useMemo, useRef, useState } from 'react';
import { LABEL_NAMES, LABELS, SITES, type Label, type Site } from '../../lib/domain';
import { tr, trPair } from '../../lib/i18n';
import { checkTemplate } from '../../lib/templates/checker';
import { SITE_NAMES, VARIABLES, buildVariables } from '../../lib/templates/variables';
import type { ProjectRecord, TemplateRecord } from '../../storage/schema';
import type { TemplateSeed } from '../../lib/templates/seed-link';
import type { TemplateDraft } from '../../storage/templates';
import { errorText } from '../../lib/error-text';

/** Create/edit form of one template, with the checker running as the text is typed. */
export function TemplateEditor(props: {
  initial?: TemplateRecord;
  /** A new template's starting point (no `initial`): title, labels and an example question. */
  seed?: TemplateSeed;
  project?: ProjectRecord;
  onSave: (draft: TemplateDraft) => Promise<void>;
  onCancel: () => void;
}) {
  const { initial, project, seed } = props;
  const [title, setTitle] = useState(initial?.title ?? seed?.title ?? '');
  const [labels, setLabels] = useState<Label[]>(initial?.labels ?? seed?.labels ?? []);
  const [sites, setSites] = useState<Site[]>(initial?.sites ?? []);
  const [voice, setVoice] = useState<'agency' | 'expert'>(initial?.voice ?? 'agency');
  const [body, setBody] = useState(initial?.body ?? '');
  const [dmBody, setDmBody] = useState(initial?.dmBody ?? '');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const lastField = useRef<'body' | 'dm'>('body');
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const dmRef = useRef<HTMLTextAreaElement>(null);

  const issues = useMemo(
    () => (body.trim() ? checkTemplate({ labels, sites, voice, body, dmBody }, buildVariables(undefined, project)) : []),
    [labels, sites, voice, body, dmBody, project],
  );

  const toggle = <T,>(list: T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

  /** Inserts {{variable}} at the caret of the field last edited. */
  const insertVariable = (name: string) => {
    const field = lastField.current === 'dm' ? dmRef.current : bodyRef.current;
    const value = lastField.current === 'dm' ? dmBody : body;
    const at = field?.selectionStart ?? value.length;
    const next = `${value.slice(0, at)}{{${name}}}${value.slice(field?.selectionEnd ?? at)}`;
    if (lastField.current === 'dm') setDmBody(next);
    else setBody(next);
  };

  const save = async () => {
    if (!title.trim() || !body.trim()) {
      setError(tr('Dê um título e escreva a resposta.', 'Give it a title and write the reply.'));
      return;
    }
    setSaving(true);
    setError(undefined);
    try {
      await props.onSave({ id: initial?.id, title, labels, sites, voice, body, dmBody });
    } catch (e) {
      setError(errorText(e));
      setSaving(false);
    }
  };

  return (
    <form
      className="editor"
      aria-label={tr('Editar modelo', 'Edit template')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        {tr('Título', 'Title')}
        <input value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <fieldset>
        <legend>{tr('Serve para (vazio = todos)', 'For labels (none = all)')}</legend>
        {LABELS.map((l) => (
          <label key={l}>
            <input type="checkbox" checked={labels.includes(l)} onChange={() => setLabels(toggle(labels, l))} />
            {trPair(LABEL_NAMES[l])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{tr('Sites (vazio = todos)', 'Sites (none = all)')}</legend>
        {SITES.map((s) => (
          <label key={s}>
            <input type="checkbox" checked={sites.includes(s)} onChange={() => setSites(toggle(sites, s))} />
            {SITE_NAMES[s]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{tr('Voz', 'Voice')}</legend>
        <label>
          <input type="radio" name="voice" checked={voice === 'agency'} onChange={() => setVoice('agency')} />
          {tr('Suporte (assinada pela equipe)', 'Support (signed by the team)')}
        </label>
        <label>
          <input type="radio" name="voice" checked={voice === 'expert'} onChange={() => setVoice('expert')} />
          {tr('Do especialista (elogios)', "Expert's own (praise)")}
        </label>
      </fieldset>
      {!initial && seed?.example && (
        <p className="health" data-testid="template-seed-example">
          {tr('O que perguntam: ', 'What people ask: ')}“{seed.example}”
        </p>
      )}
      <label>
        {tr('Resposta pública', 'Public reply')}
        <textarea
          ref={bodyRef}
          value={body}
          maxLength={10_000}
          onFocus={() => (lastField.current = 'body')}
          onChange={(e) => setBody(e.target.value)}
        />
      </label>
      <label>
        {tr('Mensagem privada (direct; no YouTube/blog, a mensagem pronta do WhatsApp)', 'Private message (DM; on YouTube/blogs, the prefilled WhatsApp text)')}
        <textarea
          ref={dmRef}
          value={dmBody}
          maxLength={10_000}
          onFocus={() => (lastField.current = 'dm')}
          onChange={(e) => setDmBody(e.target.value)}
        />
      </label>
      <div className="vars" aria-label={tr('Variáveis', 'Variables')}>
        {VARIABLES.map((v) => (
          <button type="button" className="btn" key={v.name} title={tr(v.pt, v.en)} onClick={() => insertVariable(v.name)}>
            {`{{${v.name}}}`}
          </button>
        ))}
      </div>
      {issues.length > 0 && (
        <ul className="issues" aria-label={tr('Verificação', 'Checks')}>
          {issues.map((i) => (
            <li key={i.code + i.message} className={i.level}>
              {/* Colour alone does not tell an error from a warning. */}
              <strong>{i.level === 'error' ? tr('Erro:', 'Error:') : tr('Atenção:', 'Warning:')}</strong> {i.message}
            </li>
          ))}
        </ul>
      )}
      {initial?.status === 'approved' && (
        <p className="health">{tr('Mudar o texto, os rótulos, os sites ou a voz volta o modelo para rascunho.', 'Changing text, labels, sites or voice sends it back to draft.')}</p>
      )}
      {error && <p className="warn" role="alert">{error}</p>}
      <div className="row">
        <button type="submit" className="btn primary" disabled={saving}>
          {tr('Salvar', 'Save')}
        </button>
        <button type="button" className="btn" onClick={props.onCancel}>
          {tr('Cancelar', 'Cancel')}
        </button>
      </div>
    </form>
  );
}
