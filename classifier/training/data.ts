/*
 * Loading the labelled data for training and evaluation (Node only: used by scripts/, never by the extension).
 * The shared data lives outside the repo at ../shared/data (relative to the repo root) and is never copied in.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LABELS, type Label } from '../../lib/domain';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED_DATA = path.resolve(REPO_ROOT, '..', 'shared', 'data');
export const MODEL_PATH = path.join(REPO_ROOT, 'classifier', 'model', 'model.json');
export const LAUNCH_TRAIN = path.join(REPO_ROOT, 'classifier', 'data', 'launch-train.tsv');
export const LAUNCH_DEV = path.join(REPO_ROOT, 'classifier', 'data', 'launch-dev.tsv');
/** Ronda's short launch comments (naming the course; one-word reactions): a probe, never trained on (classifier/README.md, v11). */
export const LAUNCH_PROBE = path.join(REPO_ROOT, 'classifier', 'data', 'launch-probe.tsv');
export const TOLD_LABELS = path.join(REPO_ROOT, 'classifier', 'data', 'told-labels.tsv');
/** The rest of ToLD-Br train with Ronda's labels (random tweets; the shipped model picks its doubt prior on its dev split, v8 and v9 their threshold too). */
export const TOLD_LABELS_2 = path.join(REPO_ROOT, 'classifier', 'data', 'told-labels-2.tsv');
/** Ronda's labels for ToLD-Br dev.csv (held out: nothing trains on ToLD-Br dev). */
export const TOLD_DEV_LABELS = path.join(REPO_ROOT, 'classifier', 'data', 'told-dev-labels.tsv');

export interface Example {
  text: string;
  label: Label;
}

/** The shared data folder, or a clear message of what is missing (pt-BR first, English second). */
export function requireSharedData(files: string[]): string {
  const missing = files.filter((f) => !existsSync(path.join(SHARED_DATA, f)));
  if (!existsSync(SHARED_DATA) || missing.length > 0) {
    throw new Error(
      `Dados compartilhados não encontrados em ${SHARED_DATA} (faltam: ${missing.join(', ') || 'a pasta inteira'}).\n` +
        `Shared data not found at ${SHARED_DATA} (missing: ${missing.join(', ') || 'the whole folder'}).\n` +
        'Coloque ../shared/data ao lado do repositório. O modelo já commitado (classifier/model/model.json) foi mantido.',
    );
  }
  return SHARED_DATA;
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and newlines (ToLD-Br tweets do). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** CSV with a header: each row as an object by column name. */
export function readCsv(file: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  if (!header) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** ToLD-Br / HateBR: binary offensive labels, as hater vs neutral. */
export function readBinary(file: string, textCol: string, labelCol: string): { text: string; offensive: boolean }[] {
  return readCsv(file).map((r) => ({ text: r[textCol] ?? '', offensive: (r[labelCol] ?? '').trim() === '1' }));
}

/** Ronda's own launch comments: "label<TAB>text" per line, "#" lines are comments. */
export function readLaunchTsv(file: string): Example[] {
  return parseLaunchLines(file, readFileSync(file, 'utf8').split('\n'));
}

/** `firstLine`: the file's line number of lines[0], for the error message. */
function parseLaunchLines(file: string, lines: readonly string[], firstLine = 1): Example[] {
  const out: Example[] = [];
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const tab = line.indexOf('\t');
    const label = line.slice(0, tab) as Label;
    if (tab < 0 || !LABELS.includes(label)) throw new Error(`${file}:${firstLine + i}: rótulo inválido "${line.slice(0, 30)}"`);
    out.push({ label, text: line.slice(tab + 1) });
  });
  return out;
}

/**
 * A TSV of Ronda's comments in parts: each "#" line starts one and says what it is (the probe's parts were written
 * for different rules, some blind to them), so the evaluation can report each part on its own.
 */
export function readLaunchTsvParts(file: string): { heading: string; examples: Example[] }[] {
  const parts: { heading: string; examples: Example[] }[] = [];
  let heading = '';
  let lines: string[] = [];
  let start = 1;
  const flush = () => {
    if (lines.length) parts.push({ heading, examples: parseLaunchLines(file, lines, start) });
    lines = [];
  };
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.startsWith('#')) return void lines.push(line);
      flush();
      heading = line.replace(/^#\s*/, '');
      start = i + 2;
    });
  flush();
  return parts;
}

export interface LabelledTweet extends Example {
  row: number;
  split: 'train' | 'dev';
}

/** The key that ties a label in told-labels.tsv to its tweet without copying the tweet into the repo. */
export function tweetKey(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex').slice(0, 8);
}

/**
 * Ronda's 7-class labels for tweets of ToLD-Br train.csv: "row<TAB>key<TAB>label<TAB>split" per line. The texts
 * stay in ../shared/data; the key (tweetKey) proves the row is the tweet that was labelled.
 */
export function readToldLabels(file: string, tweets: readonly { text: string }[]): LabelledTweet[] {
  const out: LabelledTweet[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim() || line.startsWith('#')) return;
      const [rowText = '', key, label, split] = line.split('\t');
      const row = Number(rowText);
      const where = `${path.basename(file)}:${i + 1}`;
      if (!LABELS.includes(label as Label) || (split !== 'train' && split !== 'dev')) throw new Error(`${where}: linha inválida "${line.slice(0, 40)}"`);
      const tweet = tweets[row];
      if (!tweet || tweetKey(tweet.text) !== key) {
        throw new Error(`${where}: a linha ${row} de told-br/train.csv não é o tweet rotulado (arquivo diferente?) / row ${row} of told-br/train.csv is not the labelled tweet`);
      }
      out.push({ row, text: tweet.text, label: label as Label, split });
    });
  return out;
}

export function readGold(file: string): Example[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; label: Label })
    .map((r) => ({ text: r.text, label: r.label }));
}

/** Emoji Sentiment Ranking v1.0: emoji -> (positive - negative) / occurrences, for emojis seen often enough. */
export function readEmojiSentiment(file: string, minOccurrences = 30): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of readCsv(file)) {
    const emoji = (r['Emoji'] ?? r['#Emoji'] ?? '').replace(/[\uFE0E\uFE0F]/g, '');
    const occ = Number(r['Occurrences']);
    const neg = Number(r['Negative']);
    const pos = Number(r['Positive']);
    if (!emoji || !(occ >= minOccurrences)) continue;
    const score = Math.round(((pos - neg) / occ) * 100) / 100;
    if (Math.abs(score) >= 0.05) out[emoji] = score;
  }
  return out;
}
