import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const json = (name: string, text: string | Buffer) => ({ name, mimeType: 'application/json', buffer: typeof text === 'string' ? Buffer.from(text) : text });

test("the template library exports its templates, takes a teammate's file (an approval in a file waits for an approver) and refuses a corrupt or oversized one, losing nothing", async ({ openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  const section = options.locator('section[aria-labelledby="templates-title"]');
  const cards = section.locator('article.tpl');
  await expect(cards.first()).toBeVisible();
  const starters = await cards.count();
  expect(starters).toBeGreaterThan(0);

  const [download] = await Promise.all([options.waitForEvent('download'), section.getByRole('button', { name: 'Exportar', exact: true }).click()]);
  expect(download.suggestedFilename()).toMatch(/^ronda-modelos-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(readFileSync((await download.path()) as string, 'utf8')) as { format: string; version: number; templates: Record<string, unknown>[] };
  expect(exported.format).toBe('ronda-templates');
  expect(exported.templates).toHaveLength(starters);

  const input = section.locator('input[type="file"]');
  await input.setInputFiles(json('modelos.json', '{"format": "ronda-templates", "version": 1, "templ'));
  await expect(section.getByRole('alert')).toContainText('O arquivo não é um JSON válido');
  await expect(cards).toHaveCount(starters);

  await input.setInputFiles(json('enorme.json', Buffer.alloc(5_000_001, ' ')));
  await expect(section.getByRole('alert')).toContainText('Arquivo grande demais para uma biblioteca de modelos. Nada foi importado.');
  await expect(cards).toHaveCount(starters);

  // A teammate's file: the library as exported plus one template they approved.
  const now = Date.now();
  const theirs = { ...exported.templates[0], id: 'tpl-colega-certificado', title: 'Dúvida: certificado', body: 'O certificado sai ao concluir 100% das aulas.', status: 'approved', approvedBy: 'Caio', approvedAt: now, createdAt: now, updatedAt: now };
  const teammate = JSON.stringify({ ...exported, templates: [...exported.templates, theirs] });
  await input.setInputFiles(json('colega.json', teammate));
  const status = section.getByRole('status');
  await expect(status).toHaveText(`Importado: 1 novo, 0 atualizados, ${starters} mantidos (a versão daqui era mais nova), 1 aguardando aprovação.`);
  await expect(cards).toHaveCount(starters + 1);
  const imported = section.getByRole('article', { name: 'Dúvida: certificado' });
  await expect(imported).toContainText('Rascunho');
  await expect(imported).not.toContainText('aprovado por Caio');

  // The same file again: now nothing is new.
  await input.setInputFiles(json('colega.json', teammate));
  await expect(status).toHaveText(`Importado: 0 novos, 0 atualizados, ${starters + 1} mantidos (a versão daqui era mais nova).`);
  await expect(cards).toHaveCount(starters + 1);

  // What was imported is stored: it is there after a reload.
  await options.reload();
  await expect(options.locator('section[aria-labelledby="templates-title"]').getByRole('article', { name: 'Dúvida: certificado' })).toContainText('Rascunho');
});
