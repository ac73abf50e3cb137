import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Site } from '../lib/domain';
import { startContentScript } from './start';

/** Runs Ronda on a page of the given site. */
export function startSiteRuntime(ctx: ContentScriptContext, site: Site): void {
  startContentScript(ctx, site, {
    'cs.snapshot': () => ({ page: null, health: { supported: false, found: 0 }, comments: [] }),
    'cs.focus': () => ({ found: false }),
    'cs.label': () => ({ found: false }),
  });
}
