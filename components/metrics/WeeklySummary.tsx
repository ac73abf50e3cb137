import { useEffect, useMemo, useState } from 'react';
import { LABELS, LABEL_NAMES, type Site } from '../../lib/domain';
import { tr, trPair } from '../../lib/i18n';
import { computeMetrics, weekRange } from '../../lib/metrics';
import { DEFAULT_BUSINESS_HOURS } from '../../storage/defaults';
import type { ProjectRecord } from '../../storage/schema';
import { periodLabel, responseTime, share, SITE_NAMES } from './format';
import { loadMetricsData, SERVICE_DEFAULTS, type MetricsData } from './load';

/**
 * The weekly summary an agency sends the expert: one printed page (print CSS hides everything else) with the
 * week's volume per class, what the team did, response times and the share within target, per channel.
 */
export function WeeklySummary({ projects, projectId, site }: { projects: ProjectRecord[]; projectId: string; site: '' | Site }) {
  const [weeksBack, setWeeksBack] = useState(1);
  const [data, setData] = useState<MetricsData>();
  const [now] = useState(() => Date.now());
  const project = projects.find((p) => p.id === projectId);
  const timeZone = (project ?? projects[0])?.businessHours.timeZone ?? DEFAULT_BUSINESS_HOURS.timeZone;
  const range = useMemo(() => weekRange(now, weeksBack, timeZone), [now, weeksBack, timeZone]);

  useEffect(() => {
    let live = true;
    void loadMetricsData(range.from, range.to).then((d) => live && setData(d), () => undefined);
    return () => {
      live = false;
    };
  }, [range]);

  const report = useMemo(
    () =>
      data &&
      computeMetrics(data.comments, data.actions, projects, { ...range, granularity: 'day', timeZone, projectId: projectId || undefined, site: site || undefined, now }, SERVICE_DEFAULTS),
    [data, projects, range, timeZone, projectId, site, now],
  );
  const first = report?.periods[0]?.key;
  const last = report?.periods.at(-1)?.key;
  const t = report?.total;

  return (
    <section className="weekly-summary" aria-labelledby="weekly-title" data-testid="weekly-summary">
      <div className="screen-only summary-controls">
        <h2>{tr('Resumo semanal para o especialista', 'Weekly summary for the expert')}</h2>
        <select value={weeksBack} onChange={(e) => setWeeksBack(Number(e.target.value))} aria-label={tr('Semana', 'Week')}>
          <option value={0}>{tr('semana atual', 'this week')}</option>
          <option value={1}>{tr('semana passada', 'last week')}</option>
          <option value={2}>{tr('há 2 semanas', '2 weeks ago')}</option>
        </select>
        <button type="button" className="btn primary" onClick={() => window.print()} disabled={!report}>
          {tr('Imprimir / salvar PDF', 'Print / save PDF')}
        </button>
      </div>
      {report && t && (
        <article className="summary-page">
          <h1 id="weekly-title">
            {tr('Resumo da semana', 'Week summary')} — {project?.expertName ?? tr('todos os especialistas', 'all experts')}
          </h1>
          <p className="muted">
            {first && last && `${periodLabel(first, false)} – ${periodLabel(last, false)}`}
            {site ? ` · ${SITE_NAMES[site]}` : ''} · {tr('fuso', 'time zone')} {report.filter.timeZone}
          </p>
          <ul className="summary-figures">
            <li>
              <strong>{t.seenTotal}</strong> {tr('comentários lidos', 'comments read')}:{' '}
              {LABELS.filter((l) => t.seen[l] > 0)
                .map((l) => `${t.seen[l]} ${trPair(LABEL_NAMES[l]).toLowerCase()}`)
                .join(', ') || '—'}
            </li>
            <li>
              <strong>{t.replied}</strong> {tr('respostas', 'replies')} ({t.repliedWithTemplate} {tr('com modelo aprovado', 'with an approved template')}),{' '}
              <strong>{t.movedToDm}</strong> {tr('levados ao direct', 'moved to DM')}, <strong>{t.hidden}</strong> {tr('ocultos', 'hidden')}
            </li>
            <li>
              <strong>{t.printsSaved}</strong> {tr('prints de elogios e depoimentos salvos no acervo', 'prints of praise and testimonials saved')}
            </li>
            <li>
              {tr('Primeira resposta', 'First response')}: {tr('mediana', 'median')} <strong>{responseTime(t.response.medianMs)}</strong>, p90{' '}
              <strong>{responseTime(t.response.p90Ms)}</strong> ({t.response.samples} {tr('respondidos', 'answered')})
            </li>
            <li>
              {tr('Dentro da meta (horário de atendimento)', 'Within target (business hours)')}: <strong>{share(t.response.withinShare)}</strong>
              {t.response.pendingOverdue > 0 && ` · ${t.response.pendingOverdue} ${tr('ainda pendentes fora da meta', 'still pending past target')}`}
            </li>
          </ul>
          <table className="summary-table">
            <thead>
              <tr>
                <th scope="col">{tr('Canal', 'Channel')}</th>
                <th scope="col">{tr('Comentários', 'Comments')}</th>
                <th scope="col">{tr('Respostas', 'Replies')}</th>
                <th scope="col">{tr('Mediana', 'Median')}</th>
                <th scope="col">p90</th>
                <th scope="col">{tr('Na meta', 'On target')}</th>
              </tr>
            </thead>
            <tbody>
              {report.bySite.map((s) => (
                <tr key={s.key}>
                  <th scope="row">{SITE_NAMES[s.key] ?? s.key}</th>
                  <td>{s.seenTotal}</td>
                  <td>{s.replied}</td>
                  <td>{responseTime(s.response.medianMs)}</td>
                  <td>{responseTime(s.response.p90Ms)}</td>
                  <td>{share(s.response.withinShare)}</td>
                </tr>
              ))}
              {report.bySite.length === 0 && (
                <tr>
                  <td colSpan={6}>{tr('Nenhum comentário nesta semana.', 'No comments this week.')}</td>
                </tr>
              )}
            </tbody>
          </table>
          <table className="summary-table">
            <thead>
              <tr>
                <th scope="col">{tr('Dia', 'Day')}</th>
                {report.periods.map((p) => (
                  <th key={p.key} scope="col">{periodLabel(p.key, false)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{tr('Comentários', 'Comments')}</th>
                {report.periods.map((p) => (
                  <td key={p.key}>{p.seenTotal}</td>
                ))}
              </tr>
              <tr>
                <th scope="row">{tr('Respostas', 'Replies')}</th>
                {report.periods.map((p) => (
                  <td key={p.key}>{p.replied}</td>
                ))}
              </tr>
            </tbody>
          </table>
        </article>
      )}
    </section>
  );
}
