import { QUESTION_LABELS } from '../../lib/faq/recurring';
import type { MetricAction, MetricComment } from '../../lib/metrics';
import { getDb, type RondaDB } from '../../storage/db';
import { DEFAULT_BUSINESS_HOURS, DEFAULT_RESPONSE_TARGETS } from '../../storage/defaults';
import { getActiveProject, listProjects } from '../../storage/projects';
import { actionRecordSchema, commentRecordSchema, type ProjectRecord } from '../../storage/schema';

export interface MetricsData {
  comments: MetricComment[];
  actions: MetricAction[];
  /** Rows skipped because they no longer parse (reported on the page, never silently counted). */
  skipped: number;
}

const commentFields = commentRecordSchema.pick({ site: true, label: true, status: true, firstSeenAt: true, firstActionAt: true, projectId: true });
const actionFields = actionRecordSchema.pick({ kind: true, at: true, site: true, projectId: true, templateId: true });

/**
 * Rows of a period, reduced to the fields the metrics need (comment texts stay in the database). Uses the
 * firstSeenAt and at indexes, so a month of a busy launch loads without scanning the whole history.
 */
export async function loadMetricsData(from: number, to: number, db: RondaDB = getDb()): Promise<MetricsData> {
  const comments: MetricComment[] = [];
  const actions: MetricAction[] = [];
  let skipped = 0;
  await db.comments
    .where('firstSeenAt')
    .between(from, to, true, false)
    .each((row) => {
      const parsed = commentFields.safeParse(row);
      if (parsed.success) comments.push(parsed.data);
      else skipped++;
    });
  await db.actions
    .where('at')
    .between(from, to, true, false)
    .each((row) => {
      const parsed = actionFields.safeParse(row);
      if (parsed.success) actions.push(parsed.data);
      else skipped++;
    });
  return { comments, actions, skipped };
}

const questionFields = commentRecordSchema.pick({
  key: true,
  site: true,
  text: true,
  label: true,
  authorName: true,
  postUrl: true,
  permalink: true,
  firstSeenAt: true,
  projectId: true,
});
export type QuestionRow = ReturnType<typeof questionFields.parse>;

/** The doubts, purchase-intent questions and complaints first seen in a period, with their words (for recurring topics). */
export async function loadQuestions(from: number, to: number, db: RondaDB = getDb()): Promise<{ rows: QuestionRow[]; skipped: number }> {
  const wanted = new Set<string>(QUESTION_LABELS);
  const rows: QuestionRow[] = [];
  let skipped = 0;
  await db.comments
    .where('firstSeenAt')
    .between(from, to, true, false)
    .each((row) => {
      if (!wanted.has(row.label)) return;
      const parsed = questionFields.safeParse(row);
      if (parsed.success) rows.push(parsed.data);
      else skipped++;
    });
  return { rows, skipped };
}

export async function loadProjects(db: RondaDB = getDb()): Promise<ProjectRecord[]> {
  // A fresh install files comments under the default profile before anyone opened the options page.
  await getActiveProject({ db });
  return (await listProjects(db)).valid;
}

export const SERVICE_DEFAULTS = { businessHours: DEFAULT_BUSINESS_HOURS, responseTargets: DEFAULT_RESPONSE_TARGETS };
