import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSiteRuntime } from '../content/runtime';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  // As soon as the document is parsed: document_idle waits for the page's load event (images and all), which
  // left comments already on the page unmarked for a few hundred milliseconds.
  runAt: 'document_end',
  main: (ctx) => startSiteRuntime(ctx, 'facebook'),
});
