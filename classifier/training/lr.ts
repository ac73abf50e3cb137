/*
 * Logistic regression (binary and softmax) over hashed sparse features, trained with AdaGrad SGD and L2.
 * Seeded: the shuffles come from a fixed PRNG, so the same data gives the same model, bit for bit.
 */
import { DIM } from '../features';

export interface Doc {
  ids: Int32Array;
  vals: Float32Array;
  /** Binary head: 0 or 1. Softmax head: class index. */
  y: number;
  /** Example weight (class balance, source trust). */
  w: number;
}

export interface TrainOptions {
  epochs: number;
  lr: number;
  l2: number;
  seed: number;
}

/** mulberry32: small, fast, good enough for shuffling. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const a = items.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

export function trainBinary(docs: readonly Doc[], o: TrainOptions): { w: Float64Array; bias: number } {
  const w = new Float64Array(DIM);
  const g2 = new Float64Array(DIM).fill(1e-8);
  let bias = 0;
  let bg2 = 1e-8;
  const rand = prng(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const d of shuffled(docs, rand)) {
      let z = bias;
      for (let i = 0; i < d.ids.length; i++) z += (w[d.ids[i] as number] as number) * (d.vals[i] as number);
      const p = 1 / (1 + Math.exp(-z));
      const err = (p - d.y) * d.w;
      for (let i = 0; i < d.ids.length; i++) {
        const j = d.ids[i] as number;
        const g = err * (d.vals[i] as number) + o.l2 * (w[j] as number);
        g2[j] = (g2[j] as number) + g * g;
        w[j] = (w[j] as number) - (o.lr * g) / Math.sqrt(g2[j] as number);
      }
      bg2 += err * err;
      bias -= (o.lr * err) / Math.sqrt(bg2);
    }
  }
  return { w, bias };
}

export function trainSoftmax(docs: readonly Doc[], K: number, o: TrainOptions): { w: Float64Array; bias: Float64Array } {
  const w = new Float64Array(DIM * K);
  const g2 = new Float64Array(DIM * K).fill(1e-8);
  const bias = new Float64Array(K);
  const bg2 = new Float64Array(K).fill(1e-8);
  const z = new Float64Array(K);
  const rand = prng(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const d of shuffled(docs, rand)) {
      z.set(bias);
      for (let i = 0; i < d.ids.length; i++) {
        const base = (d.ids[i] as number) * K;
        const v = d.vals[i] as number;
        for (let k = 0; k < K; k++) z[k] = (z[k] as number) + (w[base + k] as number) * v;
      }
      let max = -Infinity;
      for (let k = 0; k < K; k++) max = Math.max(max, z[k] as number);
      let sum = 0;
      for (let k = 0; k < K; k++) {
        z[k] = Math.exp((z[k] as number) - max);
        sum += z[k] as number;
      }
      for (let k = 0; k < K; k++) {
        const err = ((z[k] as number) / sum - (k === d.y ? 1 : 0)) * d.w;
        for (let i = 0; i < d.ids.length; i++) {
          const j = (d.ids[i] as number) * K + k;
          const g = err * (d.vals[i] as number) + o.l2 * (w[j] as number);
          g2[j] = (g2[j] as number) + g * g;
          w[j] = (w[j] as number) - (o.lr * g) / Math.sqrt(g2[j] as number);
        }
        bg2[k] = (bg2[k] as number) + err * err;
        bias[k] = (bias[k] as number) - (o.lr * err) / Math.sqrt(bg2[k] as number);
      }
    }
  }
  return { w, bias };
}
