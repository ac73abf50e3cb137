import { LABELS, type Label, type Site } from '../domain';
import { tr } from '../i18n';
import type { ActionRecord, BusinessHours, CommentRecord, ProjectRecord } from '../../storage/schema';
import { businessMsBetween } from './business-hours';
import { median, percentile } from './stats';
import { DAY, fromLocal, isValidTimeZone, localDateKey, localDayStart, localWeekStart, MINUTE, toLocal } from './zone';

/*
 * Service metrics of a period: volume per class, what the team did (template replies, DMs, hidden, prints) and
 * how fast (first-response time from first seen to first action, and the share within the channel's target
 * counted in business hours). Pure: the metrics page loads rows and calls computeMetrics.
 */

export type Granularity = 'day' | 'week';

export type MetricComment = Pick<CommentRecord, 'site' | 'label' | 'status' | 'firstSeenAt' | 'firstActionAt' | 'projectId'>;
export type MetricAction = Pick<ActionRecord, 'kind' | 'at' | 'site' | 'projectId' | 'templateId'>;
export type MetricProject = Pick<ProjectRecord, 'id' | 'expertName' | 'businessHours' | 'responseTargets'>;

export interface MetricsFilter {
  /** UTC instants; periods cover the local days from `from`'s day to `to`'s day. */
  from: number;
  to: number;
  granularity: Granularity;
  /** Zone of the day/week boundaries (the expert's zone, usually America/Sao_Paulo). */
  timeZone: string;
  projectId?: string;
  site?: Site;
  /** "Now", for comments still waiting: those past their target count as missed. */
  now: number;
}

/** Hours and targets for comments of no (or an unknown) project. */
export interface ServiceDefaults {
  businessHours: BusinessHours;
  responseTargets: Record<string, number>;
}

export interface ResponseStats {
  /** Comments answered (first action) — the samples of the times below. */
  samples: number;
  medianMs: number | null;
  p90Ms: number | null;
  withinTarget: number;
  /** Answered after the target, in business time. */
  lateResponses: number;
  /** Still waiting and already past the target: they count against the share, or ignoring would pay. */
  pendingOverdue: number;
  /** withinTarget / (samples + pendingOverdue); null when there is nothing to judge. */
  withinShare: number | null;
}

export interface CountBlock {
  seen: Record<Label, number>;
  seenTotal: number;
  replied: number;
  repliedWithTemplate: number;
  movedToDm: number;
  hidden: number;
  printsSaved: number;
  response: ResponseStats;
}

export interface PeriodRow extends CountBlock {
  /** "2026-11-23" (the day, or the Monday of the week). */
  key: string;
  /** UTC instant where the period starts. */
  start: number;
}

export interface GroupRow extends CountBlock {
  key: string;
  name: string;
}

export interface MetricsReport {
  filter: MetricsFilter;
  periods: PeriodRow[];
  total: CountBlock;
  byProject: GroupRow[];
  bySite: GroupRow[];
  /** Rows that could not be judged (unknown zone…) are still counted; this says what was assumed. */
  notes: string[];
}

const FALLBACK_ZONE = 'America/Sao_Paulo';
const DEFAULT_TARGET_MIN = 60;

class Acc {
  seen = Object.fromEntries(LABELS.map((l) => [l, 0])) as Record<Label, number>;
  seenTotal = 0;
  replied = 0;
  repliedWithTemplate = 0;
  movedToDm = 0;
  hidden = 0;
  printsSaved = 0;
  times: number[] = [];
  within = 0;
  late = 0;
  overdue = 0;

  block(): CountBlock {
    const sorted = this.times.sort((a, b) => a - b);
    const judged = sorted.length + this.overdue;
    return {
      seen: this.seen,
      seenTotal: this.seenTotal,
      replied: this.replied,
      repliedWithTemplate: this.repliedWithTemplate,
      movedToDm: this.movedToDm,
      hidden: this.hidden,
      printsSaved: this.printsSaved,
      response: {
        samples: sorted.length,
        medianMs: median(sorted),
        p90Ms: percentile(sorted, 90),
        withinTarget: this.within,
        lateResponses: this.late,
        pendingOverdue: this.overdue,
        withinShare: judged ? this.within / judged : null,
      },
    };
  }
}

export const SITE_ORDER: readonly Site[] = ['instagram', 'facebook', 'youtube', 'blog'];

/** Period starts (local ms) from `from`'s local day/week to `to`'s, inclusive. */
function periodStarts(tz: string, from: number, to: number, granularity: Granularity): number[] {
  const startOf = granularity === 'week' ? localWeekStart : localDayStart;
  const step = granularity === 'week' ? 7 * DAY : DAY;
  const first = startOf(toLocal(tz, from));
  const last = startOf(toLocal(tz, Math.max(from, to - 1)));
  const out: number[] = [];
  // 3,700 periods ≈ ten years of days: a range past that is a typo, not a report.
  for (let p = first; p <= last && out.length < 3_700; p += step) out.push(p);
  return out;
}

