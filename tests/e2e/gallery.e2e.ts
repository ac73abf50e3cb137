import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/*
 * The gallery (acervo) as a copywriter uses it, on prints written straight into Ronda's IndexedDB with real
 * PNG/WebP bytes: search, star filter, tags, bulk export to ZIP, delete with undo, trash and restore; and the
 * expert's read-only peek view.
 */

const NOW = Date.now();

async function seed(page: Page, at = NOW): Promise<void> {
  await page.evaluate(async (now) => {
    const image = async (colour: string, type: string) => {
      const canvas = new OffscreenCanvas(300, 80);
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = colour;
      ctx.fillRect(0, 0, 300, 80);
      ctx.fillStyle = '#000';
      ctx.fillText('print', 10, 40);
      return new Uint8Array(await (await canvas.convertToBlob({ type })).arrayBuffer());
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('ronda');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const rows = [
      { id: 'g1', authorName: 'Maria Souza', authorHandle: 'mariasouza', text: 'A mentoria mudou minha vida financeira', site: 'instagram', label: 'praise', colour: '#2a9d8f' },
      { id: 'g2', authorName: 'João Pedro', authorHandle: 'joaop', text: 'Quando abre a próxima turma?', site: 'youtube', label: 'doubt', colour: '#e9c46a' },
      { id: 'g3', authorName: 'Carla Dias', authorHandle: 'carlad', text: 'Recomendo o curso para todo mundo', site: 'facebook', label: 'praise', colour: '#8338ec' },
    ];
    // Encoded first: an IndexedDB transaction closes at the first await that is not a request of its own.
    const bytes = await Promise.all(rows.map(async (r) => ({ png: await image(r.colour, 'image/png'), thumb: await image(r.colour, 'image/webp') })));
    const tx = db.transaction(['prints', 'printImages', 'comments'], 'readwrite');
    for (const [i, r] of rows.entries()) {
      tx.objectStore('prints').put({
        id: r.id, site: r.site, postUrl: `https://www.instagram.com/p/G${i}/`, permalink: `https://www.instagram.com/p/G${i}/c/${r.id}/`,
        authorName: r.authorName, authorHandle: r.authorHandle, text: r.text, capturedAt: now - i * 60_000, capturedBy: 'Equipe',
        projectId: 'default', label: r.label, tags: [], starred: false, notes: '', textHash: `t${r.id}`, imageHash: `i${r.id}`,
        width: 300, height: 80, redacted: false, includesReplies: false, updatedAt: now,
      });
      tx.objectStore('printImages').put({ id: r.id, ...bytes[i]! });
    }
    const comment = (key: string, label: string, status: string, text: string, ago: number) => ({
      key, site: 'instagram', postUrl: 'https://www.instagram.com/p/G0/', commentId: key.split(':')[1], isReply: false,
      authorName: `Autor ${key}`, text, projectId: 'default', label, labelSource: 'classifier', confidence: 0.9, evidence: [],
      status, firstSeenAt: now - ago, lastSeenAt: now - ago, statusChangedAt: now - ago,
    });
    tx.objectStore('comments').put(comment('instagram:d1', 'doubt', 'new', 'Tem certificado no final do curso?', 3_600_000));
    tx.objectStore('comments').put(comment('instagram:c1', 'complaint', 'moved_to_dm', 'Meu acesso não chegou', 1_800_000));
    tx.objectStore('comments').put(comment('instagram:p1', 'praise', 'new', 'Melhor investimento que fiz este ano, obrigada!', 600_000));
    tx.objectStore('comments').put(comment('instagram:h1', 'hater', 'new', 'Isso é pirâmide, golpe', 300_000));
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, at);
}

async function openSeededGallery(openExtensionPage: (p: string) => Promise<Page>, at = NOW): Promise<Page> {
  const gallery = await openExtensionPage('gallery.html');
  await expect(gallery.getByTestId('print-count')).toHaveText(/^0 print/);
  await seed(gallery, at);
  await gallery.reload();
  await expect(gallery.getByTestId('print-count')).toHaveText(/^3 print/);
  return gallery;
}

test('search, star, tags, export ZIP and delete with undo', async ({ openExtensionPage }) => {
  const gallery = await openSeededGallery(openExtensionPage);
  const cell = (id: string) => gallery.locator(`[data-print-id="${id}"]`);

  await gallery.getByRole('searchbox').fill('turma');
  await expect(gallery.getByTestId('print-count')).toHaveText(/^1 print/);
  await expect(cell('g2')).toBeVisible();
  await gallery.getByRole('button', { name: 'Limpar filtros' }).click();
  await expect(gallery.getByTestId('print-count')).toHaveText(/^3 print/);

  // Star one, filter by starred.
  await cell('g3').getByRole('button', { name: 'Favorito' }).click();
  await gallery.getByLabel('Só favoritos').check();
  await expect(gallery.getByTestId('print-count')).toHaveText(/^1 print/);
  await expect(cell('g3')).toBeVisible();
  await gallery.getByRole('button', { name: 'Limpar filtros' }).click();

  // Tag it from the detail view; search finds the tag; notes are kept.
  await cell('g1').locator('.thumb').click();
  const detail = gallery.getByTestId('print-detail');
  await detail.getByLabel('Nova tag').fill('Depoimento, VSL');
  await detail.getByLabel('Nova tag').press('Enter');
  await expect(detail.locator('.tag')).toHaveText(['#depoimento×', '#vsl×']);
  await detail.getByLabel('Notas').fill('usar na página de vendas');
  await detail.getByLabel('Notas').blur();
  await expect(detail.getByRole('link', { name: /comentário original/ })).toHaveAttribute('href', 'https://www.instagram.com/p/G0/c/g1/');
  await detail.getByRole('button', { name: 'Fechar' }).click();
  await gallery.getByRole('searchbox').fill('vendas depoimento');
  await expect(gallery.getByTestId('print-count')).toHaveText(/^1 print/);
  await gallery.getByRole('button', { name: 'Limpar filtros' }).click();

  // Bulk: select two, export a ZIP of PNGs + CSV + JSON.
  await cell('g1').getByRole('checkbox').click();
  await cell('g2').getByRole('checkbox').click();
  const download = gallery.waitForEvent('download');
  await gallery.getByRole('button', { name: 'Exportar ZIP' }).click();
  const file = await (await download).path();
  const zip = unzipSync(new Uint8Array(readFileSync(file)));
  const pngs = Object.keys(zip).filter((f) => f.endsWith('.png'));
  expect(pngs).toHaveLength(2);
  for (const f of pngs) expect([...zip[f]!.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  const meta = JSON.parse(strFromU8(zip['prints.json']!)) as { id: string; tags: string; notes: string }[];
  expect(meta.map((m) => m.id).sort()).toEqual(['g1', 'g2']);
  expect(meta.find((m) => m.id === 'g1')).toMatchObject({ tags: 'depoimento, vsl', notes: 'usar na página de vendas' });
  expect(strFromU8(zip['prints.csv']!)).toContain('Quando abre a próxima turma?');

  // Delete the selection, undo it.
  await gallery.getByRole('button', { name: 'Apagar' }).click();
  await expect(gallery.getByTestId('print-count')).toHaveText(/^1 print/);
  await gallery.getByRole('button', { name: 'Desfazer' }).click();
  await expect(gallery.getByTestId('print-count')).toHaveText(/^3 print/);

  // Delete one for good; it waits in the trash and can be restored, also after a reload.
  await cell('g2').locator('.thumb').click();
  await detail.getByRole('button', { name: 'Apagar' }).click();
  await expect(gallery.getByTestId('print-count')).toHaveText(/^2 print/);
  await gallery.reload();
  await expect(gallery.getByTestId('print-count')).toHaveText(/^2 print/);
  await gallery.getByLabel('Lixeira').check();
  await expect(gallery.getByTestId('print-count')).toHaveText(/^1 print/);
  await cell('g2').getByRole('checkbox').click();
  await gallery.getByRole('button', { name: 'Restaurar' }).click();
  await expect(gallery.getByTestId('print-count')).toHaveText(/^0 print/);
  await gallery.getByLabel('Lixeira').uncheck();
  await expect(gallery.getByTestId('print-count')).toHaveText(/^3 print/);
});

test('the detail view opens from a link to one print, and copies its image to the clipboard', async ({ openExtensionPage, extensionId }) => {
  const gallery = await openSeededGallery(openExtensionPage);
  await gallery.goto(`chrome-extension://${extensionId}/gallery.html#print=g3`);
  const detail = gallery.getByTestId('print-detail');
  await expect(detail).toContainText('Recomendo o curso');
  await gallery.bringToFront();
  // The manifest's clipboardWrite lets Ronda's pages write images; the status only says so once the write resolved.
  await detail.getByRole('button', { name: 'Copiar imagem' }).click();
  await expect(detail.getByRole('status')).toHaveText('Imagem copiada.');
});

test('a copywriter asks the author for permission, records the answer, and finds the prints they may use', async ({ openExtensionPage }) => {
  const gallery = await openSeededGallery(openExtensionPage);
  const cell = (id: string) => gallery.locator(`[data-print-id="${id}"]`);
  await cell('g1').locator('.thumb').click();
  const detail = gallery.getByTestId('print-detail');
  const permission = detail.getByLabel('Autorização de uso');
  await expect(permission).toHaveValue('none');
  await gallery.bringToFront();
  await detail.getByRole('button', { name: 'Copiar pedido de autorização' }).click();
  await expect(detail.getByRole('status')).toHaveText('Pedido copiado: cole na resposta ao comentário ou no direct.');
  // Asking is recorded; the answer is chosen when it comes.
  await expect(permission).toHaveValue('asked');
  await expect(cell('g1').locator('.chip.consent-asked')).toHaveText('… pedido');
  await permission.selectOption('granted');
  await detail.getByRole('button', { name: 'Fechar' }).click();
  await expect(cell('g1').locator('.chip.consent-granted')).toHaveText('✓ autorizado');

  const filter = gallery.getByRole('search').getByLabel('Autorização de uso');
  await filter.selectOption('granted');
  await expect(gallery.getByTestId('print-count')).toHaveText(/^1 print/);
  await expect(cell('g1')).toBeVisible();
  await filter.selectOption('none');
  await expect(gallery.getByTestId('print-count')).toHaveText(/^2 prints/);
  await expect(cell('g1')).toHaveCount(0);
  // Kept after a reload (stored, and queued for Drive like the other curated fields).
  await gallery.reload();
  await expect(cell('g1').locator('.chip.consent-granted')).toBeVisible();
  // The expert sees which of the week's prints may be used.
  const peek = await openExtensionPage('peek.html');
  await expect(peek.locator('.peek-print figcaption').filter({ hasText: 'Maria Souza' })).toContainText('✓ autorizado');
});

test('the expert peek view shows what needs the expert and hides haters until asked', async ({ context, openExtensionPage }) => {
  // "Today" and "this week" are the browser's: seeded minutes before the real now, a run just after midnight on a
  // Monday found the complaint in last week. A Wednesday afternoon keeps every seeded row in both.
  const wednesday = new Date(2026, 10, 25, 15, 0).getTime();
  await context.clock.setFixedTime(wednesday);
  const gallery = await openSeededGallery(openExtensionPage, wednesday);
  await gallery.close();
  const peek = await openExtensionPage('peek.html');
  await expect(peek.getByTestId('peek-doubts')).toContainText('Tem certificado no final do curso?');
  await expect(peek.getByTestId('peek-dm')).toContainText('Meu acesso não chegou');
  await expect(peek.getByTestId('peek-praise')).toContainText('Melhor investimento');
  await expect(peek.locator('tr[data-label="hater"] td').first()).toHaveText('1');
  await expect(peek.locator('tr[data-label="prints"] td').first()).toHaveText('3');
  await expect(peek.getByText('pirâmide')).toHaveCount(0);
  await peek.getByLabel('Mostrar os comentários dos haters').check();
  await expect(peek.getByTestId('peek-hater-list')).toContainText('Isso é pirâmide, golpe');
  // Read-only: nothing on the page changes data.
  await expect(peek.getByRole('button')).toHaveCount(0);
});
