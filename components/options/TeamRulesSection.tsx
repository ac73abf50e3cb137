import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { authorOf } from '../../classifier/team-rules';
import { LABEL_NAMES, LABELS, SITE_NAMES, SITES, type Label, type Site, type TeamRuleKind } from '../../lib/domain';
import { count, tr, trPair } from '../../lib/i18n';
import { exportTeamRules, MAX_TEAM_RULES_BYTES } from '../../lib/team-rules/io';
import { getActiveProject, listProjects } from '../../storage/projects';
import type { ProjectRecord, TeamRuleRecord } from '../../storage/schema';
import { previewRule } from '../../lib/team-rules/preview';
import { getSetting } from '../../storage/settings';
import { dismissOffender, importTeamRules, listTeamRules, putTeamRules, removeTeamRules, restoreOffender, saveTeamRule, teamRuleProblem } from '../../storage/team-rules';
import { OFFENDER_MIN_HATERS, offenderId, type DismissedOffender } from '../../lib/team-rules/offenders';
import type { InvalidRow } from '../../storage/validate';
import { download } from '../download';
import { tellRulesChanged } from './classifier-news';
import { FileButtons } from '../file-buttons';
import { DamagedRows, importSummary, StatusLine, useStoredRows } from './list-tools';
import { RepeatOffenders, type Offender } from './RepeatOffenders';
import { scopeOf } from './rule-scope';
import { SearchableList } from './SearchableList';
import { sampleScope, useStoredSample } from './stored-sample';
import { ProfileOptions } from '../profile-options';
import { useLibraryChange } from '../use-library-change';

const EVERY = '';

type Message = { kind: 'ok' | 'error'; text: string; undo?: () => Promise<string> };

interface Draft {
  kind: TeamRuleKind;
  pattern: string;
  label: Label;
  site: Site | typeof EVERY;
  projectId: string;
  note: string;
}

const BLANK: Draft = { kind: 'term', pattern: '', label: 'hater', site: EVERY, projectId: EVERY, note: '' };

function labelName(label: Label): string {
  return trPair(LABEL_NAMES[label]);
}

/** Takes back a save: the rule it replaced comes back, or the new one goes. */
function undoSave(rule: TeamRuleRecord, replaced: TeamRuleRecord | undefined): () => Promise<string> {
  return async () => {
    if (replaced) await putTeamRules([replaced]);
    else await removeTeamRules([rule.id]);
    return tr('Desfeito.', 'Undone.') + (await tellRulesChanged());
  };
}

const ruleText = (r: TeamRuleRecord) => `${r.pattern} ${r.note ?? ''} ${r.createdBy}`;
const ruleKey = (r: TeamRuleRecord) => r.id;

async function loadRulesAndProfiles() {
  // Pages file comments under the active profile before anything has created its row (a fresh install): made here,
  // as the side panel does, so rules and suggestions name it instead of calling it removed.
  await getActiveProject();
  const [rules, profiles, dismissed] = await Promise.all([listTeamRules(), listProjects(), getSetting('dismissedOffenders')]);
  return { rules, profiles, dismissed };
}
type Loaded = Awaited<ReturnType<typeof loadRulesAndProfiles>>;

/**
 * The team's rules: a word or phrase, or an author, that always gets a label on the pages (the troll of every
 * live, the course's name the model takes for a complaint, the slur of the season). Add, search, remove with undo,
 * and share as a file; open pages follow every change.
 */
