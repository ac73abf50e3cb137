import { BUILTIN_PACK } from '../../sites/builtin-pack';
import type { SelectorPack } from '../../sites/pack';
import { expect, serveFixture, test } from './fixtures';

/*
 * Selector packs end to end: YouTube renames its comment element (fixture youtube/changed-markup.html), the
 * built-in pack finds nothing; the team imports a pack with the new selector in the options page and the open
 * page starts marking comments, with no release. A broken pack is refused and the working one stays.
 */

const WATCH = 'https://www.youtube.com/watch?v=rOnDa2026aB';

function editedPack(version: string): SelectorPack {
  const pack = structuredClone(BUILTIN_PACK);
  pack.version = version;
  pack.sites.youtube.comment = ['ytd-comment-entity-view-model', ...pack.sites.youtube.comment];
  return pack;
}

test('an imported pack with a changed selector makes changed markup work; a broken one is refused', async ({ context, openExtensionPage }) => {
  await serveFixture(context, 'https://www.youtube.com/**', 'youtube/changed-markup.html');
  const video = await context.newPage();
  await video.goto(WATCH);
  await expect(video.locator('html')).toHaveAttribute('data-ronda', 'youtube');
  const comments = video.locator('ytd-comment-entity-view-model');
  await expect(comments.first()).toBeAttached();
  const total = await comments.count();
  expect(total).toBeGreaterThan(1);
  // The built-in pack does not know the renamed element: no badges. (Ronda scans on load and on mutations;
  // waiting for the page's own load plus a scan period is what "it found nothing" means here.)
  await video.waitForLoadState('load');
  await video.waitForTimeout(1_000);
  await expect(video.locator('ronda-badge')).toHaveCount(0);

  const options = await openExtensionPage('options.html');
  await expect(options.getByTestId('pack-status')).toContainText(BUILTIN_PACK.version);
  await options.getByTestId('pack-file').setInputFiles({
    name: 'ronda-pack-2099.1.1.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(editedPack('2099.1.1'))),
  });
  await expect(options.getByTestId('pack-message')).toContainText('Pacote 2099.1.1 ativo');
  await expect(options.getByTestId('pack-status')).toContainText('2099.1.1');

  // The open page switches to the new pack without a reload.
  await expect(video.locator('ronda-badge')).toHaveCount(total);
  // And a new page load uses it from the start.
  await video.reload();
  await expect(video.locator('ronda-badge')).toHaveCount(total);

  // A pack with an invalid regex is refused with a message naming the field; 2099.1.1 stays active.
  const broken = editedPack('2099.2.1') as unknown as { sites: { youtube: { threadPages: string[] } } };
  broken.sites.youtube.threadPages = ['^/watch(/?$'];
  await options.getByTestId('pack-file').setInputFiles({ name: 'quebrado.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(options.getByTestId('pack-message')).toContainText('sites.youtube.threadPages[0]: expressão regular inválida');
  await expect(options.getByTestId('pack-message')).toContainText('2099.1.1 continua ativo');
  await expect(options.getByTestId('pack-status')).toContainText('2099.1.1');

  // An older pack than the active one is refused too.
  await options.getByTestId('pack-file').setInputFiles({ name: 'antigo.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(editedPack('2098.1.1'))) });
  await expect(options.getByTestId('pack-message')).toContainText('mais antigo que o ativo');
  await expect(video.locator('ronda-badge')).toHaveCount(total);
});
