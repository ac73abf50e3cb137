import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, FIXTURES_DIR, serveFixture, tabIdOf, test } from './fixtures';

/*
 * Prints end to end: the real content script on a routed YouTube watch page, the real service worker capturing
 * the visible tab, cropping (and stitching a comment taller than the screen), storing in IndexedDB, and the
 * gallery finding the print by a word of its text.
 */

const WATCH = 'https://www.youtube.com/watch?v=Rnd4Print01';

interface PngFacts {
  width: number;
  height: number;
  colours: number;
  red: number;
  mean: number;
}

/** Reads a stored print's PNG from Ronda's IndexedDB (inside an extension page) and describes its pixels. */
async function pngFacts(extPage: Page, printId: string, which: 'png' | 'originalPng' = 'png'): Promise<PngFacts> {
  return extPage.evaluate(
    async ({ id, field }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('ronda');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const row = await new Promise<Record<string, Uint8Array>>((resolve, reject) => {
        const r = db.transaction('printImages').objectStore('printImages').get(id);
        r.onsuccess = () => resolve(r.result as Record<string, Uint8Array>);
        r.onerror = () => reject(r.error);
      });
      db.close();
      const bitmap = await createImageBitmap(new Blob([row[field]! as BlobPart], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const data = ctx.getImageData(0, 0, bitmap.width, bitmap.height).data;
      const colours = new Set<number>();
      let red = 0;
      let sum = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        colours.add((r << 16) | (g << 8) | b);
        if (r > 230 && g < 40 && b < 40) red++;
        sum += r + g + b;
      }
      return { width: bitmap.width, height: bitmap.height, colours: colours.size, red, mean: sum / (data.length / 4) / 3 };
    },
    { id: printId, field: which },
  );
}

async function openWatchPage(context: import('@playwright/test').BrowserContext): Promise<Page> {
  await serveFixture(context, 'https://www.youtube.com/**', 'prints/youtube-watch.html');
  const page = await context.newPage();
  await page.goto(WATCH);
  await expect(page.locator('html')).toHaveAttribute('data-ronda', 'youtube');
  // The runtime has read the comments once their badges are on the page (5 comments: 4 threads and a reply);
  // measuring before every badge is in would measure a layout that is about to change.
  await expect(page.locator('ronda-badge')).toHaveCount(5);
  return page;
}

/** Sends bg.print.capture from an extension page while the watch page is the visible tab. */
async function capture(gallery: Page, page: Page, payload: Record<string, unknown>) {
  await page.bringToFront();
  return gallery.evaluate(async (p) => {
    const [tab] = await chrome.tabs.query({ url: 'https://www.youtube.com/*' });
    return chrome.runtime.sendMessage({ ronda: 1, type: 'bg.print.capture', payload: { tabId: tab!.id, ...p } });
  }, payload) as Promise<{ ok: boolean; data?: { printId: string; duplicateOf?: string }; error?: string }>;
}

function box(page: Page, commentId: string) {
  return page.evaluate((cid) => {
    const link = document.querySelector(`a[href*="lc=${cid}"]`)!;
    const el = link.closest('ytd-comment-view-model')!;
    const r = el.getBoundingClientRect();
    return { width: r.width, height: r.height, dpr: window.devicePixelRatio, scrollY: window.scrollY };
  }, commentId);
}

test('a comment becomes a PNG of exactly its box, and the gallery finds it by a word', async ({ context, openExtensionPage }) => {
  const gallery = await openExtensionPage('gallery.html');
  const page = await openWatchPage(context);
  const before = await box(page, 'UgxPrintShort01');

  const reply = await capture(gallery, page, { commentId: 'UgxPrintShort01' });
  expect(reply.error).toBeUndefined();
  const printId = reply.data!.printId;
  const facts = await pngFacts(gallery, printId);
  expect(facts.width).toBe(Math.round(before.width * before.dpr));
  expect(facts.height).toBe(Math.round(before.height * before.dpr));
  // Not blank: the avatar, text and background give many colours; no part of the red masthead came along.
  expect(facts.colours).toBeGreaterThan(20);
  expect(facts.red).toBe(0);
  // The user's scroll position is put back after the capture.
  expect((await box(page, 'UgxPrintShort01')).scrollY).toBe(before.scrollY);
  // The notice on the page leads to the print in the acervo, reusing the gallery tab already open.
  await page.locator('ronda-print-ui[data-kind="notice"]').getByRole('button', { name: 'Abrir acervo' }).click();
  await expect(gallery).toHaveURL(new RegExp(`gallery\\.html#print=${printId}$`));
  await expect(gallery.getByTestId('print-detail')).toContainText('Finalmente entendi');
  await gallery.getByTestId('print-detail').getByRole('button', { name: 'Fechar' }).click();
  expect(context.pages().filter((p) => p.url().includes('gallery.html'))).toHaveLength(1);

  await gallery.reload();
  await expect(gallery.getByTestId('print-count')).toHaveText(/^1 print/);
  await gallery.getByRole('searchbox').fill('reserva');
  await expect(gallery.locator(`[data-print-id="${printId}"]`)).toBeVisible();
  await gallery.getByRole('searchbox').fill('inexistente');
  await expect(gallery.getByTestId('print-count')).toHaveText(/^0 print/);
  await gallery.getByRole('searchbox').fill('MARIANASOUZA');
  await gallery.locator(`[data-print-id="${printId}"] .thumb`).click();
  const detail = gallery.getByTestId('print-detail');
  await expect(detail).toContainText('Finalmente entendi');
  await expect(detail.getByRole('link', { name: /comentário original/ })).toHaveAttribute('href', /lc=UgxPrintShort01/);
});

test('a comment taller than the screen is stitched below the fixed masthead, paced under the capture quota', async ({ context, openExtensionPage }) => {
  const gallery = await openExtensionPage('gallery.html');
  const page = await openWatchPage(context);
  const size = await box(page, 'UgxPrintTall03');
  expect(size.height).toBeGreaterThan(800);
  const reply = await capture(gallery, page, { commentId: 'UgxPrintTall03' });
  expect(reply.error).toBeUndefined();
  const facts = await pngFacts(gallery, reply.data!.printId);
  expect(facts.width).toBe(Math.round(size.width * size.dpr));
  expect(facts.height).toBe(Math.round(size.height * size.dpr));
  expect(facts.red).toBe(0);
  expect(facts.colours).toBeGreaterThan(20);
});

test('replies can be included, the author blurred with the original kept, and a second capture is a duplicate', async ({ context, openExtensionPage }) => {
  const gallery = await openExtensionPage('gallery.html');
  const page = await openWatchPage(context);
  const thread = await page.evaluate(() => {
    const topEl = document.querySelector('a[href$="lc=UgxPrintOther02"]')!.closest('ytd-comment-view-model')!;
    const top = topEl.getBoundingClientRect();
    const rep = document.querySelector('a[href*="lc=UgxPrintOther02.r1"]')!.closest('ytd-comment-view-model')!.getBoundingClientRect();
    const rel = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.left - top.left, y: r.top - top.top, width: r.width, height: r.height };
    };
    return {
      height: rep.bottom - top.top,
      width: Math.max(top.right, rep.right) - Math.min(top.left, rep.left),
      dpr: window.devicePixelRatio,
      avatar: rel(topEl.querySelector('#author-thumbnail img')!),
      name: rel(topEl.querySelector('#author-text span')!),
      text: rel(topEl.querySelector('#content-text')!),
    };
  });
  const first = await capture(gallery, page, { commentId: 'UgxPrintOther02', includeReplies: true, redact: true });
  expect(first.error).toBeUndefined();
  const shared = await pngFacts(gallery, first.data!.printId);
  const original = await pngFacts(gallery, first.data!.printId, 'originalPng');
  expect(shared.height).toBe(Math.round(thread.height * thread.dpr));
  expect(shared.width).toBe(Math.round(thread.width * thread.dpr));
  expect([original.width, original.height]).toEqual([shared.width, shared.height]);
  const diff = await changedShare(gallery, first.data!.printId, thread.dpr, { avatar: thread.avatar, name: thread.name, text: thread.text });
  // Name and avatar are blurred in the shared image; the comment's words are untouched.
  expect(diff.name).toBeGreaterThan(0.2);
  expect(diff.avatar).toBeGreaterThan(0.05);
  expect(diff.text).toBe(0);

  const second = await capture(gallery, page, { commentId: 'UgxPrintOther02' });
  expect(second.data?.duplicateOf).toBe(first.data!.printId);
});

