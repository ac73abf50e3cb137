import { browser } from 'wxt/browser';

const SCRIPT_ID = 'ronda-blog';
const SCRIPT_FILE = 'content-scripts/blog.js';

/** "https://blog.x.com.br/some/path" → "https://blog.x.com.br"; throws with a readable message otherwise. */
export function normaliseOrigin(input: string): string {
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(input.trim()) ? input.trim() : `https://${input.trim()}`);
  } catch {
    throw new Error(`endereço inválido: ${input}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`só http(s): ${input}`);
  if (!url.hostname.includes('.')) throw new Error(`domínio inválido: ${input}`);
  return url.origin;
}

export function originPattern(origin: string): string {
  return `${origin}/*`;
}

/**
 * Registers the blog content script for every origin the user added and still holds a permission for.
 * Origins whose permission was revoked in chrome://extensions are left out (and reported back).
 */
export async function syncBlogScript(origins: readonly string[]): Promise<{ registered: string[]; missing: string[] }> {
  const registered: string[] = [];
  const missing: string[] = [];
  for (const origin of origins) {
    const granted = await browser.permissions.contains({ origins: [originPattern(origin)] });
    (granted ? registered : missing).push(origin);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (registered.length) {
    await browser.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        js: [SCRIPT_FILE],
        matches: registered.map(originPattern),
        // A launch blog's comments are in its HTML: mark them when it is parsed, not after every image loaded.
        runAt: 'document_end',
        persistAcrossSessions: true,
      },
    ]);
  }
  return { registered, missing };
}
