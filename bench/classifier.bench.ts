import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { classify, classifyWithMemory, createCorrectionMemory, normalise } from '../classifier/index';
import { LAUNCH_DEV, LAUNCH_TRAIN, MODEL_PATH, readLaunchTsv } from '../classifier/training/data';

/**
 * The classifier on one core: 10,000 varied comments (Ronda's launch comments, each varied in case, emojis,
 * mentions, links and length), the correction-memory look-up, and the size of the model asset.
 */
export async function run(): Promise<void> {
  const base = [...readLaunchTsv(LAUNCH_TRAIN), ...readLaunchTsv(LAUNCH_DEV)].map((e) => e.text);
  const extras = ['', ' 😍😍', ' @amiga_da_silva', ' https://exemplo.com.br/oferta?x=1', ' KKKKKKKK', '!!!', ' vc viu isso?', ' 🤡'];
  const comments: string[] = [];
  for (let i = 0; comments.length < 10_000; i++) {
    const t = base[i % base.length] as string;
    const v = Math.floor(i / base.length);
    let c = v % 3 === 1 ? t.toUpperCase() : t;
    c += extras[(i + v) % extras.length];
    if (v % 5 === 4) c = `${c} ${base[(i * 7) % base.length]} ${base[(i * 13) % base.length]}`;
    comments.push(c);
  }
  const avgChars = comments.reduce((a, c) => a + c.length, 0) / comments.length;

  const c0 = process.cpuUsage();
  classify('primeiro comentário'); // the model is decoded on first use
  console.log(`  first call (decodes the model): ${cpuMs(c0).toFixed(1)} ms`);
  for (let i = 0; i < 2_000; i++) classify(comments[i] as string); // warm-up: JIT and the word caches
  // CPU time of this process, not wall time: the figure should not depend on what else the machine runs.
  const runs: number[] = [];
  let sink = 0;
  for (let round = 0; round < 7; round++) {
    const c0 = process.cpuUsage();
    for (const c of comments) sink += classify(c).confidence;
    const d = process.cpuUsage(c0);
    runs.push((d.user + d.system) / 1000);
  }
  runs.sort((a, b) => a - b);
  const median = runs[3] as number;
  console.log(`  classify 10,000 comments (avg ${avgChars.toFixed(0)} chars), CPU time: median ${median.toFixed(1)} ms of 7 runs (best ${(runs[0] as number).toFixed(1)} ms) = ${Math.round(10_000 / (median / 1000)).toLocaleString('en')} comments/s`);

  const c1 = process.cpuUsage();
  for (const c of comments) sink += normalise(c).length;
  console.log(`  of which normalise() alone:    ${cpuMs(c1).toFixed(1)} ms`);

  const big = 'ótimo conteúdo '.repeat(7_000);
  const c2 = process.cpuUsage();
  classify(big);
  console.log(`  one 100 kB comment:            ${cpuMs(c2).toFixed(2)} ms`);

  // A content script builds its memory from up to 2,000 corrections at start (each is classified once, so its words
  // are counted against the model's label), then classifies every comment through it.
  const corrections = comments.slice(0, 2_000).map((text, i) => ({ text, label: (i % 3 ? 'praise' : 'neutral') as 'praise' | 'neutral' }));
  const c3 = process.cpuUsage();
  const memory = createCorrectionMemory(corrections);
  const buildMs = cpuMs(c3);
  const c4 = process.cpuUsage();
  let hits = 0;
  for (const c of comments) if (memory.lookup(c)) hits++;
  const lookupMs = cpuMs(c4);
  const c5 = process.cpuUsage();
  let relabelled = 0;
  for (const c of comments) if (classifyWithMemory(c, memory).fromMemory) relabelled++;
  const withMemoryMs = cpuMs(c5);
  console.log(`  memory of ${memory.size} corrections: built in ${buildMs.toFixed(1)} ms; 10,000 look-ups in ${lookupMs.toFixed(1)} ms (${((lookupMs * 1000) / 10_000).toFixed(1)} µs each, ${hits} hits)`);
  console.log(`  classify 10,000 comments with that memory (remembered comments and learned words): ${withMemoryMs.toFixed(1)} ms, ${relabelled} relabelled`);

  const raw = readFileSync(MODEL_PATH);
  console.log(`  model asset ${path.basename(MODEL_PATH)}: ${(raw.length / 1024).toFixed(0)} kB raw, ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(0)} kB gzipped`);
  if (sink === -1) console.log(sink);
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}