type Box = { x: number; y: number; width: number; height: number };

/** Share of pixels that differ between the shared (blurred) PNG and the private original, per CSS box. */
async function changedShare(extPage: Page, printId: string, dpr: number, boxes: Record<string, Box>): Promise<Record<string, number>> {
  return extPage.evaluate(
    async ({ id, scale, areas }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('ronda');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const row = await new Promise<Record<string, Uint8Array>>((resolve, reject) => {
        const r = db.transaction('printImages').objectStore('printImages').get(id);
        r.onsuccess = () => resolve(r.result as Record<string, Uint8Array>);
        r.onerror = () => reject(r.error);
      });
      db.close();
      const pixels = async (bytes: Uint8Array) => {
        const bitmap = await createImageBitmap(new Blob([bytes as BlobPart], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return { data: ctx.getImageData(0, 0, bitmap.width, bitmap.height).data, width: bitmap.width };
      };
      const a = await pixels(row.png!);
      const b = await pixels(row.originalPng!);
      const out: Record<string, number> = {};
      for (const [name, box] of Object.entries(areas)) {
        let changed = 0;
        let total = 0;
        for (let y = Math.ceil(box.y * scale); y < Math.floor((box.y + box.height) * scale); y++) {
          for (let x = Math.ceil(box.x * scale); x < Math.floor((box.x + box.width) * scale); x++) {
            const i = (y * a.width + x) * 4;
            total++;
            if (Math.abs(a.data[i]! - b.data[i]!) + Math.abs(a.data[i + 1]! - b.data[i + 1]!) + Math.abs(a.data[i + 2]! - b.data[i + 2]!) > 0) changed++;
          }
        }
        out[name] = total ? changed / total : 0;
      }
      return out;
    },
    { id: printId, scale: dpr, areas: boxes },
  );
}

test('a free area drawn over the page becomes a print of exactly that rectangle', async ({ context, openExtensionPage, worker }) => {
  const gallery = await openExtensionPage('gallery.html');
  const page = await openWatchPage(context);
  await page.bringToFront();
  // What the context-menu entry does: ask the page's content script to open the selection overlay.
  await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://www.youtube.com/*' });
    await chrome.tabs.sendMessage(tab!.id!, { ronda: 1, type: 'cs.print.selectArea', payload: {} }, { frameId: 0 });
  });
  await expect(page.locator('ronda-print-ui[data-kind="area"]')).toBeAttached();
  // The page's own scripts reach the overlay's shadow root, but a drag they script chooses nothing.
  const scripted = await page.evaluate(() => {
    const layer = document.querySelector('ronda-print-ui[data-kind="area"]')?.shadowRoot?.querySelector('.layer');
    if (!layer) return 'no layer';
    for (const [type, x, y] of [['pointerdown', 600, 100], ['pointermove', 900, 500], ['pointerup', 900, 500]] as const) {
      layer.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, bubbles: true, composed: true, pointerId: 1 }));
    }
    return 'dispatched';
  });
  expect(scripted).toBe('dispatched');
  await page.waitForTimeout(300);
  await expect(page.locator('ronda-print-ui[data-kind="area"]')).toBeAttached();
  // Over the white margin left of the page column: any trace of the dimmed overlay would turn it grey.
  await page.mouse.move(200, 300);
  await page.mouse.down();
  await page.mouse.move(20, 150, { steps: 4 });
  await page.mouse.up();
  // The overlay is gone before the capture, and the page says the print was saved.
  await expect(page.locator('ronda-print-ui[data-kind="area"]')).toHaveCount(0);
  await expect(page.locator('ronda-print-ui[data-kind="notice"]')).toBeAttached();
  const prints = await gallery.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('ronda');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const rows = await new Promise<{ id: string; width: number; height: number; site: string; postUrl: string }[]>((resolve, reject) => {
      const r = db.transaction('prints').objectStore('prints').getAll();
      r.onsuccess = () => resolve(r.result as never);
      r.onerror = () => reject(r.error);
    });
    db.close();
    return rows;
  });
  expect(prints).toHaveLength(1);
  const dpr = await page.evaluate(() => window.devicePixelRatio);
  expect(prints[0]).toMatchObject({ site: 'youtube', postUrl: 'https://www.youtube.com/watch?v=Rnd4Print01', width: Math.round(180 * dpr), height: Math.round(150 * dpr) });
  const facts = await pngFacts(gallery, prints[0]!.id);
  expect([facts.width, facts.height]).toEqual([prints[0]!.width, prints[0]!.height]);
  // Nothing of the overlay (it dims the page by a quarter): the margin is captured pure white.
  expect(facts.mean).toBeGreaterThan(254);
});

