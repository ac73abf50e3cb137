/*
 * `npm run bench`: runs every bench/*.bench.ts (or those named on the command line) one after another and
 * prints their figures. Benchmarks measure; they never pass or fail on a time.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = path.dirname(new URL(import.meta.url).pathname);
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

if (files.length === 0) console.log('no benchmarks matched');
for (const file of files) {
  console.log(`\n## ${file.replace('.bench.ts', '')}`);
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { run?: () => Promise<void> };
  if (typeof mod.run !== 'function') {
    console.log(`  (${file} exports no run())`);
    continue;
  }
  const started = performance.now();
  await mod.run();
  console.log(`  (${file}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
