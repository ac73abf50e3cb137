import { defineContentScript } from 'wxt/utils/define-content-script';
import { startSiteRuntime } from '../content/runtime';

export default defineContentScript({
  matches: ['https://www.facebook.com/*', 'https://web.facebook.com/*'],
  runAt: 'document_idle',
  main: (ctx) => startSiteRuntime(ctx, 'facebook'),
});