export function computeMetrics(
  comments: readonly MetricComment[],
  actions: readonly MetricAction[],
  projects: readonly MetricProject[],
  filter: MetricsFilter,
  defaults: ServiceDefaults,
): MetricsReport {
  const notes: string[] = [];
  let tz = filter.timeZone;
  if (!isValidTimeZone(tz)) {
    notes.push(tr(`Fuso "${tz}" desconhecido: usando ${FALLBACK_ZONE}.`, `Unknown time zone "${tz}": using ${FALLBACK_ZONE}.`));
    tz = FALLBACK_ZONE;
  }
  const startOf = filter.granularity === 'week' ? localWeekStart : localDayStart;
  const starts = periodStarts(tz, filter.from, filter.to, filter.granularity);
  const periods = new Map<number, Acc>(starts.map((s) => [s, new Acc()]));
  const total = new Acc();
  const byProject = new Map<string, Acc>();
  const bySite = new Map<Site, Acc>();
  const projectById = new Map(projects.map((p) => [p.id, p]));

  const matches = (row: { site: Site; projectId?: string }) =>
    (filter.site === undefined || row.site === filter.site) &&
    (filter.projectId === undefined || (row.projectId ?? '') === filter.projectId);
  const targets = (row: { site: Site; projectId?: string }) => {
    const project = row.projectId === undefined ? undefined : projectById.get(row.projectId);
    return {
      hours: project?.businessHours ?? defaults.businessHours,
      minutes: project?.responseTargets[row.site] ?? defaults.responseTargets[row.site] ?? DEFAULT_TARGET_MIN,
    };
  };
  const accsFor = (at: number, row: { site: Site; projectId?: string }): Acc[] | null => {
    if (at < filter.from || at >= filter.to) return null;
    const period = periods.get(startOf(toLocal(tz, at)));
    if (!period) return null;
    const pKey = row.projectId ?? '';
    let project = byProject.get(pKey);
    if (!project) byProject.set(pKey, (project = new Acc()));
    let site = bySite.get(row.site);
    if (!site) bySite.set(row.site, (site = new Acc()));
    return [period, total, project, site];
  };

  for (const c of comments) {
    if (!matches(c)) continue;
    const accs = accsFor(c.firstSeenAt, c);
    if (!accs) continue;
    const { hours, minutes } = targets(c);
    const limit = minutes * MINUTE;
    let sample: number | undefined;
    let verdict: 'within' | 'late' | 'overdue' | undefined;
    if (c.firstActionAt !== undefined) {
      sample = Math.max(0, c.firstActionAt - c.firstSeenAt);
      verdict = businessMsBetween(c.firstSeenAt, c.firstActionAt, hours, limit + 1) <= limit ? 'within' : 'late';
    } else if (c.status === 'new' && businessMsBetween(c.firstSeenAt, filter.now, hours, limit + 1) > limit) {
      verdict = 'overdue';
    }
    for (const a of accs) {
      a.seen[c.label]++;
      a.seenTotal++;
      if (sample !== undefined) a.times.push(sample);
      if (verdict === 'within') a.within++;
      else if (verdict === 'late') a.late++;
      else if (verdict === 'overdue') a.overdue++;
    }
  }

  for (const action of actions) {
    if (!matches(action)) continue;
    const accs = accsFor(action.at, action);
    if (!accs) continue;
    for (const a of accs) {
      switch (action.kind) {
        case 'replied':
          a.replied++;
          if (action.templateId) a.repliedWithTemplate++;
          break;
        case 'moved_to_dm':
          a.movedToDm++;
          break;
        case 'hidden':
          a.hidden++;
          break;
        case 'print_saved':
          a.printsSaved++;
          break;
        default:
          break;
      }
    }
  }

  const projectName = (id: string) =>
    id === '' ? tr('Sem especialista', 'No expert') : (projectById.get(id)?.expertName ?? tr(`Perfil não cadastrado (${id})`, `Unknown profile (${id})`));
  return {
    filter: { ...filter, timeZone: tz },
    periods: starts.map((s) => ({ key: localDateKey(s), start: fromLocal(tz, s), ...periods.get(s)!.block() })),
    total: total.block(),
    byProject: [...byProject.entries()]
      .map(([key, acc]) => ({ key, name: projectName(key), ...acc.block() }))
      .sort((a, b) => a.name.localeCompare(b.name, 'pt-BR')),
    bySite: SITE_ORDER.filter((s) => bySite.has(s)).map((s) => ({ key: s, name: s, ...bySite.get(s)!.block() })),
    notes,
  };
}

/** [from, to) covering the last `days` local days up to and including today's, in the zone. */
export function lastDaysRange(now: number, days: number, timeZone: string): { from: number; to: number } {
  const today = localDayStart(toLocal(timeZone, now));
  return { from: fromLocal(timeZone, today - (days - 1) * DAY), to: fromLocal(timeZone, today + DAY) };
}

/** [from, to) of the local week (Monday to Sunday) `weeksBack` weeks before the current one. */
export function weekRange(now: number, weeksBack: number, timeZone: string): { from: number; to: number } {
  const monday = localWeekStart(toLocal(timeZone, now)) - weeksBack * 7 * DAY;
  return { from: fromLocal(timeZone, monday), to: fromLocal(timeZone, monday + 7 * DAY) };
}
