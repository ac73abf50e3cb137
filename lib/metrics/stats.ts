/**
 * Median of a sample (mean of the two middle values when even); null for no samples.
 * `sorted` must be ascending.
 */
export function median(sorted: readonly number[]): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = n >> 1;
  return n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Nearest-rank percentile: the smallest sample with at least p% of the samples at or below it. With few samples
 * it is an observed value, never an interpolation (p90 of 3 samples is the slowest one, which is what a manager
 * reading "90% answered within X" needs). `sorted` must be ascending.
 */
export function percentile(sorted: readonly number[], p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = Math.ceil((p / 100) * n);
  return sorted[Math.min(n, Math.max(1, rank)) - 1]!;
}
