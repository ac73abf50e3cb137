import { defineConfig } from 'wxt';

/**
 * RONDA_E2E=1 builds the variant the end-to-end tests load. It differs from the store build in one way only:
 * `<all_urls>` is granted up front, because headless Chromium cannot click "Allow" on a permission prompt
 * (blog domains, captureVisibleTab outside a toolbar/menu gesture). Everything else is the same code.
 */
const e2e = process.env.RONDA_E2E === '1';
/**
 * Google Drive sync needs an OAuth client id of type "Chrome extension" (see README). It is build configuration:
 * RONDA_OAUTH_CLIENT_ID=….apps.googleusercontent.com npx wxt build. Without it the build works and the options
 * page says Drive must be configured; `identity` is asked for only when Drive can actually be used.
 */
const oauthClientId = process.env.RONDA_OAUTH_CLIENT_ID?.trim();

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  outDir: process.env.RONDA_OUTDIR ?? (e2e ? '.output/e2e' : '.output'),
  webExt: { disabled: true },
  vite: () => ({
    define: {
      __RONDA_E2E__: JSON.stringify(e2e),
    },
  }),
  manifest: {
    name: 'Ronda',
    description: '__MSG_extDescription__',
    default_locale: 'pt_BR',
    minimum_chrome_version: '120',
    permissions: [
      'storage',
      'unlimitedStorage',
      'sidePanel',
      'scripting',
      'contextMenus',
      'alarms',
      'activeTab',
      'clipboardWrite',
      ...(oauthClientId ? ['identity'] : []),
    ],
    ...(oauthClientId ? { oauth2: { client_id: oauthClientId, scopes: ['https://www.googleapis.com/auth/drive.file'] } } : {}),
    host_permissions: e2e ? ['<all_urls>'] : [],
    // Launch blogs live on any domain: each one is asked for when the user adds it, never up front.
    // `<all_urls>` is asked for only if staff want to save prints from the inline badge (captureVisibleTab
    // needs it outside a toolbar/context-menu/shortcut gesture); the panel explains why before asking.
    optional_host_permissions: ['https://*/*', 'http://*/*', '<all_urls>'],
    action: { default_title: 'Ronda' },
    side_panel: { default_path: 'sidepanel.html' },
    commands: {
      'save-print': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandSavePrint__',
      },
    },
  },
});
