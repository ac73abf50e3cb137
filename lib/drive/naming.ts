import { LABEL_NAMES, type Label, type Site } from '../domain';
import { WITHHELD_AUTHOR_PART } from '../capture/shared-author';

/*
 * Names people see when they browse the agency's Drive. They must read well in a file list
 * ("2026-11-23_instagram_@handle_elogio.png") and be valid on every OS a teammate may download to.
 */

/** Characters Windows, macOS or Drive's desktop client refuse or treat specially, plus control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/** Lower-case ASCII slug of a pt-BR word ("Reclamação" → "reclamacao"). */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A name part: unsafe characters out, whitespace collapsed, at most `max` characters. */
export function safePart(text: string, max = 60): string {
  return text.replace(UNSAFE, '').replace(/\s+/g, ' ').trim().slice(0, max).trim();
}

/** YYYY-MM-DD of an instant in the agency's time zone (a print taken at 23:30 in São Paulo is that day's). */
export function localDate(epochMs: number, timeZone = 'America/Sao_Paulo'): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    new Date(epochMs),
  );
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export interface NameablePrint {
  capturedAt: number;
  site: Site;
  authorName: string;
  authorHandle?: string;
  label?: Label;
  redacted?: boolean;
}

/** Who wrote the comment, as a name part: "@handle" when known, else the display name with dashes. */
export function authorPart(print: Pick<NameablePrint, 'authorName' | 'authorHandle' | 'redacted'>): string {
  if (print.redacted) return WITHHELD_AUTHOR_PART;
  const handle = safePart((print.authorHandle ?? '').replace(/^@+/, '').replace(/\s+/g, ''), 40);
  if (handle) return `@${handle}`;
  const name = safePart(print.authorName, 40).replace(/ /g, '-');
  return name || 'anonimo';
}

/** "2026-11-23_instagram_@handle_elogio.png" */
export function printFileName(print: NameablePrint, timeZone?: string): string {
  const label = print.label ? slug(LABEL_NAMES[print.label].pt) : 'print';
  return `${localDate(print.capturedAt, timeZone)}_${print.site}_${authorPart(print)}_${label}.png`;
}

export const DEFAULT_ROOT_FOLDER_NAME = 'Ronda — Acervo de prints';
export const TEMPLATE_LIBRARY_FILE_NAME = 'Ronda — Biblioteca de respostas.json';
/** Prints with no project (or the built-in default project) go to this subfolder. */
export const GENERAL_FOLDER_NAME = 'Geral';

/** Subfolder of an expert/project: its name as typed, made safe; "Geral" when there is none. */
export function projectFolderName(expertName: string | undefined): string {
  const name = safePart(expertName ?? '', 100);
  return name || GENERAL_FOLDER_NAME;
}
