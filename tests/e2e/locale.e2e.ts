import { BUILTIN_PACK } from '../../sites/builtin-pack';
import { badges, chip, expect, openFixturePage, test } from './fixtures';

test('choosing English on the options page switches Ronda’s pages and the marks on sites', async ({ context, openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  await expect(options.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await options.getByLabel('Idioma das telas do Ronda').selectOption('en');
  // The page reloads itself in the chosen language.
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Ronda settings');
  await expect(options.getByLabel('Language of Ronda’s screens')).toHaveValue('en');
  await expect(options.locator('html')).toHaveAttribute('lang', 'en');

  // The service worker, already running, follows too: what it says back (here, an old pack refused) is in English.
  const older = { ...BUILTIN_PACK, version: '2000.1.1' };
  await options.getByTestId('pack-file').setInputFiles({ name: 'antigo.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(older)) });
  await expect(options.getByTestId('pack-message')).toContainText(`Pack 2000.1.1 is older than the active one (${BUILTIN_PACK.version}): refused`);

  const peek = await openExtensionPage('peek.html');
  await expect(peek.getByRole('heading', { level: 1 })).toHaveText(/^Expert view/);

  const page = await openFixturePage(context, 'youtube/watch.html', 'https://www.youtube.com/watch?v=rOnDa2026aB');
  await expect(badges(page)).toHaveCount(10);
  await expect(chip(page)).toContainText('10 comments');

  // And back: Portuguese is the default, and a choice like any other.
  await options.getByLabel('Language of Ronda’s screens').selectOption('pt-BR');
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Configurações do Ronda');
});
