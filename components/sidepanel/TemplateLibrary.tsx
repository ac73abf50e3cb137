import { useCallback, useEffect, useState } from 'react';
import { FileButtons } from '../file-buttons';
import { download } from '../download';
import type { TemplateSeed } from '../../lib/templates/seed-link';
import { LABEL_NAMES, LABELS, type Label } from '../../lib/domain';
import { count, tr, trPair } from '../../lib/i18n';
import { exportTemplates, MAX_IMPORT_BYTES } from '../../lib/templates/io';
import { SITE_NAMES } from '../../lib/templates/variables';
import { getActiveProject } from '../../storage/projects';
import type { ProjectRecord, TemplateRecord } from '../../storage/schema';
import { getSetting } from '../../storage/settings';
import {
  deleteTemplate,
  duplicateTemplate,
  importTemplates,
  listTemplates,
  saveTemplate,
  seedTemplatesOnce,
  setTemplateApproval,
  type TemplateUser,
} from '../../storage/templates';
import type { InvalidRow } from '../../storage/validate';
import { TemplateEditor } from './TemplateEditor';
import { errorText } from '../../lib/error-text';
import { planCounts } from '../import-counts';

interface LibraryData {
  list: { valid: TemplateRecord[]; invalid: InvalidRow[] };
  user: TemplateUser;
  project: ProjectRecord;
}

async function loadLibrary(): Promise<LibraryData> {
  await seedTemplatesOnce();
  const [list, user, project] = await Promise.all([listTemplates(), getSetting('user'), getActiveProject()]);
  return { list, user, project };
}

/**
 * The reply-template library: list, create, edit, duplicate, delete, approve, import and export. Used in the
 * side panel ("Modelos") and on the options page. `onChanged` lets the panel reload its suggestions.
 */
