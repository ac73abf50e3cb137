import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSiteRuntime } from '../content/runtime';

export default defineContentScript({
  // Studio too: its comment pages are where a channel's team answers them (sites/youtube/studio.ts).
  matches: ['https://www.youtube.com/*', 'https://studio.youtube.com/*'],
  // As soon as the document is parsed: document_idle waits for the page's load event (images and all), which
  // left comments already on the page unmarked for a few hundred milliseconds.
  runAt: 'document_end',
  main: (ctx) => startSiteRuntime(ctx, 'youtube'),
});
