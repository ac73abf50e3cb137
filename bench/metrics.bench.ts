import { LABELS, SITES } from '../lib/domain';
import { computeMetrics, metricsToCsv, type MetricAction, type MetricComment, type MetricProject } from '../lib/metrics';
import { orderForSweep } from '../lib/sweep';
import { recurringTopics, type QuestionComment } from '../lib/faq/recurring';
import type { BusinessHours, SweepItem } from '../storage/schema';

const HOURS: BusinessHours = { timeZone: 'America/Sao_Paulo', days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' };
const DEFAULTS = { businessHours: HOURS, responseTargets: { instagram: 30, facebook: 30, youtube: 120, blog: 240 } };
const DAY = 86_400_000;

/** A deterministic pseudo-random sequence, so runs are comparable. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0) / 2 ** 32);
}

/** Metrics over 100,000 comments and 100,000 actions (90 days, 5 experts, 4 channels), and sweep ordering. */
export async function run(): Promise<void> {
  const rand = rng(42);
  const now = Date.parse('2026-11-23T15:00:00-03:00');
  const from = now - 90 * DAY;
  const projects: MetricProject[] = Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, expertName: `Especialista ${i}`, businessHours: HOURS, responseTargets: DEFAULTS.responseTargets }));
  const comments: MetricComment[] = Array.from({ length: 100_000 }, () => {
    const firstSeenAt = Math.floor(from + rand() * 90 * DAY);
    const answered = rand() < 0.8;
    return {
      site: SITES[Math.floor(rand() * 4)]!,
      label: LABELS[Math.floor(rand() * LABELS.length)]!,
      status: answered ? 'replied' : 'new',
      firstSeenAt,
      firstActionAt: answered ? firstSeenAt + Math.floor(rand() * 3 * DAY) : undefined,
      projectId: `p${Math.floor(rand() * 5)}`,
    };
  });
  const kinds = ['replied', 'moved_to_dm', 'hidden', 'print_saved', 'labelled'] as const;
  const actions: MetricAction[] = Array.from({ length: 100_000 }, () => ({
    kind: kinds[Math.floor(rand() * kinds.length)]!,
    at: Math.floor(from + rand() * 90 * DAY),
    site: SITES[Math.floor(rand() * 4)]!,
    projectId: `p${Math.floor(rand() * 5)}`,
    templateId: rand() < 0.7 ? 'tpl' : undefined,
  }));

  for (const granularity of ['day', 'week'] as const) {
    const t = performance.now();
    const report = computeMetrics(comments, actions, projects, { from, to: now, granularity, timeZone: 'America/Sao_Paulo', now }, DEFAULTS);
    const ms = performance.now() - t;
    console.log(`  metrics, 100k comments + 100k actions, per ${granularity} (${report.periods.length} periods): ${ms.toFixed(0)} ms`);
  }
  let t = performance.now();
  const filtered = computeMetrics(comments, actions, projects, { from, to: now, granularity: 'day', timeZone: 'America/Sao_Paulo', now, projectId: 'p1', site: 'instagram' }, DEFAULTS);
  console.log(`  metrics filtered to one expert + channel (${filtered.total.seenTotal} comments): ${(performance.now() - t).toFixed(0)} ms`);
  t = performance.now();
  const csv = metricsToCsv(filtered, { locale: 'pt-BR' });
  console.log(`  CSV export (${csv.length.toLocaleString('en')} chars): ${(performance.now() - t).toFixed(1)} ms`);

  // Recurring questions: a launch's questions in many wordings, with words of their own (most topics are one-offs).
  const openings = ['Tem', 'Dá pra', 'Vocês têm', 'Qual', 'Como faço', 'Alguém sabe se tem', 'E o', 'Oi, tem'];
  const topics = ['parcelamento no cartão', 'certificado no final', 'bônus pra quem comprar hoje', 'acesso vitalício', 'pix', 'boleto à vista', 'aula gravada', 'grupo no WhatsApp', 'nota fiscal', 'garantia de 7 dias', 'suporte individual', 'material em PDF'];
  const extra = Array.from({ length: 3_000 }, (_, i) => `palavra${i.toString(36)}`);
  for (const size of [2_000, 10_000]) {
    const questions: QuestionComment[] = Array.from({ length: size }, (_, i) => ({
      key: `instagram:q${i}`,
      authorName: `Pessoa ${Math.floor(rand() * size)}`,
      label: rand() < 0.7 ? 'doubt' : rand() < 0.5 ? 'purchase_intent' : 'complaint',
      text: `${openings[Math.floor(rand() * openings.length)]} ${topics[Math.floor(rand() * topics.length)]} ${extra[Math.floor(rand() * extra.length)]} ${extra[Math.floor(rand() * extra.length)]}?`,
      postUrl: `https://www.instagram.com/p/${i % 40}/`,
      firstSeenAt: from + i,
    }));
    t = performance.now();
    const found = recurringTopics(questions);
    console.log(`  recurring questions, ${size.toLocaleString('en')} questions → ${found.length} topics (largest ${found[0]?.count ?? 0}): ${(performance.now() - t).toFixed(0)} ms`);
  }

  const items: SweepItem[] = Array.from({ length: 500 }, (_, i) => ({
    id: `s${i}`,
    projectId: 'p0',
    url: `https://www.instagram.com/p/${i}/`,
    site: SITES[i % 4]!,
    addedAt: from,
    lastSweptAt: i % 10 === 0 ? undefined : now - Math.floor(rand() * 5 * DAY),
  }));
  t = performance.now();
  orderForSweep(items, DEFAULTS, now);
  console.log(`  sweep order of 500 items (business-hours clock): ${(performance.now() - t).toFixed(1)} ms`);
}
