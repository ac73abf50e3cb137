import { browser } from 'wxt/browser';
import { z } from 'zod';
import { DRIVE_API_BASE, DriveError, isNetworkFailure, offlineTokenError, REVOKE_URL, revokeToken, type TokenSource } from './client';
import { tr } from '../../lib/i18n';

/*
 * Google sign-in for Drive, least privilege: only the drive.file scope (files Ronda created or was given).
 * Chrome: chrome.identity.getAuthToken with the manifest's oauth2 client id (Chrome keeps and refreshes the
 * token). Browsers without it (Edge, Brave…): launchWebAuthFlow with the implicit flow; that token is kept in
 * chrome.storage.session, which lives in memory only. Tokens are never written to storage.local,
 * storage.sync, IndexedDB or logs.
 *
 * The end-to-end build (__RONDA_E2E__) may instead read a base URL and a test token that the test put in
 * chrome.storage.session; the store build ignores that key and always talks to https://www.googleapis.com.
 */

export const DRIVE_SCOPE = 'https://www.googleapis.com/auth/drive.file';
const WEB_TOKEN_KEY = 'rondaDriveWebToken';
export const TEST_CONFIG_KEY = 'rondaDriveTest';

export const testConfigSchema = z.object({
  baseUrl: z.string().url(),
  token: z.string().min(1),
  resumableThreshold: z.number().int().positive().optional(),
  chunkSize: z.number().int().positive().optional(),
  pullIntervalMs: z.number().int().positive().optional(),
});
export type TestConfig = z.infer<typeof testConfigSchema>;

