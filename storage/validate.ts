import type { z } from 'zod';

export interface InvalidRow {
  /** Primary key or position of the bad row, as found. */
  where: string;
  /** Human-readable reasons, e.g. "label: Invalid option". */
  problems: string[];
}

export interface Checked<T> {
  valid: T[];
  invalid: InvalidRow[];
}

export function describeIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, 10).map((i) => `${i.path.join('.') || '(row)'}: ${i.message}`);
}

/**
 * Parses rows read from IndexedDB or a file. Invalid rows are returned beside the valid ones so the UI can
 * say which and why; they are never dropped silently and never reach code that trusts their shape.
 */
export function checkRows<S extends z.ZodType>(
  schema: S,
  rows: readonly unknown[],
  keyOf: (row: unknown, index: number) => string,
): Checked<z.infer<S>> {
  const valid: z.infer<S>[] = [];
  const invalid: InvalidRow[] = [];
  rows.forEach((row, index) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) valid.push(parsed.data);
    else invalid.push({ where: keyOf(row, index), problems: describeIssues(parsed.error) });
  });
  return { valid, invalid };
}

/** Key of a row for messages: its `key` or `id` field, else its position. */
export function rowKey(row: unknown, index: number): string {
  if (row && typeof row === 'object') {
    const r = row as Record<string, unknown>;
    for (const k of ['key', 'id', 'seq']) {
      if (typeof r[k] === 'string' || typeof r[k] === 'number') return String(r[k]);
    }
  }
  return `#${index + 1}`;
}
