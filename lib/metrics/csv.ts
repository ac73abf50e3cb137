import { LABELS, LABEL_NAMES } from '../domain';
import type { CountBlock, MetricsReport } from './compute';

export interface CsvOptions {
  /** pt-BR spreadsheets expect ';' between fields and ',' as the decimal mark. */
  locale: 'pt-BR' | 'en';
}

const SITE_LABEL: Record<string, string> = { instagram: 'Instagram', facebook: 'Facebook', youtube: 'YouTube', blog: 'Blog' };

/**
 * A field as spreadsheet-safe text: quoted when needed, and a leading = + - @ neutralised so an expert named
 * "=HYPERLINK(…)" stays text instead of becoming a formula in Excel or Sheets.
 */
export function csvField(value: string | number | null, sep: string): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value === 'string') text = `'${text}`;
  return text.includes(sep) || /["\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function minutes(ms: number | null, decimal: string): string {
  return ms === null ? '' : (ms / 60_000).toFixed(1).replace('.', decimal);
}

function percent(share: number | null, decimal: string): string {
  return share === null ? '' : (share * 100).toFixed(1).replace('.', decimal);
}

/**
 * The report as CSV: one row per period, then one per expert and per channel, then the total. The first column
 * says which group a row belongs to, so a spreadsheet filter separates them.
 */
export function metricsToCsv(report: MetricsReport, options: CsvOptions): string {
  const pt = options.locale === 'pt-BR';
  const dec = pt ? ',' : '.';
  const header = pt
    ? ['grupo', 'item', ...LABELS.map((l) => `comentários: ${LABEL_NAMES[l].pt}`), 'comentários (total)', 'respostas', 'respostas com modelo', 'levados ao direct', 'ocultos', 'prints salvos', 'respondidos (amostras)', 'mediana 1ª resposta (min)', 'p90 1ª resposta (min)', 'dentro da meta', 'fora da meta', 'pendentes fora da meta', 'dentro da meta (%)']
    : ['group', 'item', ...LABELS.map((l) => `comments: ${LABEL_NAMES[l].en}`), 'comments (total)', 'replies', 'replies with template', 'moved to DM', 'hidden', 'prints saved', 'answered (samples)', 'median first response (min)', 'p90 first response (min)', 'within target', 'late', 'pending past target', 'within target (%)'];
  const row = (group: string, item: string, b: CountBlock) => [
    group,
    item,
    ...LABELS.map((l) => b.seen[l]),
    b.seenTotal,
    b.replied,
    b.repliedWithTemplate,
    b.movedToDm,
    b.hidden,
    b.printsSaved,
    b.response.samples,
    minutes(b.response.medianMs, dec),
    minutes(b.response.p90Ms, dec),
    b.response.withinTarget,
    b.response.lateResponses,
    b.response.pendingOverdue,
    percent(b.response.withinShare, dec),
  ];
  const periodGroup = report.filter.granularity === 'week' ? (pt ? 'semana' : 'week') : pt ? 'dia' : 'day';
  const rows: (string | number | null)[][] = [
    header,
    ...report.periods.map((p) => row(periodGroup, p.key, p)),
    ...report.byProject.map((p) => row(pt ? 'especialista' : 'expert', p.name, p)),
    ...report.bySite.map((s) => row(pt ? 'canal' : 'channel', SITE_LABEL[s.key] ?? s.key, s)),
    row('total', `${report.periods[0]?.key ?? ''} – ${report.periods.at(-1)?.key ?? ''}`, report.total),
  ];
  return csvDocument(rows, options);
}

/** Rows as a CSV file for the locale's spreadsheets (';' in pt-BR), every field made safe by csvField. */
export function csvDocument(rows: readonly (readonly (string | number | null)[])[], options: CsvOptions): string {
  const sep = options.locale === 'pt-BR' ? ';' : ',';
  // The BOM makes Excel read the file as UTF-8 (accents in "Dúvida", "Reclamação").
  return '\uFEFF' + rows.map((r) => r.map((v) => csvField(v, sep)).join(sep)).join('\r\n') + '\r\n';
}
