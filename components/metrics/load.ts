import { QUESTION_LABELS } from '../../lib/faq/recurring';
import type { MetricAction, MetricComment } from '../../lib/metrics';
import { getDb, type RondaDB } from '../../storage/db';
import { DEFAULT_BUSINESS_HOURS, DEFAULT_RESPONSE_TARGETS } from '../../storage/defaults';
import { getActiveProject, listProjects } from '../../storage/projects';
import { actionRecordSchema, commentRecordSchema, type ProjectRecord } from '../../storage/schema';

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

export interface MetricsData {
  comments: MetricComment[];
  actions: MetricAction[];
  /** With `questions`: the period's doubts, purchase questions and complaints with their words (recurring topics). */
  questions: QuestionRow[];
  /** Rows skipped because they no longer parse (reported on the page, never silently counted). */
  skipped: number;
}

const commentFields = commentRecordSchema.pick({ site: true, label: true, status: true, firstSeenAt: true, firstActionAt: true, projectId: true });
const actionFields = actionRecordSchema.pick({ kind: true, at: true, site: true, projectId: true, templateId: true });

/**
 * Rows of a period, reduced to the fields the metrics need (comment texts stay in the database, but for the
 * question-like ones when `questions` asks for them, read in the same pass). Uses the firstSeenAt and at indexes,
 * so a month of a busy launch loads without scanning the whole history.
 */
export async function loadMetricsData(from: number, to: number, options: { questions?: boolean; db?: RondaDB } = {}): Promise<MetricsData> {
  const db = options.db ?? getDb();
  const wanted = new Set<string>(options.questions ? QUESTION_LABELS : []);
  const comments: MetricComment[] = [];
  const actions: MetricAction[] = [];
  const questions: QuestionRow[] = [];
  let skipped = 0;
  await db.comments
    .where('firstSeenAt')
    .between(from, to, true, false)
    .each((row) => {
      const parsed = commentFields.safeParse(row);
      if (!parsed.success) {
        skipped++;
        return;
      }
      comments.push(parsed.data);
      if (!wanted.has(row.label)) return;
      const question = questionFields.safeParse(row);
      if (question.success) questions.push(question.data);
    });
  await db.actions
    .where('at')
    .between(from, to, true, false)
    .each((row) => {
      const parsed = actionFields.safeParse(row);
      if (parsed.success) actions.push(parsed.data);
      else skipped++;
    });
  return { comments, actions, questions, skipped };
}

export async function loadProjects(db: RondaDB = getDb()): Promise<ProjectRecord[]> {
  // A fresh install files comments under the default profile before anyone opened the options page.
  await getActiveProject({ db });
  return (await listProjects(db)).valid;
}

export const SERVICE_DEFAULTS = { businessHours: DEFAULT_BUSINESS_HOURS, responseTargets: DEFAULT_RESPONSE_TARGETS };