export function TemplateLibrary(props: { onChanged?: () => void; seed?: TemplateSeed }) {
  const [templates, setTemplates] = useState<TemplateRecord[]>([]);
  const [invalid, setInvalid] = useState<InvalidRow[]>([]);
  const [user, setUser] = useState<TemplateUser>({ name: 'Equipe', role: 'staff' });
  const [project, setProject] = useState<ProjectRecord>();
  // A seed (a template asked for from the metrics page) opens the editor on it at once.
  const [editing, setEditing] = useState<TemplateRecord | 'new' | undefined>(props.seed ? 'new' : undefined);
  const [statusFilter, setStatusFilter] = useState<'all' | 'approved' | 'draft'>('all');
  const [labelFilter, setLabelFilter] = useState<Label | 'all'>('all');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const { onChanged } = props;

  const apply = useCallback((data: LibraryData) => {
    setTemplates(data.list.valid);
    setInvalid(data.list.invalid);
    setUser(data.user);
    setProject(data.project);
  }, []);
  const reload = useCallback(async () => apply(await loadLibrary()), [apply]);

  useEffect(() => {
    let live = true;
    void loadLibrary().then((data) => live && apply(data));
    return () => {
      live = false;
    };
  }, [apply]);

  const run = async (action: () => Promise<unknown>, ok?: string) => {
    try {
      await action();
      await reload();
      onChanged?.();
      setMessage(ok ? { kind: 'ok', text: ok } : undefined);
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
    }
  };

  const onImport = async (file: File) => {
    if (file.size > MAX_IMPORT_BYTES) {
      setMessage({ kind: 'error', text: tr('Arquivo grande demais para uma biblioteca de modelos. Nada foi importado.', 'File too large for a template library. Nothing was imported.') });
      return;
    }
    let result: Awaited<ReturnType<typeof importTemplates>>;
    try {
      result = await importTemplates(await file.text(), user);
    } catch (e) {
      // An unreadable file, or storage refusing the write (full): nothing was imported.
      setMessage({ kind: 'error', text: tr('Nada foi importado: ', 'Nothing was imported: ') + errorText(e) });
      return;
    }
    if (!result.ok) {
      setMessage({ kind: 'error', text: result.error });
      return;
    }
    const { demoted } = result.plan;
    await reload();
    onChanged?.();
    setMessage({
      kind: 'ok',
      text:
        tr('Importado: ', 'Imported: ') +
        planCounts(result.plan, { feminine: false, kept: tr(' (a versão daqui era mais nova)', ' (local version newer)') }) +
        (demoted ? `, ${count(demoted, ['aguardando aprovação', 'aguardando aprovação'], ['awaiting approval', 'awaiting approval'])}` : '') +
        '.',
    });
  };

  const onExport = () => {
    download(exportTemplates(templates, new Date()), `ronda-modelos-${new Date().toISOString().slice(0, 10)}.json`, 'application/json');
  };

  if (editing) {
    return (
      <div className="library">
        <TemplateEditor
          initial={editing === 'new' ? undefined : editing}
          seed={editing === 'new' ? props.seed : undefined}
          project={project}
          onCancel={() => setEditing(undefined)}
          onSave={async (draft) => {
            await saveTemplate(draft, user);
            setEditing(undefined);
            await reload();
            onChanged?.();
            setMessage({ kind: 'ok', text: tr('Modelo salvo.', 'Template saved.') });
          }}
        />
      </div>
    );
  }

  const shown = templates.filter(
    (t) => (statusFilter === 'all' || t.status === statusFilter) && (labelFilter === 'all' || t.labels.length === 0 || t.labels.includes(labelFilter)),
  );

  return (
    <div className="library">
      <FileButtons
        importLabel={tr('Importar', 'Import')}
        exportLabel={tr('Exportar', 'Export')}
        fileLabel={tr('Arquivo de modelos', 'Template file')}
        canExport={templates.length > 0}
        onExport={onExport}
        onFile={(file) => void onImport(file)}
      >
        <button type="button" className="btn primary" onClick={() => setEditing('new')}>
          {tr('Novo modelo', 'New template')}
        </button>
      </FileButtons>
      <div className="row">
        <select aria-label={tr('Situação', 'Status')} value={statusFilter} onChange={(e) => setStatusFilter(e.target.value as typeof statusFilter)}>
          <option value="all">{tr('Todos', 'All')}</option>
          <option value="approved">{tr('Aprovados', 'Approved')}</option>
          <option value="draft">{tr('Rascunhos', 'Drafts')}</option>
        </select>
        <select aria-label={tr('Rótulo', 'Label')} value={labelFilter} onChange={(e) => setLabelFilter(e.target.value as Label | 'all')}>
          <option value="all">{tr('Todos os rótulos', 'All labels')}</option>
          {LABELS.map((l) => (
            <option key={l} value={l}>
              {trPair(LABEL_NAMES[l])}
            </option>
          ))}
        </select>
      </div>
      {message && (
        <p className={message.kind === 'error' ? 'warn' : 'health'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {user.role !== 'approver' && (
        <p className="health">{tr('Só aprovadores aprovam modelos (Configurações → Você).', 'Only approvers can approve templates (Settings → You).')}</p>
      )}
      {invalid.length > 0 && (
        <p className="warn" role="alert">
          {count(invalid.length, ['modelo guardado está danificado e foi deixado de lado: ', 'modelos guardados estão danificados e foram deixados de lado: '], ['stored template is damaged and set aside: ', 'stored templates are damaged and set aside: '])}
          {invalid.map((i) => `${i.where} (${i.problems.join('; ')})`).join(', ')}
        </p>
      )}
      {shown.map((t) => (
        <article className="tpl" key={t.id} aria-label={t.title}>
          <h3>
            <span>{t.title}</span>
            <span className="pill">{t.status === 'approved' ? tr('Aprovado', 'Approved') : tr('Rascunho', 'Draft')}</span>
          </h3>
          <div className="health">
            {(t.labels.length ? t.labels.map((l) => trPair(LABEL_NAMES[l])).join(', ') : tr('Todos os rótulos', 'All labels')) +
              ' · ' +
              (t.sites.length ? t.sites.map((s) => SITE_NAMES[s]).join(', ') : tr('todos os sites', 'all sites')) +
              ' · ' +
              (t.voice === 'agency' ? tr('suporte', 'support') : tr('especialista', 'expert'))}
            {t.status === 'approved' && t.approvedBy
              ? ` · ${tr('aprovado por', 'approved by')} ${t.approvedBy}${t.approvedAt ? ` ${tr('em', 'on')} ${new Date(t.approvedAt).toLocaleDateString('pt-BR')}` : ''}`
              : ''}
          </div>
          <p>{t.body}</p>
          <div className="row">
            <button type="button" className="btn" onClick={() => setEditing(t)}>
              {tr('Editar', 'Edit')}
            </button>
            <button type="button" className="btn" onClick={() => void run(() => duplicateTemplate(t.id, user), tr('Cópia criada como rascunho.', 'Copy created as a draft.'))}>
              {tr('Duplicar', 'Duplicate')}
            </button>
            {user.role === 'approver' && (
              <button
                type="button"
                className="btn"
                onClick={() =>
                  void run(
                    () => setTemplateApproval(t.id, t.status !== 'approved', user),
                    t.status === 'approved' ? tr('Aprovação retirada.', 'Approval withdrawn.') : tr('Modelo aprovado.', 'Template approved.'),
                  )
                }
              >
                {t.status === 'approved' ? tr('Retirar aprovação', 'Withdraw approval') : tr('Aprovar', 'Approve')}
              </button>
            )}
            <button
              type="button"
              className="btn"
              onClick={() => {
                if (confirm(tr(`Excluir o modelo "${t.title}"?`, `Delete template "${t.title}"?`))) {
                  void run(() => deleteTemplate(t.id), tr('Modelo excluído.', 'Template deleted.'));
                }
              }}
            >
              {tr('Excluir', 'Delete')}
            </button>
          </div>
        </article>
      ))}
      {shown.length === 0 && <p className="empty">{tr('Nenhum modelo com estes filtros.', 'No template matches these filters.')}</p>}
    </div>
  );
}
