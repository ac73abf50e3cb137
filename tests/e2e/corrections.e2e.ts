import { readFileSync } from 'node:fs';
import { badges, expect, openWatchWithTexts, test } from './fixtures';

// Comments the shipped model reads as hostile and staff call praise (unit tests check that premise).
const TEXTS = ['caralho olha essa entrevista', 'caralho essa live', 'caralho esse vídeo', 'caralho esse livro'];

test('the options page shows what corrections taught, forgets a wrong one (open pages follow), undoes, exports and imports', async ({ context, openExtensionPage }) => {
  const page = await openWatchWithTexts(context, TEXTS);
  await expect(badges(page)).toHaveCount(10);
  const byText = (t: string) => badges(page).nth(TEXTS.indexOf(t));
  for (const t of TEXTS.slice(0, 3)) {
    const badge = byText(t);
    await badge.locator('button.badge').click();
    await badge.locator('.labels button[data-label="praise"]').click();
    await expect(badge).toHaveAttribute('data-label', 'praise');
  }
  await expect(byText('caralho esse livro')).toHaveAttribute('data-label', 'praise');

  const options = await openExtensionPage('options.html');
  const section = options.getByTestId('corrections');
  await expect(section.getByTestId('corrections-count')).toContainText('3 correções guardadas.');
  const words = section.getByTestId('learned-words');
  await expect(words.locator('tbody tr')).toHaveCount(1);
  await expect(words.locator('tbody tr')).toContainText(['caralhoHaterElogio3']);
  const list = section.getByTestId('corrections-list');
  await expect(list.locator('li')).toHaveCount(3);
  await expect(list.locator('li').first()).toContainText('caralho esse vídeo');

  // One correction was a mistake: forgotten, the word loses its third agreeing correction, and the open page follows.
  await section.getByRole('searchbox').fill('video');
  await expect(list.locator('li')).toHaveCount(1);
  await list.locator('li').getByRole('button', { name: 'Esquecer' }).click();
  const status = section.getByTestId('corrections-status');
  await expect(status).toContainText('1 correção esquecida');
  await expect(status).toContainText('Páginas abertas atualizadas (1)');
  await expect(section.getByTestId('corrections-count')).toContainText('2 correções guardadas.');
  await expect(section).toContainText('Nenhuma ainda');
  await expect(byText('caralho esse vídeo')).toHaveAttribute('data-label', 'hater');
  await expect(byText('caralho esse vídeo').locator('button.badge')).not.toHaveClass(/staff/);
  await expect(byText('caralho esse livro')).toHaveAttribute('data-label', 'hater');
  await expect(byText('caralho essa live').locator('button.badge')).toHaveClass(/staff/);

  // Undo puts it back: the word is learned again, the comment is staff's again.
  await status.getByRole('button', { name: 'Desfazer' }).click();
  await expect(section.getByTestId('corrections-count')).toContainText('3 correções guardadas.');
  await expect(byText('caralho esse livro')).toHaveAttribute('data-label', 'praise');
  await expect(byText('caralho esse vídeo')).toHaveAttribute('data-label', 'praise');
  await expect(byText('caralho esse vídeo').locator('button.badge')).toHaveClass(/staff/);

  // Export: the file a teammate imports.
  await section.getByRole('searchbox').fill('');
  const [download] = await Promise.all([options.waitForEvent('download'), section.getByRole('button', { name: 'Exportar correções' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^ronda-correcoes-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync((await download.path()) as string, 'utf8')) as { format: string; corrections: { text: string; label: string }[] };
  expect(exported.format).toBe('ronda-corrections');
  expect(exported.corrections.map((c) => c.text).sort()).toEqual(TEXTS.slice(0, 3).sort());

  // A corrupt file is refused whole and loses nothing.
  const input = section.locator('input[type="file"]');
  await input.setInputFiles({ name: 'correcoes.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "ronda-corrections", "version": 1, "corr') });
  await expect(section.getByRole('alert')).toContainText('O arquivo não é um JSON válido');
  await expect(section.getByTestId('corrections-count')).toContainText('3 correções guardadas.');

  // A teammate's correction of a comment this profile never corrected: the open page takes it at once.
  const sixth = (await page.locator('#content-text').nth(5).innerText()).trim();
  await expect(badges(page).nth(5)).not.toHaveAttribute('data-label', 'doubt');
  const teammate = {
    format: 'ronda-corrections',
    version: 1,
    exportedAt: new Date().toISOString(),
    corrections: [...exported.corrections, { key: 'youtube:de-um-colega', text: sixth, label: 'doubt', at: Date.now(), user: 'Caio' }],
  };
  await input.setInputFiles({ name: 'colega.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(teammate)) });
  await expect(status).toContainText('Importado: 1 nova, 0 atualizadas, 3 mantidas');
  await expect(section.getByTestId('corrections-count')).toContainText('4 correções guardadas.');
  await expect(badges(page).nth(5)).toHaveAttribute('data-label', 'doubt');

  // What was imported and undone is what the pages learn from after a reload too.
  await page.reload();
  await expect(badges(page)).toHaveCount(10);
  for (const t of TEXTS) await expect(byText(t), t).toHaveAttribute('data-label', 'praise');
  await expect(badges(page).nth(5)).toHaveAttribute('data-label', 'doubt');
});