test('with the browser zoomed to 125% the print is the box at the zoomed pixel ratio', async ({ context, openExtensionPage, worker }) => {
  const gallery = await openExtensionPage('gallery.html');
  const page = await openWatchPage(context);
  await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'https://www.youtube.com/*' });
    await chrome.tabs.setZoom(tab!.id!, 1.25);
  });
  await expect.poll(() => page.evaluate(() => window.devicePixelRatio)).toBe(1.25);
  const size = await box(page, 'UgxPrintLast04');
  const reply = await capture(gallery, page, { commentId: 'UgxPrintLast04' });
  expect(reply.error).toBeUndefined();
  const facts = await pngFacts(gallery, reply.data!.printId);
  // Zoomed CSS boxes have fractional device sizes: the print is within a pixel of box × 1.25.
  expect(Math.abs(facts.width - size.width * 1.25)).toBeLessThanOrEqual(1);
  expect(Math.abs(facts.height - size.height * 1.25)).toBeLessThanOrEqual(1);
  expect(facts.red).toBe(0);
  expect(facts.colours).toBeGreaterThan(20);
});

test('an Instagram comment scrolled out of sight inside the post dialog is scrolled into it and printed whole', async ({ context, openExtensionPage }) => {
  // The adapters' own post-modal fixture, laid out as Instagram does: a fixed dialog whose comment list scrolls.
  const html = readFileSync(path.join(FIXTURES_DIR, 'instagram/post-modal.html'), 'utf8').replace(
    '</head>',
    `<style>
      body { margin: 0; font: 14px/18px sans-serif; background: #fafafa; }
      div[role="dialog"] { position: fixed; inset: 40px 140px; background: #fff; border: 1px solid #dbdbdb; }
      div[role="dialog"] article > div { display: flex; height: 100%; }
      div[role="dialog"] ._aagv { width: 420px; height: 100%; background: #1c1c1c; }
      div[role="dialog"] hr + div { height: 300px; overflow-y: auto; border-top: 1px solid #dbdbdb; }
      div[role="dialog"] img { width: 32px; height: 32px; background: #c13584; border-radius: 50%; }
      div[role="dialog"] ._aagv img { width: 100%; height: 100%; border-radius: 0; }
    </style></head>`,
  );
  await context.route('https://www.instagram.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  const gallery = await openExtensionPage('gallery.html');
  const page = await context.newPage();
  await page.goto('https://www.instagram.com/p/DRondaFx26a/');
  const badges = page.locator('ronda-badge');
  await expect(badges.first()).toBeAttached();
  await page.waitForTimeout(500); // the fixture adds a late batch of comments; take the list as it settles
  const target = await page.evaluate(() => {
    const marked = [...document.querySelectorAll('[data-ronda-id]')];
    const last = marked[marked.length - 1]!;
    const scroller = document.querySelector('div[role="dialog"] hr + div')!;
    return { commentId: last.getAttribute('data-ronda-id')!, scrollTop: scroller.scrollTop, scrollHeight: scroller.scrollHeight, clientHeight: scroller.clientHeight, clientWidth: scroller.clientWidth };
  });
  // The last comment is below the visible part of the list.
  expect(target.scrollHeight).toBeGreaterThan(target.clientHeight + 100);
  await page.bringToFront();
  const reply = (await gallery.evaluate(async (commentId) => {
    const [tab] = await chrome.tabs.query({ url: 'https://www.instagram.com/*' });
    return chrome.runtime.sendMessage({ ronda: 1, type: 'bg.print.capture', payload: { tabId: tab!.id, commentId } });
  }, target.commentId)) as { ok: boolean; data?: { printId: string }; error?: string };
  expect(reply.error).toBeUndefined();
  const facts = await pngFacts(gallery, reply.data!.printId);
  const dpr = await page.evaluate(() => window.devicePixelRatio);
  // Printed whole and only from inside the list: at most as wide as the list, taller than one line, not blank.
  expect(facts.width).toBeLessThanOrEqual(Math.round(target.clientWidth * dpr));
  expect(facts.height).toBeGreaterThan(20 * dpr);
  expect(facts.height).toBeLessThan(300 * dpr);
  expect(facts.colours).toBeGreaterThan(10);
  // The list is scrolled back to where the user left it.
  expect(await page.evaluate(() => document.querySelector('div[role="dialog"] hr + div')!.scrollTop)).toBe(target.scrollTop);
});

test('the side panel marks the comments already in the acervo, leaves the praise still to print, and follows a delete in the gallery', async ({
  context,
  openExtensionPage,
  worker,
}) => {
  const gallery = await openExtensionPage('gallery.html');
  const page = await openWatchPage(context);
  const reply = await capture(gallery, page, { commentId: 'UgxPrintShort01' });
  expect(reply.error).toBeUndefined();

  const panel = await openExtensionPage(`sidepanel.html?tab=${await tabIdOf(worker, 'https://www.youtube.com/*')}`);
  const printedRow = panel.getByRole('option').filter({ hasText: 'Finalmente entendi' });
  const otherPraise = panel.getByRole('option').filter({ hasText: 'Conteúdo excelente' });
  await expect(printedRow.locator('.pill.printed')).toHaveText('📷 no acervo');
  await expect(otherPraise.locator('.pill.printed')).toHaveCount(0);

  const praiseChip = panel.getByRole('button', { name: /^Elogios/ });
  await praiseChip.click();
  const praise = Number((await praiseChip.locator('.n').textContent()) ?? NaN);
  expect(praise).toBeGreaterThanOrEqual(2);
  const onlyUnprinted = panel.getByLabel(/Só sem print/);
  await expect(panel.getByText(/Só sem print \(\d+\)/)).toHaveText(`Só sem print (${praise - 1})`);
  await onlyUnprinted.check();
  await expect(panel.locator('.queue [role="option"]')).toHaveCount(praise - 1);
  await expect(printedRow).toHaveCount(0);
  await expect(otherPraise).toBeVisible();
  // The praise still to print has no print yet: its button is the plain Print, not "Print de novo".
  await otherPraise.click();
  await expect(panel.getByRole('button', { name: /^Print/ })).toHaveText(/^Printp$/);

  // Deleted in the gallery: back among the praise to print in the open panel, without a reload.
  await gallery.goto(gallery.url().replace(/#.*$/, '') + `#print=${reply.data!.printId}`);
  await gallery.getByTestId('print-detail').getByRole('button', { name: 'Apagar' }).click();
  await expect(panel.getByText(/Só sem print \(\d+\)/)).toHaveText(`Só sem print (${praise})`);
  await expect(printedRow).toBeVisible();
  await expect(printedRow.locator('.pill.printed')).toHaveCount(0);
});
