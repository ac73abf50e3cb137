import { readFileSync } from 'node:fs';
import { expect, openWatchWithTexts, serveFixture, test, storedCount } from './fixtures';

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

test('questions people keep asking in other words are grouped on the metrics page, exported for the FAQ, and start a reply template', async ({ worker, context, openExtensionPage }) => {
  const texts = ['Tem parcelamento no cartão?', 'Dá pra parcelar em 12x?', 'Parcela em quantas vezes?', 'O curso tem certificado?', 'Tem certificado no final?'];
  const page = await openWatchWithTexts(context, texts);
  await expect(page.locator('ronda-badge')).toHaveCount(10);
  await expect.poll(() => storedCount(worker, 'https://www.youtube.com/watch?v=rOnDa2026aB')).toBe(10);

  const metrics = await openExtensionPage('metrics.html');
  const section = metrics.getByTestId('recurring-questions');
  const topics = section.getByTestId('recurring-topic');
  await expect(topics).toHaveCount(2);
  await expect(topics.nth(0).locator('th')).toHaveText('parcelamento');
  // The three above and the fixture's own "Tem parcelamento no cartão? Dá pra pagar no boleto?".
  await expect(topics.nth(0).locator('td').nth(1)).toHaveText('4');
  await expect(topics.nth(0).locator('li')).toHaveCount(3);
  await expect(topics.nth(1).locator('th')).toHaveText('certificado');
  // Another channel has none of them.
  await metrics.getByLabel('Canal').selectOption({ label: 'Instagram' });
  await expect(section).toContainText('Nenhuma pergunta se repetiu neste período.');
  await metrics.getByLabel('Canal').selectOption({ label: 'YouTube' });

  const [download] = await Promise.all([metrics.waitForEvent('download'), section.getByRole('button', { name: 'Exportar perguntas (CSV)' }).click()]);
  const lines = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]!.split(';').slice(0, 4)).toEqual(['tema', 'tipo', 'vezes', 'pessoas']);
  expect(lines[1]!.split(';').slice(0, 3)).toEqual(['parcelamento', 'Prospecção', '4']);
  expect(lines[1]).toContain('https://www.youtube.com/watch?v=rOnDa2026aB&lc=');
  expect(lines).toHaveLength(3);

  // An approved answer for it starts from the topic: the options page opens a new template on it.
  const [options] = await Promise.all([metrics.context().waitForEvent('page'), topics.nth(0).getByRole('link', { name: 'Criar modelo de resposta' }).click()]);
  const editor = options.getByRole('form', { name: 'Editar modelo' });
  await expect(editor.getByLabel('Título')).toHaveValue('Prospecção: parcelamento');
  await expect(editor.getByRole('checkbox', { name: 'Prospecção' })).toBeChecked();
  await expect(editor.getByTestId('template-seed-example')).toContainText(texts[1]!);
  await editor.getByLabel('Resposta pública').fill('Oi, {{primeiro_nome}}! Sim: em até 12x no cartão. Detalhes: {{link}}');
  await editor.getByRole('button', { name: 'Salvar' }).click();
  await expect(options.getByText('Modelo salvo.')).toBeVisible();
  await expect(options.getByText('Prospecção: parcelamento')).toBeVisible();

  // The expert's view leads with them too.
  const peek = await openExtensionPage('peek.html');
  await expect(peek.getByTestId('peek-recurring').locator('li').first()).toContainText('parcelamento · 4 vezes, 4 pessoas');
});
