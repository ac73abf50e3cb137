import { labelSchema, type Label } from '../domain';

/**
 * A new template started from elsewhere (a recurring question on the metrics page): its title, the labels it
 * answers and an example of what people ask, carried in the options page's address.
 */
export interface TemplateSeed {
  title: string;
  labels: Label[];
  /** What people wrote, shown beside the editor so the answer fits the question. */
  example?: string;
}

const PARAM = { title: 'novo_modelo', label: 'rotulo', example: 'exemplo' } as const;

export function templateSeedQuery(seed: TemplateSeed): string {
  const q = new URLSearchParams({ [PARAM.title]: seed.title.slice(0, 200) });
  for (const l of seed.labels) q.append(PARAM.label, l);
  if (seed.example) q.set(PARAM.example, seed.example.slice(0, 500));
  return q.toString();
}

/** The seed an address carries, or undefined; a label that is not one of Ronda's is dropped. */
export function templateSeedFrom(search: string): TemplateSeed | undefined {
  const q = new URLSearchParams(search);
  const title = q.get(PARAM.title)?.trim().slice(0, 200);
  if (!title) return undefined;
  const labels = [...new Set(q.getAll(PARAM.label))].flatMap((l) => {
    const parsed = labelSchema.safeParse(l);
    return parsed.success ? [parsed.data] : [];
  });
  const example = q.get(PARAM.example)?.trim().slice(0, 500) || undefined;
  return example ? { title, labels, example } : { title, labels };
}
