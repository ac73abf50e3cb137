import { readFileSync } from 'node:fs';
import { expect, serveFixture, test, storedCount } from './fixtures';

/*
 * The metrics page on real data: the comments Ronda read on a fixture page appear in today's figures, drawn by
 * chart.js, and the CSV export holds the same numbers.
 */

const IG_URL = 'https://www.instagram.com/p/DRondaFx26a/';


test('comments read on a page show up in the metrics, charts and CSV export', async ({ context, worker, openExtensionPage }) => {
  await serveFixture(context, 'https://www.instagram.com/**', 'instagram/post-page.html');
  const ig = await context.newPage();
  await ig.goto(IG_URL);
  // Read until the badges and the stored comments agree twice in a row (scans are time-sliced, reports batched).
  let found = -1;
  await expect
    .poll(
      async () => {
        const badges = await ig.locator('ronda-badge').count();
        const settled = badges > 0 && badges === (await storedCount(worker, IG_URL)) && badges === found;
        found = badges;
        return settled;
      },
      { intervals: [300, 300, 500, 1_000] },
    )
    .toBe(true);

  const metrics = await openExtensionPage('metrics.html');
  const totals = metrics.getByTestId('metrics-totals');
  await expect(totals.locator('.card').first()).toContainText(`${found}Comentários`);
  // One canvas per chart, drawn (chart.js sizes the canvas when it renders).
  await expect(metrics.locator('canvas')).toHaveCount(3);
  await expect(metrics.locator('canvas').first()).toHaveAttribute('width', /\d+/);
  // 14 days, all present, empty ones with zeros.
  await expect(metrics.getByTestId('metrics-periods').locator('tbody tr')).toHaveCount(14);
  await expect(metrics.getByTestId('metrics-sites')).toContainText('Instagram');
  await expect(metrics.getByTestId('weekly-summary')).toContainText('Resumo da semana');

  const [download] = await Promise.all([metrics.waitForEvent('download'), metrics.getByRole('button', { name: 'Exportar CSV' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  const total = csv.trim().split('\r\n').at(-1)!.split(';');
  expect(total[0]).toBe('total');
  expect(total[9]).toBe(String(found)); // comentários (total), after grupo, item and the 7 classes
});
