import { tr } from './i18n';

/** A file the user picked, read as JSON: a parse error becomes a message that says where, never a throw. */
export function parseJsonText(text: string): { ok: true; data: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch (error) {
    return {
      ok: false,
      error: tr(`O arquivo não é um JSON válido (${(error as Error).message}).`, `The file is not valid JSON (${(error as Error).message}).`),
    };
  }
}
