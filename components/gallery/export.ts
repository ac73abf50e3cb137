import { zipSync, strToU8 } from 'fflate';
import { sharedAuthor, WITHHELD_AUTHOR_PART } from '../../lib/capture/shared-author';
import { exportableMetadata } from '../../storage/prints';
import type { PrintRecord } from '../../storage/schema';

/*
 * Export of a selection for copywriters: a ZIP with one PNG per print, named so they sort by date and say who
 * wrote the comment (not for a blurred print), plus prints.csv (opens in Excel/Sheets with accents intact) and
 * prints.json.
 */

function csvCell(value: string | number | boolean): string {
  const s = String(value);
  // A leading = + - @ would run as a formula in a spreadsheet: a comment text must never do that.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",;\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly Record<string, string | number | boolean>[]): string {
  if (rows.length === 0) return '';
  const headers = Object.keys(rows[0]!);
  const lines = [headers.join(','), ...rows.map((r) => headers.map((h) => csvCell(r[h] ?? '')).join(','))];
  // BOM: Excel reads UTF-8 (ç, ã, emoji) correctly only with it.
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

export function fileNameFor(p: PrintRecord, taken: Set<string>): string {
  const date = new Date(p.capturedAt).toISOString().slice(0, 10);
  const author = sharedAuthor(p);
  const who = p.redacted ? WITHHELD_AUTHOR_PART : (author.authorHandle || author.authorName || 'print')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^a-zA-Z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'print';
  let name = `${date}_${p.site}_${who}.png`;
  for (let i = 2; taken.has(name); i++) name = `${date}_${p.site}_${who}_${i}.png`;
  taken.add(name);
  return name;
}

export interface ExportItem {
  print: PrintRecord;
  /** The shareable PNG (blurred when the print was redacted); missing when its bytes were purged. */
  png?: Uint8Array;
}

export function buildExportZip(items: readonly ExportItem[]): { zip: Uint8Array; missing: string[] } {
  const taken = new Set<string>();
  const files: Record<string, Uint8Array> = {};
  const rows: Record<string, string | number | boolean>[] = [];
  const missing: string[] = [];
  for (const { print, png } of items) {
    const file = png ? fileNameFor(print, taken) : '';
    if (png) files[`prints/${file}`] = png;
    else missing.push(print.id);
    rows.push({ file: file ? `prints/${file}` : '', ...exportableMetadata(print) });
  }
  files['prints.csv'] = strToU8(toCsv(rows));
  files['prints.json'] = strToU8(JSON.stringify(rows, null, 2));
  // PNGs are already compressed: storing them is as small and much faster.
  const zip = zipSync(files, { level: 0 });
  return { zip, missing };
}
