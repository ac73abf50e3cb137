/*
 * Drive `q` search strings. Values are quoted with single quotes; a quote or backslash inside a value is
 * escaped with a backslash, as Drive's query syntax requires (a handle like o'neil must not break the query).
 */

export const FOLDER_MIME = 'application/vnd.google-apps.folder';

export function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

export function appPropertyIs(key: string, value: string): string {
  return `appProperties has { key=${quote(key)} and value=${quote(value)} }`;
}

export function inParents(folderId: string): string {
  return `${quote(folderId)} in parents`;
}

export const notTrashed = 'trashed = false';

export function and(...terms: string[]): string {
  return terms.map((t) => (/\sor\s/i.test(t) ? `(${t})` : t)).join(' and ');
}
