import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { SITES, SITE_NAMES } from '../../lib/domain';
import { tr } from '../../lib/i18n';
import { checkBusinessHours } from '../../lib/metrics/business-hours';
import { formatBusinessHours } from '../../lib/templates/variables';
import { getDb, type RondaDB } from '../../storage/db';
import { getActiveProject, listProjects } from '../../storage/projects';
import { projectRecordSchema, type BusinessHours, type ProjectRecord } from '../../storage/schema';
import { describeIssues } from '../../storage/validate';
import { BusinessHoursDays } from './BusinessHoursDays';
import { errorText } from '../../lib/error-text';
import { useLibraryChange } from '../use-library-change';

/** Brazil's zones first (launch teams work on Brasília time; Manaus and Acre differ), then common abroad. */
const ZONES = ['America/Sao_Paulo', 'America/Manaus', 'America/Cuiaba', 'America/Fortaleza', 'America/Recife', 'America/Belem', 'America/Rio_Branco', 'America/Noronha', 'Europe/Lisbon', 'America/New_York', 'UTC'];

/** A fresh install has no profile until one is asked for: getActiveProject creates the placeholder. */
async function loadProjects(): Promise<ProjectRecord[]> {
  await getActiveProject();
  return (await listProjects()).valid;
}

interface Draft {
  businessHours: BusinessHours;
  /** As typed: a field being retyped may be empty for a moment; it is checked on blur and on save. */
  responseTargets: Record<string, string>;
}

/** Minutes from a target field, or undefined unless it holds a whole number above zero. */
export function parseTarget(text: string | undefined): number | undefined {
  const t = text?.trim() ?? '';
  if (!/^\d+$/.test(t)) return undefined;
  const n = Number(t);
  return n > 0 ? n : undefined;
}

/**
 * Writes only business hours and response targets over the profile as stored now: the rest of the profile may have
 * been edited in "Você e o especialista" since this form loaded.
 */
export async function saveServiceFields(
  id: string,
  fields: Pick<ProjectRecord, 'businessHours' | 'responseTargets'>,
  db: RondaDB = getDb(),
): Promise<ProjectRecord> {
  return db.transaction('rw', db.projects, async () => {
    const current = await db.projects.get(id);
    if (!current) throw new Error(tr('Este perfil foi excluído.', 'This profile was deleted.'));
    const parsed = projectRecordSchema.safeParse({ ...current, ...fields, updatedAt: Date.now() });
    if (!parsed.success) throw new Error(describeIssues(parsed.error).join('; '));
    await db.projects.put(parsed.data);
    return parsed.data;
  });
}

const targetTexts = (targets: Record<string, number>): Record<string, string> =>
  Object.fromEntries(Object.entries(targets).map(([site, minutes]) => [site, String(minutes)]));

/**
 * Service rules per expert profile: business hours (zone, days, opening and closing) and the first-response
 * target per channel. The sweep list orders items by them and the metrics page judges response times by them;
 * the clock only runs inside business hours.
 */
