import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const POLL_MS = 1_000;

interface NavigationLike {
  addEventListener(type: string, listener: () => void, options?: { signal?: AbortSignal }): void;
}

/**
 * Calls `onChange` after the page moved to another URL without a reload (Instagram, Facebook and YouTube
 * open the next post with pushState), with `location.href` already the new one.
 *
 * Not WXT's `wxt:locationchange`: in WXT 0.21 it listens to the Navigation API's `navigate` event, which fires
 * before the URL is committed, so a handler reading `location.href` still sees the previous post (found by
 * Ronda's SPA-navigation e2e test; wxt-dev/wxt#2623). `currententrychange` fires after the commit; the poll is
 * the fallback where the Navigation API is missing and a safety net for changes it does not report.
 */
export function watchLocation(ctx: ContentScriptContext, onChange: () => void): void {
  let last = location.href;
  const check = () => {
    if (ctx.isInvalid || location.href === last) return;
    last = location.href;
    onChange();
  };
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener('currententrychange', check, { signal: ctx.signal });
  ctx.addEventListener(window, 'popstate', check);
  ctx.setInterval(check, POLL_MS);
}
