import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLibraryChange } from '../use-library-change';
import type { ChartConfiguration } from 'chart.js';
import { LABELS, LABEL_NAMES, SITES, type Site } from '../../lib/domain';
import { count, getLocale, tr, trPair } from '../../lib/i18n';
import { computeMetrics, lastDaysRange, metricsToCsv, weekRange, type CountBlock, type Granularity, type GroupRow, type MetricsReport } from '../../lib/metrics';
import { DEFAULT_BUSINESS_HOURS } from '../../storage/defaults';
import type { ProjectRecord } from '../../storage/schema';
import { download } from '../download';
import { ChartCanvas } from './Chart';
import { LABEL_COLORS, periodLabel, responseTime, share, SITE_NAMES } from './format';
import { loadMetricsData, loadProjects, SERVICE_DEFAULTS, type MetricsData } from './load';
import { RecurringQuestions } from './RecurringQuestions';
import { WeeklySummary } from './WeeklySummary';
import './metrics.css';
import { errorText } from '../../lib/error-text';
import { ProfileOptions } from '../profile-options';

interface Filters {
  granularity: Granularity;
  /** Days (day view) or weeks (week view) back from today. */
  span: number;
  projectId: string;
  site: '' | Site;
}

const SPANS: Record<Granularity, number[]> = { day: [7, 14, 30, 90], week: [4, 8, 12, 26] };

function zoneOf(projects: ProjectRecord[], projectId: string): string {
  return (projects.find((p) => p.id === projectId) ?? projects[0])?.businessHours.timeZone ?? DEFAULT_BUSINESS_HOURS.timeZone;
}

/**
 * Service metrics: volume per class, what the team did and how fast, per day or week, per expert and channel.
 * Charts by chart.js; every figure is also in the tables and the CSV.
 */