export function ServiceSection() {
  const [projects, setProjects] = useState<ProjectRecord[]>([]);
  const reload = useCallback(async () => setProjects(await loadProjects()), []);
  // A profile made, renamed or removed in "Você e o especialista" has its hours here at once.
  useLibraryChange(useCallback(() => void reload(), [reload]));
  useEffect(() => {
    let live = true;
    void loadProjects().then((list) => live && setProjects(list));
    return () => {
      live = false;
    };
  }, []);

  return (
    <section aria-labelledby="service-title" className="editor" style={{ maxWidth: 760, padding: '0 12px' }}>
      <h2 id="service-title">{tr('Atendimento: horário e metas de resposta', 'Service: business hours and response targets')}</h2>
      <p className="health">
        {tr(
          'A meta conta só o tempo dentro do horário de atendimento: um comentário visto sexta às 17:50 com meta de 30 min vence segunda às 09:20 (atendimento seg–sex, 9h–18h).',
          'Targets count business time only: a comment seen Friday 17:50 with a 30-min target is due Monday 09:20 (service Mon–Fri, 9:00–18:00).',
        )}
      </p>
      <p>
        <a href={browser.runtime.getURL('/metrics.html' as '/')} target="_blank" rel="noreferrer">
          {tr('Abrir métricas de atendimento →', 'Open service metrics →')}
        </a>
      </p>
      <datalist id="ronda-zones">
        {ZONES.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      {projects.map((p) => (
        <ProjectService key={p.id} project={p} onSaved={reload} />
      ))}
    </section>
  );
}

function ProjectService({ project, onSaved }: { project: ProjectRecord; onSaved: () => Promise<void> }) {
  const [draft, setDraft] = useState<Draft>({ businessHours: project.businessHours, responseTargets: targetTexts(project.responseTargets) });
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const hours = draft.businessHours;
  const setHours = (change: Partial<BusinessHours>) => setDraft({ ...draft, businessHours: { ...hours, ...change } });
  const targetProblem = (s: (typeof SITES)[number]) =>
    tr(`Meta de ${SITE_NAMES[s]}: informe minutos (número inteiro maior que zero).`, `${SITE_NAMES[s]} target: enter minutes (a whole number above zero).`);

  const save = async () => {
    const problems = checkBusinessHours(hours);
    const badTarget = SITES.find((s) => parseTarget(draft.responseTargets[s]) === undefined);
    if (problems.length || badTarget) {
      setMessage({
        kind: 'error',
        text: [...problems.map((p) => p.message), badTarget ? targetProblem(badTarget) : '']
          .filter(Boolean)
          .join(' '),
      });
      return;
    }
    try {
      // Targets for channels this build does not list are kept as stored.
      const targets = Object.fromEntries(Object.entries(draft.responseTargets).map(([site, text]) => [site, parseTarget(text) ?? project.responseTargets[site]!]));
      await saveServiceFields(project.id, { businessHours: hours, responseTargets: targets });
      setMessage({ kind: 'ok', text: tr('Horário e metas salvos.', 'Hours and targets saved.') });
      await onSaved();
    } catch (e) {
      setMessage({ kind: 'error', text: errorText(e) });
    }
  };

  return (
    <form
      className="editor"
      aria-label={project.expertName}
      style={{ borderTop: '1px solid var(--line)', paddingTop: 8 }}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 style={{ margin: 0 }}>{project.expertName}</h3>
      <fieldset>
        <legend>{tr('Horário de atendimento', 'Business hours')}</legend>
        <label>
          {tr('Fuso', 'Time zone')}
          <input list="ronda-zones" value={hours.timeZone} maxLength={64} onChange={(e) => setHours({ timeZone: e.target.value.trim() })} />
        </label>
        <BusinessHoursDays hours={hours} onChange={setHours} />
      </fieldset>
      <p className="health">{`{{horario}} → ${formatBusinessHours(hours) || '—'}`}</p>
      <fieldset>
        <legend>{tr('Meta de primeira resposta por canal (minutos em horário de atendimento)', 'First-response target per channel (business minutes)')}</legend>
        {SITES.map((s) => (
          <label key={s}>
            {SITE_NAMES[s]}
            <input
              type="number"
              min={1}
              step={1}
              style={{ width: 80 }}
              aria-invalid={parseTarget(draft.responseTargets[s]) === undefined || undefined}
              value={draft.responseTargets[s] ?? ''}
              onChange={(e) => setDraft({ ...draft, responseTargets: { ...draft.responseTargets, [s]: e.target.value } })}
              onBlur={() => parseTarget(draft.responseTargets[s]) === undefined && setMessage({ kind: 'error', text: targetProblem(s) })}
            />
          </label>
        ))}
      </fieldset>
      <div>
        <button type="submit" className="btn primary">
          {tr('Salvar horário e metas', 'Save hours and targets')}
        </button>
      </div>
      {message && (
        <p className={message.kind === 'error' ? 'warn' : 'health'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