export function TeamRulesSection() {
  const [rules, setRules] = useState<TeamRuleRecord[]>();
  const [invalid, setInvalid] = useState<InvalidRow[]>([]);
  const [projects, setProjects] = useState<ProjectRecord[]>([]);
  const [draft, setDraft] = useState<Draft>(BLANK);
  const [dismissed, setDismissed] = useState<DismissedOffender[]>([]);
  const apply = useCallback((loaded: Loaded) => {
    setRules(loaded.rules.valid);
    setInvalid(loaded.rules.invalid);
    setProjects(loaded.profiles.valid);
    setDismissed(loaded.dismissed);
  }, []);
  const { message, busy, act, reload } = useStoredRows<Loaded, Message>(loadRulesAndProfiles, apply);
  // Rules pulled from Drive, and a profile made or renamed in "Você e o especialista" above, show up here at once.
  useLibraryChange(useCallback(() => void reload(), [reload]));

  const problem = draft.pattern.trim() ? teamRuleProblem(draft) : null;

  const add = () =>
    act(async () => {
      const user = (await getSetting('user')).name;
      const { rule, replaced } = await saveTeamRule(
        {
          kind: draft.kind,
          pattern: draft.pattern,
          label: draft.label,
          site: draft.site || undefined,
          projectId: draft.projectId || undefined,
          note: draft.note,
        },
        user,
      );
      setDraft((d) => ({ ...d, pattern: '', note: '' }));
      const what = rule.kind === 'author' ? tr(`Perfil ${rule.pattern}`, `Author ${rule.pattern}`) : `“${rule.pattern}”`;
      return {
        kind: 'ok',
        text:
          (replaced
            ? tr(`${what}: a regra que já existia passou de ${labelName(replaced.label)} para ${labelName(rule.label)}.`, `${what}: the existing rule went from ${labelName(replaced.label)} to ${labelName(rule.label)}.`)
            : tr(`Regra adicionada: ${what} → ${labelName(rule.label)}.`, `Rule added: ${what} → ${labelName(rule.label)}.`)) + (await tellRulesChanged()),
        undo: undoSave(rule, replaced),
      };
    });

  const markOffender = (o: Offender) =>
    act(async () => {
      const user = (await getSetting('user')).name;
      const { rule, replaced } = await saveTeamRule({ kind: 'author', pattern: o.author, label: 'hater', site: o.site, projectId: o.projectId }, user);
      return {
        kind: 'ok',
        text: tr(`${o.author} marcado como hater (${SITE_NAMES[o.site]}).`, `${o.author} marked as a hater (${SITE_NAMES[o.site]}).`) + (await tellRulesChanged()),
        undo: undoSave(rule, replaced),
      };
    });

  const remove = (gone: TeamRuleRecord[]) =>
    act(async () => {
      const removed = await removeTeamRules(gone.map((r) => r.id));
      return {
        kind: 'ok',
        text: count(removed.length, ['regra removida.', 'regras removidas.'], ['rule removed.', 'rules removed.']) + (await tellRulesChanged()),
        undo: async () => {
          await putTeamRules(removed);
          return count(removed.length, ['regra de volta.', 'regras de volta.'], ['rule back.', 'rules back.']) + (await tellRulesChanged());
        },
      };
    });

  const undo = (run: () => Promise<string>) => act(async () => ({ kind: 'ok', text: await run() }));

  const dismiss = (o: Offender) =>
    act(async () => {
      const id = offenderId(o);
      await dismissOffender({ id, haters: o.haters });
      return {
        kind: 'ok',
        text: tr(`${o.author} saiu da lista; volta se tiver mais ${OFFENDER_MIN_HATERS} comentários hater.`, `${o.author} set aside; back on the list after ${OFFENDER_MIN_HATERS} more hater comments.`),
        undo: async () => {
          await restoreOffender(id);
          return tr(`${o.author} de volta à lista.`, `${o.author} back on the list.`);
        },
      };
    });

  const onImport = (file: File) =>
    act(async () => {
      if (file.size > MAX_TEAM_RULES_BYTES) {
        return { kind: 'error', text: tr('Arquivo grande demais para um arquivo de regras. Nada foi importado.', 'File too large for a rules file. Nothing was imported.') };
      }
      const result = await importTeamRules(await file.text(), projects);
      if (!result.ok) return { kind: 'error', text: result.error };
      const { added, updated } = result.plan;
      const unknown = result.unknownExperts;
      return {
        kind: 'ok',
        text:
          importSummary(result.plan, tr(' (a regra daqui é a mesma ou mais recente)', ' (the rule here is the same or more recent)')) +
          (unknown.length
            ? tr(
                ` Nenhum perfil aqui se chama ${unknown.join(', ')}: as regras desses perfis valem para todos os perfis.`,
                ` No profile here is called ${unknown.join(', ')}: those profiles' rules apply to every profile.`,
              )
            : '') +
          (added + updated > 0 ? await tellRulesChanged() : ''),
      };
    });

  const onExport = () => {
    if (!rules) return;
    download(new Blob([exportTeamRules(rules, projects, new Date())], { type: 'application/json' }), `ronda-regras-${new Date().toISOString().slice(0, 10)}.json`, 'application/json');
  };

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  return (
    <section aria-labelledby="team-rules-title" className="editor" style={{ maxWidth: 760, padding: '0 12px' }} data-testid="team-rules">
      <h2 id="team-rules-title">{tr('Regras da equipe', 'Team rules')}</h2>
      <p className="health">
        {tr(
          'Uma palavra, frase ou emoji, ou um perfil, que sempre recebe o mesmo rótulo: o troll que volta em toda live, o nome do curso que o modelo confunde, o xingamento da vez. A regra vale antes do modelo; só a correção de um comentário igual vale mais. Use * no fim de uma palavra para as variações: golp* pega golpe, golpista, golpistas.',
          'A word, phrase or emoji, or an author, that always gets the same label: the troll at every live, the course name the model gets wrong, the slur of the season. A rule comes before the model; only a correction of the same comment counts for more. Put * at the end of a word for its variants: golp* catches golpe, golpista, golpistas.',
        )}
      </p>
      <form
        className="team-rule-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!problem && draft.pattern.trim()) void add();
        }}
      >
        <fieldset>
          <legend>{tr('Nova regra', 'New rule')}</legend>
          <label>
            <input type="radio" name="rule-kind" checked={draft.kind === 'term'} onChange={() => set('kind', 'term')} /> {tr('Palavra ou frase', 'Word or phrase')}
          </label>{' '}
          <label>
            <input type="radio" name="rule-kind" checked={draft.kind === 'author'} onChange={() => set('kind', 'author')} /> {tr('Perfil (autor)', 'Author')}
          </label>
          <label style={{ display: 'block' }}>
            {draft.kind === 'term' ? tr('Palavra, frase ou emoji', 'Word, phrase or emoji') : tr('@perfil ou nome como aparece no site', '@handle or name as the site shows it')}
            <input
              type="text"
              value={draft.pattern}
              maxLength={200}
              dir="auto"
              placeholder={draft.kind === 'term' ? 'golp*' : '@perfil'}
              aria-invalid={problem !== null}
              onChange={(e) => set('pattern', e.target.value)}
            />
          </label>
          {problem && (
            <p className="error" role="alert" data-testid="team-rule-problem">
              {problem}
            </p>
          )}
          {!problem && draft.pattern.trim() && <RulePreviewLine draft={draft} />}
          <label>
            {tr('Rótulo', 'Label')}{' '}
            <select value={draft.label} onChange={(e) => set('label', e.target.value as Label)}>
              {LABELS.map((l) => (
                <option key={l} value={l}>
                  {labelName(l)}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            {tr('Site', 'Site')}{' '}
            <select value={draft.site} onChange={(e) => set('site', e.target.value as Draft['site'])}>
              <option value={EVERY}>{tr('Todos os sites', 'Every site')}</option>
              {SITES.map((s) => (
                <option key={s} value={s}>
                  {SITE_NAMES[s]}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            {tr('Perfil do especialista', 'Expert profile')}{' '}
            <select value={draft.projectId} onChange={(e) => set('projectId', e.target.value)}>
              <option value={EVERY}>{tr('Todos os perfis', 'Every profile')}</option>
              <ProfileOptions projects={projects} />
            </select>
          </label>
          <label style={{ display: 'block' }}>
            {tr('Observação (opcional)', 'Note (optional)')}
            <input type="text" value={draft.note} maxLength={300} onChange={(e) => set('note', e.target.value)} />
          </label>
          <button type="submit" className="btn primary" disabled={busy || !draft.pattern.trim() || problem !== null}>
            {tr('Adicionar regra', 'Add rule')}
          </button>
        </fieldset>
      </form>
      <FileButtons
        importLabel={tr('Importar regras', 'Import rules')}
        exportLabel={tr('Exportar regras', 'Export rules')}
        fileLabel={tr('Arquivo de regras', 'Rules file')}
        busy={busy}
        canExport={!!rules?.length}
        onExport={onExport}
        onFile={(file) => void onImport(file)}
      />
      {message && (
        <StatusLine kind={message.kind} text={message.text} busy={busy} onUndo={message.undo && (() => void undo(message.undo!))} testId="team-rules-status" />
      )}
      <DamagedRows
        invalid={invalid}
        what={[['regra guardada está danificada', 'regras guardadas estão danificadas'], ['stored rule is damaged', 'stored rules are damaged']]}
        fate={tr(invalid.length === 1 ? ' e não vale nas páginas: ' : ' e não valem nas páginas: ', ' and not applied on pages: ')}
      />
      {rules && <RepeatOffenders rules={rules} projects={projects} dismissed={dismissed} busy={busy} onMark={(o) => void markOffender(o)} onDismiss={(o) => void dismiss(o)} />}
      {rules === undefined ? (
        <p className="health">{tr('Carregando…', 'Loading…')}</p>
      ) : rules.length === 0 ? (
        <p className="health" data-testid="team-rules-count">
          {tr('Nenhuma regra ainda.', 'No rules yet.')}
        </p>
      ) : (
        <>
          <p data-testid="team-rules-count">{count(rules.length, ['regra.', 'regras.'], ['rule.', 'rules.'])}</p>
          <SearchableList
            items={rules}
            searchText={ruleText}
            keyOf={ruleKey}
            row={(r) => (
              <>
                <span className="health">{r.kind === 'author' ? tr('perfil', 'author') : tr('texto', 'text')}</span> <q dir="auto">{r.pattern}</q> →{' '}
                <strong>{labelName(r.label)}</strong> <span className="health">({scopeOf(r, projects)})</span>
                {r.note && (
                  <>
                    {' '}
                    <em dir="auto">{r.note}</em>
                  </>
                )}{' '}
                <span className="health">
                  {r.createdBy} · {new Date(r.updatedAt).toLocaleString('pt-BR')}
                </span>{' '}
                <button type="button" className="btn" disabled={busy} onClick={() => void remove([r])} aria-label={tr(`Remover a regra ${r.pattern}`, `Remove the rule ${r.pattern}`)}>
                  {tr('Remover', 'Remove')}
                </button>
              </>
            )}
            search={{ label: tr('Buscar regras', 'Search rules'), placeholder: tr('Buscar regras', 'Search rules') }}
            bulk={{ label: (n) => tr(`Remover as ${n} encontradas`, `Remove the ${n} found`), run: (found) => void remove(found) }}
            busy={busy}
            nothingFound={tr('Nenhuma regra com esse texto.', 'No rule with that text.')}
            testId="team-rules-list"
          />
        </>
      )}
    </section>
  );
}

/** "Pegaria 37 dos 5.000 comentários guardados mais recentes; 12 mudariam de rótulo", with examples, while staff type. */
function RulePreviewLine({ draft }: { draft: Draft }) {
  const sample = useStoredSample();
  const pattern = useDeferredValue(draft.pattern);
  const preview = useMemo(
    () => (sample ? previewRule({ kind: draft.kind, pattern, label: draft.label, site: draft.site || undefined, projectId: draft.projectId || undefined }, sample) : undefined),
    [sample, draft.kind, pattern, draft.label, draft.site, draft.projectId],
  );
  if (!sample || !preview || sample.length === 0) return null;
  const of = sampleScope(sample);
  return (
    <div className="health" role="status" data-testid="team-rule-preview">
      <p>
        {preview.matched === 0
          ? tr(`Prévia: não pegaria nenhum ${of}.`, `Preview: it would catch none ${of}.`)
          : tr(`Prévia: pegaria ${preview.matched} ${of}`, `Preview: it would catch ${preview.matched} ${of}`) +
            (preview.changes ? tr(`; ${preview.changes} ${preview.changes === 1 ? 'mudaria' : 'mudariam'} para ${labelName(draft.label)}.`, `; ${preview.changes} would become ${labelName(draft.label)}.`) : tr(`, que já são ${labelName(draft.label)}.`, `, already ${labelName(draft.label)}.`))}
      </p>
      {preview.examples.length > 0 && (
        <ul>
          {preview.examples.map((c) => (
            <li key={c.key}>
              <q dir="auto">{c.text.length > 140 ? `${c.text.slice(0, 139)}…` : c.text}</q> <span>— {authorOf(c) || tr('sem autor', 'no author')}, {SITE_NAMES[c.site]}, {labelName(c.label)}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
