import { readFileSync } from 'node:fs';
import { badges, expect, openWatchWithTexts, storedComments, storedCount, tabIdOf, test } from './fixtures';

/*
 * Team rules in real Chromium on the served YouTube watch page: a phrase added in the options page labels the
 * open page's comment at once and says why; "Marcar perfil como hater" in the panel labels every comment of that
 * author; undo and removal give the model its say back; the rules survive a reload and travel as a file.
 */

// The shipped model reads the first as neutral and the two by the same author as praise (checked below, before any rule).
const TEXTS = ['lá vem o rei do dropshipping', 'que aula boa, obrigada', 'vou assistir a aula amanhã cedo', 'obrigada pela live, aprendi muito'];

test('a phrase rule from the options page and an author marked from the panel label the open page, say why, and undo', async ({ context, worker, openExtensionPage }) => {
  // @bruno.carvalho's comment (the 4th text) is written by @isabela.rocha (the 2nd) too: one author, two comments.
  const page = await openWatchWithTexts(context, TEXTS, (html) => html.replaceAll('bruno.carvalho', 'isabela.rocha'));
  await expect(badges(page)).toHaveCount(10);
  const byText = (t: string) => badges(page).nth(TEXTS.indexOf(t));
  await expect(byText('lá vem o rei do dropshipping')).toHaveAttribute('data-label', 'neutral');
  await expect(byText('que aula boa, obrigada')).toHaveAttribute('data-label', 'praise');
  await expect(byText('obrigada pela live, aprendi muito')).toHaveAttribute('data-label', 'praise');
  await expect.poll(() => storedCount(worker, 'https://www.youtube.com/watch?v=rOnDa2026aB')).toBe(10);

  // The options page: a bad wildcard is explained before saving; the phrase rule applies to the open page at once.
  const options = await openExtensionPage('options.html');
  const section = options.getByTestId('team-rules');
  const pattern = section.getByLabel('Palavra, frase ou emoji');
  await pattern.fill('dr*');
  await expect(section.getByTestId('team-rule-problem')).toContainText('depois de 3 letras ou mais');
  await expect(section.getByRole('button', { name: 'Adicionar regra' })).toBeDisabled();
  await pattern.fill('Rei do Dropship*');
  // Before adding: what it would catch among the comments stored.
  const preview = section.getByTestId('team-rule-preview');
  await expect(preview).toContainText('Prévia: pegaria 1 dos 10 comentários guardados; 1 mudaria para Hater.');
  await expect(preview).toContainText('lá vem o rei do dropshipping');
  await pattern.fill('dropshipping de verdade');
  await expect(preview).toContainText('Prévia: não pegaria nenhum dos 10 comentários guardados.');
  await pattern.fill('Rei do Dropship*');
  await section.getByLabel('Rótulo').selectOption('hater');
  await section.getByLabel('Site').selectOption('youtube');
  await section.getByLabel('Observação (opcional)').fill('apelido que os trolls usam');
  await section.getByRole('button', { name: 'Adicionar regra' }).click();
  const status = section.getByTestId('team-rules-status');
  await expect(status).toContainText('Regra adicionada: “Rei do Dropship*” → Hater.');
  await expect(status).toContainText('Páginas abertas atualizadas (1)');
  const rule = byText('lá vem o rei do dropshipping');
  await expect(rule).toHaveAttribute('data-label', 'hater');
  await expect(rule.locator('button.badge')).toHaveAttribute('title', /por uma regra da equipe — por causa de: regra da equipe: "Rei do Dropship\*"/);
  await expect(byText('vou assistir a aula amanhã cedo')).toHaveAttribute('data-label', 'neutral');

  // The panel: marking the author labels both of her comments, the one selected and the other.
  const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, 'https://www.youtube.com/*')}`);
  await panel.getByRole('option').filter({ hasText: 'que aula boa, obrigada' }).click();
  await panel.getByRole('button', { name: 'Marcar perfil como hater' }).click();
  await expect(panel.getByRole('status')).toContainText('@isabela.rocha marcado como hater em YouTube');
  await expect(panel.getByRole('status')).toContainText('(mais 1 nesta página)');
  for (const t of ['que aula boa, obrigada', 'obrigada pela live, aprendi muito']) {
    await expect(byText(t), t).toHaveAttribute('data-label', 'hater');
    await expect(byText(t).locator('button.badge'), t).toHaveAttribute('title', /perfil marcado pela equipe: @isabela\.rocha/);
  }
  // The panel's queue follows the page.
  await expect(panel.getByRole('option').filter({ hasText: 'obrigada pela live, aprendi muito' })).toContainText('Hater');
  await panel.getByRole('status').getByRole('button', { name: 'Desfazer' }).click();
  await expect(panel.getByRole('status')).toContainText('Desfeito');
  for (const t of ['que aula boa, obrigada', 'obrigada pela live, aprendi muito']) await expect(byText(t), t).toHaveAttribute('data-label', 'praise');

  // Marked again, then the rules survive a reload of the page.
  await panel.getByRole('option').filter({ hasText: 'obrigada pela live, aprendi muito' }).click();
  await panel.getByRole('button', { name: 'Marcar perfil como hater' }).click();
  await expect(byText('que aula boa, obrigada')).toHaveAttribute('data-label', 'hater');
  await page.reload();
  await expect(badges(page)).toHaveCount(10);
  for (const t of ['lá vem o rei do dropshipping', 'que aula boa, obrigada', 'obrigada pela live, aprendi muito']) await expect(byText(t), t).toHaveAttribute('data-label', 'hater');

  // The list shows both rules; export them, remove the phrase (the page gets the model's label back), import the file.
  await options.reload();
  await expect(section.getByTestId('team-rules-count')).toHaveText('2 regras.');
  await expect(section.getByTestId('team-rules-list')).toContainText('@isabela.rocha');
  await expect(section.getByTestId('team-rules-list')).toContainText('apelido que os trolls usam');
  const [download] = await Promise.all([options.waitForEvent('download'), section.getByRole('button', { name: 'Exportar regras' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^ronda-regras-\d{4}-\d{2}-\d{2}\.json$/);
  const file = readFileSync((await download.path()) as string);
  expect(JSON.parse(file.toString('utf8'))).toMatchObject({ format: 'ronda-team-rules', rules: [{}, {}] });

  await section.getByRole('button', { name: 'Remover a regra Rei do Dropship*' }).click();
  await expect(status).toContainText('1 regra removida.');
  await expect(rule).toHaveAttribute('data-label', 'neutral');
  await expect(byText('que aula boa, obrigada')).toHaveAttribute('data-label', 'hater');

  const input = section.locator('input[type="file"]');
  await input.setInputFiles({ name: 'regras.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "ronda-team-rules", "version": 1, "rul') });
  await expect(section.getByRole('alert')).toContainText('O arquivo não é um JSON válido');
  await expect(section.getByTestId('team-rules-count')).toHaveText('1 regra.');
  await input.setInputFiles({ name: 'regras.json', mimeType: 'application/json', buffer: file });
  await expect(status).toContainText('Importado: 1 nova, 0 atualizadas, 1 mantida');
  await expect(rule).toHaveAttribute('data-label', 'hater');
});

test("the badge's 'Marcar perfil como hater' labels every comment of that author on the page, and Desfazer takes it back", async ({ context }) => {
  const page = await openWatchWithTexts(context, TEXTS, (html) => html.replaceAll('bruno.carvalho', 'isabela.rocha'));
  await expect(badges(page)).toHaveCount(10);
  const byText = (t: string) => badges(page).nth(TEXTS.indexOf(t));
  const first = byText('que aula boa, obrigada');
  const other = byText('obrigada pela live, aprendi muito');
  await expect(first).toHaveAttribute('data-label', 'praise');
  await expect(other).toHaveAttribute('data-label', 'praise');

  await first.locator('button.badge').click();
  // A page script clicking for staff is ignored, as for every badge action.
  await first.getByRole('button', { name: '🚫 Marcar perfil como hater' }).evaluate((b: HTMLButtonElement) => b.click());
  await page.waitForTimeout(300);
  await expect(other).toHaveAttribute('data-label', 'praise');

  await first.getByRole('button', { name: '🚫 Marcar perfil como hater' }).click();
  const note = first.locator('.note');
  await expect(note).toContainText('@isabela.rocha marcado como hater neste site (mais 1 nesta página)');
  for (const badge of [first, other]) {
    await expect(badge).toHaveAttribute('data-label', 'hater');
    await expect(badge.locator('button.badge')).toHaveAttribute('title', /perfil marcado pela equipe: @isabela\.rocha/);
  }
  // The menu stays open over the relabelled comment, with the way back.
  await note.getByRole('button', { name: 'Desfazer' }).click();
  await expect(note).toContainText('Desfeito');
  for (const badge of [first, other]) await expect(badge).toHaveAttribute('data-label', 'praise');

  // Marked again, it holds after a reload; a second mark says so and adds nothing.
  await note.page().keyboard.press('Escape');
  await other.locator('button.badge').click();
  await other.getByRole('button', { name: '🚫 Marcar perfil como hater' }).click();
  await expect(first).toHaveAttribute('data-label', 'hater');
  await page.reload();
  await expect(badges(page)).toHaveCount(10);
  await expect(byText('que aula boa, obrigada')).toHaveAttribute('data-label', 'hater');
  await byText('que aula boa, obrigada').locator('button.badge').click();
  await byText('que aula boa, obrigada').getByRole('button', { name: '🚫 Marcar perfil como hater' }).click();
  await expect(byText('que aula boa, obrigada').locator('.note')).toHaveText('@isabela.rocha já estava marcado como hater.');
});

test("marking an author reaches that author's stored comments on posts that are not open: the expert's view follows, and the undo", async ({ context, worker, openExtensionPage }) => {
  // Another post read earlier (other comment ids), closed since: only its stored comments are left.
  const OLD = 'amei a aula de ontem, professora, mudou meu jeito de vender';
  const older = await openWatchWithTexts(context, ['bom dia a todos', OLD], (html) => html.replaceAll('UgzRonda', 'UgxOlder'));
  await expect(badges(older)).toHaveCount(10);
  await expect(badges(older).nth(1)).toHaveAttribute('data-label', 'praise');
  const OLD_KEY = `youtube:${await badges(older).nth(1).getAttribute('data-ronda-comment')}`;
  const stored = async (key: string) => (await storedComments(worker)).find((c) => c.key === key);
  await expect.poll(() => stored(OLD_KEY)).toMatchObject({ label: 'praise', labelSource: 'classifier' });
  await older.close();

  const peek = await openExtensionPage('peek.html');
  await expect(peek.getByTestId('peek-praise')).toContainText(OLD);

  const page = await openWatchWithTexts(context, TEXTS);
  await expect(badges(page)).toHaveCount(10);
  const hers = badges(page).nth(TEXTS.indexOf('que aula boa, obrigada'));
  await hers.locator('button.badge').click();
  await hers.getByRole('button', { name: '🚫 Marcar perfil como hater' }).click();
  await expect(hers.locator('.note')).toContainText('@isabela.rocha marcado como hater neste site');

  expect(await stored(OLD_KEY)).toMatchObject({ label: 'hater', labelSource: 'rule' });
  await peek.reload();
  await expect(peek.getByTestId('peek-praise')).not.toContainText(OLD);
  await expect(peek.getByTestId('peek-praise')).not.toContainText('que aula boa, obrigada');
  await peek.getByLabel('Mostrar os comentários dos haters').check();
  await expect(peek.getByTestId('peek-hater-list')).toContainText(OLD);

  await hers.locator('.note').getByRole('button', { name: 'Desfazer' }).click();
  await expect(hers.locator('.note')).toContainText('Desfeito');
  expect(await stored(OLD_KEY)).toMatchObject({ label: 'praise', labelSource: 'classifier' });
  await peek.reload();
  await expect(peek.getByTestId('peek-praise')).toContainText(OLD);
});

test('the options page names the author who keeps coming out hater, marks the profile in one click (the open page follows), Desfazer brings the suggestion back, and Dispensar sets it aside', async ({ context, worker, openExtensionPage }) => {
  // Three comments of the page by one troll (the 1st, 2nd and 4th of the fixture), all hater by the model.
  const TROLL = ['seu lixo, golpista safado', 'vai tomar no cu, charlatão', 'bom dia a todos', 'bando de vagabundo, isso é golpe'];
  const page = await openWatchWithTexts(context, TROLL, (html) => html.replace(/ana\.paula\.ribeiro|isabela\.rocha|bruno\.carvalho/g, 'troll.da.live'));
  await expect(badges(page)).toHaveCount(10);
  const trolls = [0, 1, 3].map((i) => badges(page).nth(i));
  for (const b of trolls) await expect(b).toHaveAttribute('data-label', 'hater');
  await expect.poll(() => storedCount(worker, 'https://www.youtube.com/watch?v=rOnDa2026aB')).toBe(10);

  const options = await openExtensionPage('options.html');
  const suggestions = options.getByTestId('repeat-offenders');
  await expect(suggestions.locator('li')).toHaveCount(1);
  const troll = suggestions.locator('li').first();
  await expect(troll).toContainText('@troll.da.live (YouTube · Especialista): 3 de 3 comentários hater, em 1 post.');
  await expect(troll).toContainText('bando de vagabundo, isso é golpe');

  await troll.getByRole('button', { name: 'Marcar @troll.da.live como hater' }).click();
  const status = options.getByTestId('team-rules-status');
  await expect(status).toContainText('@troll.da.live marcado como hater (YouTube).');
  await expect(status).toContainText('Páginas abertas atualizadas (1)');
  await expect(suggestions).toContainText('Nenhum perfil sem regra tem 3 ou mais comentários hater');
  await expect(options.getByTestId('team-rules-list')).toContainText('@troll.da.live');
  for (const b of trolls) await expect(b.locator('button.badge')).toHaveAttribute('title', /perfil marcado pela equipe: @troll\.da\.live/);

  await status.getByRole('button', { name: 'Desfazer' }).click();
  await expect(status).toContainText('Desfeito.');
  await expect(options.getByTestId('team-rules-count')).toHaveText('Nenhuma regra ainda.');
  await expect(suggestions.locator('li')).toHaveCount(1);
  for (const b of trolls) await expect(b.locator('button.badge')).not.toHaveAttribute('title', /perfil marcado pela equipe/);

  // Set aside (the team decided against a rule): gone from the list, back with Desfazer, and still aside after a reload.
  await suggestions.getByRole('button', { name: 'Dispensar @troll.da.live' }).click();
  await expect(status).toContainText('@troll.da.live saiu da lista; volta se tiver mais 3 comentários hater.');
  await expect(suggestions.locator('li')).toHaveCount(0);
  await status.getByRole('button', { name: 'Desfazer' }).click();
  await expect(status).toContainText('@troll.da.live de volta à lista.');
  await expect(suggestions.locator('li')).toHaveCount(1);
  await suggestions.getByRole('button', { name: 'Dispensar @troll.da.live' }).click();
  await expect(suggestions.locator('li')).toHaveCount(0);
  await options.reload();
  await expect(options.getByTestId('repeat-offenders')).toContainText('Nenhum perfil sem regra tem 3 ou mais comentários hater');
  await expect(options.getByTestId('repeat-offenders').locator('li')).toHaveCount(0);
  for (const b of trolls) await expect(b).toHaveAttribute('data-label', 'hater');
});

test("a rule for one expert's profile labels the open page while that profile is in use: switching profiles in the options page reaches the page", async ({ context, openExtensionPage }) => {
  const page = await openWatchWithTexts(context, TEXTS);
  const rei = badges(page).nth(0);
  await expect(rei).toHaveAttribute('data-label', 'neutral');

  const options = await openExtensionPage('options.html');
  const status = options.getByRole('status').first();
  // A second expert, Rui, made and put in use here.
  await options.getByRole('button', { name: 'Novo perfil' }).click();
  await expect(status).toHaveText('Novo perfil criado: preencha abaixo.');
  await options.getByLabel('Nome do especialista').fill('Rui Lança');
  await options.getByRole('button', { name: 'Salvar perfil' }).click();
  await expect(status).toHaveText('Perfil salvo.');
  // The other sections of the page know the new expert without a reload: its hours, and rules for it.
  await expect(options.locator('section[aria-labelledby="service-title"]').getByRole('form', { name: 'Rui Lança' })).toBeVisible();

  const section = options.getByTestId('team-rules');
  await section.getByLabel('Palavra, frase ou emoji').fill('rei do dropship*');
  await section.getByLabel('Rótulo').selectOption('hater');
  await section.getByLabel('Perfil do especialista').selectOption({ label: 'Rui Lança' });
  await section.getByRole('button', { name: 'Adicionar regra' }).click();
  await expect(section.getByTestId('team-rules-status')).toContainText('Regra adicionada');
  await expect(rei).toHaveAttribute('data-label', 'hater');

  // Back to the first profile: Rui's rule is not this expert's.
  const active = options.getByLabel('Perfil ativo');
  await active.selectOption({ label: 'Especialista' });
  await expect(status).toHaveText('Perfil ativo trocado.');
  await expect(rei).toHaveAttribute('data-label', 'neutral');
  await active.selectOption({ label: 'Rui Lança' });
  await expect(rei).toHaveAttribute('data-label', 'hater');
});