export function MetricsPage() {
  const [projects, setProjects] = useState<ProjectRecord[]>([]);
  const [filters, setFilters] = useState<Filters>({ granularity: 'day', span: 14, projectId: '', site: '' });
  const [loaded, setLoaded] = useState<{ range: { from: number; to: number }; data: MetricsData }>();
  const [error, setError] = useState<string>();
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    void loadProjects().then(setProjects, (e: unknown) => setError(String(e)));
  }, []);
  // A profile made, renamed or given other hours while this page is open counts at once.
  useLibraryChange(useCallback(() => void loadProjects().then(setProjects, () => undefined), []));

  const timeZone = zoneOf(projects, filters.projectId);
  // Week view covers whole weeks (Monday to Sunday), so the first bar is not a partial week.
  const range = useMemo(
    () =>
      filters.granularity === 'week'
        ? { from: weekRange(now, filters.span - 1, timeZone).from, to: weekRange(now, 0, timeZone).to }
        : lastDaysRange(now, filters.span, timeZone),
    [now, filters.granularity, filters.span, timeZone],
  );

  useEffect(() => {
    let live = true;
    loadMetricsData(range.from, range.to, { questions: true }).then(
      (d) => live && setLoaded({ range, data: d }),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [range]);

  // Data of an older range is not shown while the new one loads.
  const data = loaded?.range === range ? loaded.data : undefined;
  const report = useMemo(
    () =>
      data &&
      computeMetrics(data.comments, data.actions, projects, {
        ...range,
        granularity: filters.granularity,
        timeZone,
        projectId: filters.projectId || undefined,
        site: filters.site || undefined,
        now,
      }, SERVICE_DEFAULTS),
    [data, projects, range, filters, timeZone, now],
  );

  const exportCsv = () => {
    if (!report) return;
    download(metricsToCsv(report, { locale: getLocale() }), `ronda-metricas-${report.periods[0]?.key ?? ''}_${report.periods.at(-1)?.key ?? ''}.csv`, 'text/csv;charset=utf-8');
  };

  const set = (change: Partial<Filters>) => setFilters((f) => ({ ...f, ...change }));

  return (
    <main className="metrics">
      <div className="screen-only">
        <header className="metrics-head">
          <h1>{tr('Métricas de atendimento', 'Service metrics')}</h1>
          <div className="metrics-filters">
            <label>
              {tr('Agrupar por', 'Group by')}
              <select value={filters.granularity} onChange={(e) => { const g = e.target.value as Granularity; set({ granularity: g, span: SPANS[g][1]! }); }}>
                <option value="day">{tr('dia', 'day')}</option>
                <option value="week">{tr('semana', 'week')}</option>
              </select>
            </label>
            <label>
              {tr('Período', 'Period')}
              <select value={filters.span} onChange={(e) => set({ span: Number(e.target.value) })}>
                {SPANS[filters.granularity].map((n) => (
                  <option key={n} value={n}>
                    {filters.granularity === 'day' ? tr(`últimos ${n} dias`, `last ${n} days`) : tr(`últimas ${n} semanas`, `last ${n} weeks`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {tr('Especialista', 'Expert')}
              <select value={filters.projectId} onChange={(e) => set({ projectId: e.target.value })}>
                <option value="">{tr('todos', 'all')}</option>
                <ProfileOptions projects={projects} />
              </select>
            </label>
            <label>
              {tr('Canal', 'Channel')}
              <select value={filters.site} onChange={(e) => set({ site: e.target.value as Filters['site'] })}>
                <option value="">{tr('todos', 'all')}</option>
                {SITES.map((s) => (
                  <option key={s} value={s}>
                    {SITE_NAMES[s]}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="btn" onClick={() => setNow(Date.now())}>
              {tr('Atualizar', 'Refresh')}
            </button>
            <button type="button" className="btn primary" disabled={!report} onClick={exportCsv}>
              {tr('Exportar CSV', 'Export CSV')}
            </button>
          </div>
          <p className="muted">
            {tr(`Fuso: ${timeZone}. Tempo de 1ª resposta = do primeiro momento em que o Ronda viu o comentário até a primeira ação; a meta conta só o horário de atendimento.`, `Time zone: ${timeZone}. First response = from when Ronda first saw the comment to the first action; targets count business hours only.`)}
          </p>
        </header>
        {error && <p className="warn" role="alert">{error}</p>}
        {data && data.skipped > 0 && (
          <p className="warn">{count(data.skipped, ['registro inválido ficou fora da conta.', 'registros inválidos ficaram fora da conta.'], ['invalid record was left out.', 'invalid records were left out.'])}</p>
        )}
        {report?.notes.map((n) => <p key={n} className="warn">{n}</p>)}
        {!report ? <p className="muted">{tr('Carregando…', 'Loading…')}</p> : <ReportView report={report} />}
        <RecurringQuestions rows={data?.questions} from={range.from} projectId={filters.projectId} site={filters.site} />
      </div>
      <WeeklySummary projects={projects} projectId={filters.projectId} site={filters.site} />
    </main>
  );
}

function Totals({ block }: { block: CountBlock }) {
  const cards: [string, string][] = [
    [tr('Comentários', 'Comments'), String(block.seenTotal)],
    [tr('Respostas com modelo', 'Template replies'), `${block.repliedWithTemplate} / ${block.replied}`],
    [tr('Levados ao direct', 'Moved to DM'), String(block.movedToDm)],
    [tr('Ocultos', 'Hidden'), String(block.hidden)],
    [tr('Prints salvos', 'Prints saved'), String(block.printsSaved)],
    [tr('Mediana 1ª resposta', 'Median 1st response'), responseTime(block.response.medianMs)],
    [tr('p90 1ª resposta', 'p90 1st response'), responseTime(block.response.p90Ms)],
    [tr('Dentro da meta', 'Within target'), share(block.response.withinShare)],
  ];
  return (
    <div className="cards" data-testid="metrics-totals">
      {cards.map(([k, v]) => (
        <div key={k} className="card">
          <div className="card-value">{v}</div>
          <div className="card-label">{k}</div>
        </div>
      ))}
    </div>
  );
}

function ReportView({ report }: { report: MetricsReport }) {
  const week = report.filter.granularity === 'week';
  // Memoised so the charts are rebuilt when the report changes, not on every render.
  const labels = useMemo(() => report.periods.map((p) => periodLabel(p.key, week)), [report, week]);
  const volume = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels,
        datasets: LABELS.map((l) => ({ label: trPair(LABEL_NAMES[l]), data: report.periods.map((p) => p.seen[l]), backgroundColor: LABEL_COLORS[l], stack: 'seen' })),
      },
      options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
    }),
    [report, labels],
  );
  const actions = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels,
        datasets: [
          { label: tr('Respostas com modelo', 'Template replies'), data: report.periods.map((p) => p.repliedWithTemplate), backgroundColor: '#0b6e4f' },
          { label: tr('Respostas sem modelo', 'Other replies'), data: report.periods.map((p) => p.replied - p.repliedWithTemplate), backgroundColor: '#7fb8a4' },
          { label: tr('Levados ao direct', 'Moved to DM'), data: report.periods.map((p) => p.movedToDm), backgroundColor: '#6941c6' },
          { label: tr('Ocultos', 'Hidden'), data: report.periods.map((p) => p.hidden), backgroundColor: '#b42318' },
          { label: tr('Prints salvos', 'Prints saved'), data: report.periods.map((p) => p.printsSaved), backgroundColor: '#fdb022' },
        ],
      },
      options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    }),
    [report, labels],
  );
  const speed = useMemo<ChartConfiguration>(
    () => ({
      type: 'line',
      data: {
        labels,
        datasets: [
          { label: tr('Mediana (min)', 'Median (min)'), data: report.periods.map((p) => (p.response.medianMs === null ? null : p.response.medianMs / 60_000)), borderColor: '#175cd3', backgroundColor: '#175cd3', yAxisID: 'y', spanGaps: true },
          { label: tr('p90 (min)', 'p90 (min)'), data: report.periods.map((p) => (p.response.p90Ms === null ? null : p.response.p90Ms / 60_000)), borderColor: '#b54708', backgroundColor: '#b54708', yAxisID: 'y', spanGaps: true },
          { label: tr('Dentro da meta (%)', 'Within target (%)'), data: report.periods.map((p) => (p.response.withinShare === null ? null : p.response.withinShare * 100)), borderColor: '#067647', backgroundColor: '#067647', borderDash: [4, 4], yAxisID: 'share', spanGaps: true },
        ],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          y: { beginAtZero: true, title: { display: true, text: tr('minutos', 'minutes') } },
          share: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false }, title: { display: true, text: '%' } },
        },
      },
    }),
    [report, labels],
  );

  return (
    <>
      <Totals block={report.total} />
      <div className="charts">
        <section>
          <h2>{tr('Comentários por rótulo', 'Comments per label')}</h2>
          <ChartCanvas config={volume} label={tr('Comentários por rótulo e período', 'Comments per label and period')} />
        </section>
        <section>
          <h2>{tr('Ações da equipe', 'Team actions')}</h2>
          <ChartCanvas config={actions} label={tr('Ações por período', 'Actions per period')} />
        </section>
        <section>
          <h2>{tr('Tempo de primeira resposta', 'First-response time')}</h2>
          <ChartCanvas config={speed} label={tr('Mediana, p90 e parcela dentro da meta', 'Median, p90 and share within target')} />
        </section>
      </div>
      <BlockTable
        title={week ? tr('Por semana', 'Per week') : tr('Por dia', 'Per day')}
        rows={report.periods.map((p) => ({ key: p.key, name: periodLabel(p.key, week), block: p }))}
        testId="metrics-periods"
      />
      <BlockTable title={tr('Por especialista', 'Per expert')} rows={report.byProject.map(groupRow)} testId="metrics-projects" />
      <BlockTable title={tr('Por canal', 'Per channel')} rows={report.bySite.map((r) => ({ ...groupRow(r), name: SITE_NAMES[r.key] ?? r.key }))} testId="metrics-sites" />
    </>
  );
}