export async function readTestConfig(): Promise<TestConfig | undefined> {
  if (!__RONDA_E2E__) return undefined;
  const stored = (await browser.storage.session.get(TEST_CONFIG_KEY))[TEST_CONFIG_KEY];
  const parsed = testConfigSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

export function apiBaseUrl(test: TestConfig | undefined): string {
  return test?.baseUrl ?? DRIVE_API_BASE;
}

/** The OAuth client id baked into the manifest at build time (RONDA_OAUTH_CLIENT_ID), if any. */
export function manifestClientId(): string | undefined {
  const manifest = browser.runtime.getManifest() as { oauth2?: { client_id?: string } };
  return manifest.oauth2?.client_id || undefined;
}

/** A "Web application" client id for the launchWebAuthFlow fallback (RONDA_OAUTH_WEB_CLIENT_ID), if any. */
function webClientId(): string | undefined {
  const env = import.meta.env as Record<string, string | undefined>;
  return env.WXT_RONDA_OAUTH_WEB_CLIENT_ID || undefined;
}

export async function isConfigured(): Promise<boolean> {
  return Boolean((await readTestConfig()) || manifestClientId());
}

/** A function: read when thrown, in the language chosen then. */
const notConfigured = (): string =>
  tr('Google Drive não está configurado nesta versão do Ronda: configure o client id OAuth (RONDA_OAUTH_CLIENT_ID) ao gerar a extensão.', 'Google Drive is not configured in this build of Ronda: set the OAuth client id (RONDA_OAUTH_CLIENT_ID) when building the extension.');

const webTokenSchema = z.object({ token: z.string(), expiresAt: z.number() });

async function sessionWebToken(): Promise<string | undefined> {
  const parsed = webTokenSchema.safeParse((await browser.storage.session.get(WEB_TOKEN_KEY))[WEB_TOKEN_KEY]);
  return parsed.success && parsed.data.expiresAt > Date.now() + 60_000 ? parsed.data.token : undefined;
}

async function webAuthFlow(interactive: boolean): Promise<string> {
  const clientId = webClientId() ?? manifestClientId();
  if (!clientId) throw new DriveError('config', notConfigured());
  const url = new URL('https://accounts.google.com/o/oauth2/v2/auth');
  url.searchParams.set('client_id', clientId);
  url.searchParams.set('response_type', 'token');
  url.searchParams.set('redirect_uri', browser.identity.getRedirectURL());
  url.searchParams.set('scope', DRIVE_SCOPE);
  url.searchParams.set('include_granted_scopes', 'true');
  const redirect = await browser.identity.launchWebAuthFlow({ url: url.toString(), interactive });
  const params = new URLSearchParams(new URL(redirect ?? '').hash.slice(1));
  const token = params.get('access_token');
  if (!token) throw new DriveError('auth', tr(`o Google não concedeu acesso (${params.get('error') ?? 'sem token'})`, `Google did not grant access (${params.get('error') ?? 'no token'})`));
  const scopes = (params.get('scope') ?? '').split(' ');
  if (!scopes.includes(DRIVE_SCOPE)) throw new DriveError('scope', tr('o acesso ao Google Drive não foi autorizado: entre de novo e marque a permissão do Drive', 'access to Google Drive was not authorised: sign in again and tick the Drive permission'));
  const expiresIn = Number(params.get('expires_in') ?? 3600);
  await browser.storage.session.set({ [WEB_TOKEN_KEY]: { token, expiresAt: Date.now() + expiresIn * 1000 } });
  return token;
}

async function chromeToken(interactive: boolean): Promise<string> {
  const result = await browser.identity.getAuthToken({ interactive, scopes: [DRIVE_SCOPE] });
  if (!result.token) throw new DriveError('auth', tr('o Google não devolveu um token de acesso', 'Google returned no access token'));
  if (result.grantedScopes && !result.grantedScopes.includes(DRIVE_SCOPE)) {
    throw new DriveError('scope', tr('o acesso ao Google Drive não foi autorizado: entre de novo e marque a permissão do Drive', 'access to Google Drive was not authorised: sign in again and tick the Drive permission'));
  }
  return result.token;
}

/** getAuthToken where the browser has it; the web flow where it does not (or where it fails to start). */
async function obtainToken(interactive: boolean): Promise<string> {
  if (!manifestClientId()) throw new DriveError('config', notConfigured());
  if (typeof browser.identity?.getAuthToken === 'function') {
    try {
      return await chromeToken(interactive);
    } catch (error) {
      if (error instanceof DriveError) throw error;
      // Not signed in to the browser, or a Chromium without Google's account service: try the web flow.
      if (!interactive) {
        const cached = await sessionWebToken();
        if (cached) return cached;
      }
      try {
        return await webAuthFlow(interactive);
      } catch (fallbackError) {
        if (fallbackError instanceof DriveError) throw fallbackError;
        // Offline past the token's hour: Google is out of reach, the sign-in itself is fine. Sync waits.
        if (isNetworkFailure(error) || isNetworkFailure(fallbackError)) throw offlineTokenError();
        throw new DriveError('auth', tr('não foi possível entrar com a conta Google: clique em "Entrar com Google" de novo', 'could not sign in with the Google account: click "Sign in with Google" again'));
      }
    }
  }
  const cached = interactive ? undefined : await sessionWebToken();
  if (cached) return cached;
  try {
    return await webAuthFlow(interactive);
  } catch (error) {
    if (error instanceof DriveError || !isNetworkFailure(error)) throw error;
    throw offlineTokenError();
  }
}

export const tokenSource: TokenSource = {
  async getToken({ refresh, stale }) {
    const test = await readTestConfig();
    if (test) return test.token;
    if (refresh && stale) {
      await browser.identity?.removeCachedAuthToken?.({ token: stale }).catch(() => undefined);
      await browser.storage.session.remove(WEB_TOKEN_KEY);
    }
    return obtainToken(false);
  },
};

/** Interactive sign-in, from a click on the options page. */
export async function signIn(): Promise<void> {
  if (await readTestConfig()) return;
  await obtainToken(true);
}

/** Revokes the token at Google and forgets it locally. */
export async function signOut(): Promise<void> {
  const test = await readTestConfig();
  if (test) {
    await revokeToken(test.token, `${test.baseUrl}/revoke`);
    return;
  }
  const tokens = new Set<string>();
  const web = await sessionWebToken();
  if (web) tokens.add(web);
  if (typeof browser.identity?.getAuthToken === 'function' && manifestClientId()) {
    const current = await browser.identity.getAuthToken({ interactive: false, scopes: [DRIVE_SCOPE] }).catch(() => undefined);
    if (current?.token) tokens.add(current.token);
  }
  for (const token of tokens) {
    await revokeToken(token, REVOKE_URL);
    await browser.identity?.removeCachedAuthToken?.({ token }).catch(() => undefined);
  }
  await browser.identity?.clearAllCachedAuthTokens?.().catch(() => undefined);
  await browser.storage.session.remove(WEB_TOKEN_KEY);
}
