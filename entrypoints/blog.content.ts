import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSiteRuntime } from '../content/runtime';

// Launch blogs are on any domain: this script is registered at run time (background/blog-scripts.ts) for the
// origins the user added and granted, never declared in the manifest.
export default defineContentScript({
  registration: 'runtime',
  main: (ctx) => startSiteRuntime(ctx, 'blog'),
});