const groupRow = (r: GroupRow) => ({ key: r.key, name: r.name, block: r as CountBlock });

export function BlockTable({ title, rows, testId }: { title: string; rows: { key: string; name: string; block: CountBlock }[]; testId?: string }) {
  return (
    <section className="table-wrap">
      <h2>{title}</h2>
      <table data-testid={testId}>
        <thead>
          <tr>
            <th scope="col" />
            {LABELS.map((l) => (
              <th key={l} scope="col" title={trPair(LABEL_NAMES[l])}>
                <span className="swatch" style={{ background: LABEL_COLORS[l] }} aria-hidden="true" />
                {trPair(LABEL_NAMES[l])}
              </th>
            ))}
            <th scope="col">{tr('Total', 'Total')}</th>
            <th scope="col">{tr('Resp. c/ modelo', 'Tpl. replies')}</th>
            <th scope="col">{tr('Direct', 'DM')}</th>
            <th scope="col">{tr('Ocultos', 'Hidden')}</th>
            <th scope="col">{tr('Prints', 'Prints')}</th>
            <th scope="col">{tr('Mediana', 'Median')}</th>
            <th scope="col">p90</th>
            <th scope="col">{tr('Na meta', 'On target')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={LABELS.length + 9} className="muted">
                {tr('Nada no período.', 'Nothing in the period.')}
              </td>
            </tr>
          )}
          {rows.map(({ key, name, block }) => (
            <tr key={key} className={block.seenTotal === 0 && block.replied === 0 ? 'zero' : undefined}>
              <th scope="row">{name}</th>
              {LABELS.map((l) => (
                <td key={l}>{block.seen[l]}</td>
              ))}
              <td>{block.seenTotal}</td>
              <td>{block.repliedWithTemplate}</td>
              <td>{block.movedToDm}</td>
              <td>{block.hidden}</td>
              <td>{block.printsSaved}</td>
              <td>{responseTime(block.response.medianMs)}</td>
              <td>{responseTime(block.response.p90Ms)}</td>
              <td title={tr(`${block.response.withinTarget} na meta · ${block.response.lateResponses} atrasadas · ${block.response.pendingOverdue} pendentes fora da meta`, `${block.response.withinTarget} on target · ${block.response.lateResponses} late · ${block.response.pendingOverdue} pending past target`)}>
                {share(block.response.withinShare)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
