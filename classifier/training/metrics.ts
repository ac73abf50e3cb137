/** Precision / recall / F1, macro-F1 and confusion matrices, printed as plain text tables. */

export interface ClassStats {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function confusion(labels: readonly string[], gold: readonly string[], pred: readonly string[]): number[][] {
  const m = labels.map(() => labels.map(() => 0));
  for (let i = 0; i < gold.length; i++) {
    const g = labels.indexOf(gold[i] as string);
    const p = labels.indexOf(pred[i] as string);
    if (g >= 0 && p >= 0) (m[g] as number[])[p]!++;
  }
  return m;
}

export function perClass(labels: readonly string[], gold: readonly string[], pred: readonly string[]): ClassStats[] {
  return labels.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (pred[i] === label && gold[i] === label) tp++;
      else if (pred[i] === label) fp++;
      else if (gold[i] === label) fn++;
    }
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, precision, recall, f1, support: tp + fn };
  });
}

export function macroF1(stats: readonly ClassStats[], only?: readonly string[]): number {
  const s = only ? stats.filter((c) => only.includes(c.label)) : stats;
  return s.length === 0 ? 0 : s.reduce((a, c) => a + c.f1, 0) / s.length;
}

/** F1 of one positive class against the rest (hater vs everything else). */
export function binaryF1(gold: readonly boolean[], pred: readonly boolean[]): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (pred[i] && gold[i]) tp++;
    else if (pred[i]) fp++;
    else if (gold[i]) fn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

const pct = (x: number) => x.toFixed(3);

export function formatStats(stats: readonly ClassStats[]): string {
  const rows = [`  ${'class'.padEnd(16)} ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'F1'.padStart(6)} ${'n'.padStart(5)}`];
  for (const c of stats) rows.push(`  ${c.label.padEnd(16)} ${pct(c.precision).padStart(6)} ${pct(c.recall).padStart(6)} ${pct(c.f1).padStart(6)} ${String(c.support).padStart(5)}`);
  return rows.join('\n');
}

export function formatConfusion(labels: readonly string[], m: number[][]): string {
  const short = labels.map((l) => l.slice(0, 7));
  const rows = [`  ${'gold \\ pred'.padEnd(16)}${short.map((s) => s.padStart(8)).join('')}`];
  m.forEach((r, i) => rows.push(`  ${(labels[i] as string).padEnd(16)}${r.map((v) => String(v).padStart(8)).join('')}`));
  return rows.join('\n');
}
