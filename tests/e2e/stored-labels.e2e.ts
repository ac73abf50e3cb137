import type { Page } from '@playwright/test';
import { contentScriptSender, expect, extensionWorker, storedComments, storedSetting, test } from './fixtures';

/** Comments as an older release stored them from a post nobody has open, with its verdicts. */
async function seedOlderRelease(page: Page, now: number): Promise<void> {
  await page.evaluate(async (at) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('ronda');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const tx = db.transaction(['comments', 'settings'], 'readwrite');
    const comment = (id: string, text: string, label: string) => ({
      key: `instagram:${id}`, site: 'instagram', postUrl: 'https://www.instagram.com/p/OLD0/', commentId: id, isReply: false,
      authorName: `Autor ${id}`, text, projectId: 'default', label, labelSource: 'classifier', confidence: 0.6, evidence: [],
      status: 'new', firstSeenAt: at - 600_000, lastSeenAt: at - 600_000,
    });
    tx.objectStore('comments').put(comment('o1', 'Esse cara é monstro no que faz', 'hater'));
    tx.objectStore('comments').put(comment('o2', 'aula chata demais', 'praise'));
    tx.objectStore('comments').put(comment('o3', 'Isso é pirâmide, seu golpista', 'hater'));
    tx.objectStore('settings').put({ key: 'labelsRevision', value: '2026.11.30' });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, now);
}

test('a release that classifies better reaches the comments stored from posts nobody reopens: the expert sees the praise an older one hid', async ({
  context,
  worker,
  openExtensionPage,
}) => {
  // The worker judged what it had at its first start (nothing yet) and wrote its revision down.
  await expect.poll(() => storedSetting(worker, 'labelsRevision')).toMatch(/^\d{4}\./);
  const peek = await openExtensionPage('peek.html');
  await seedOlderRelease(peek, Date.now());
  await peek.reload();
  // As the older release left it: the praise hidden among the haters, the complaint shown as praise.
  await expect(peek.locator('tr[data-label="hater"] td').first()).toHaveText('2');
  await expect(peek.getByTestId('peek-praise')).toContainText('aula chata demais');
  await expect(peek.getByText('Esse cara é monstro no que faz')).toHaveCount(0);

  // Chrome stops an idle worker; the next start (any message: here a post opened on Instagram) is a release's first.
  const cdp = await context.newCDPSession(peek);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await contentScriptSender(context);
  const restarted = await extensionWorker(context);
  await expect.poll(async () => (await storedComments(restarted)).find((c) => c.key === 'instagram:o1')?.label, { timeout: 15_000 }).toBe('praise');
  expect(await storedComments(restarted)).toEqual(
    expect.arrayContaining([
      { key: 'instagram:o2', label: 'complaint', labelSource: 'classifier' },
      { key: 'instagram:o3', label: 'hater', labelSource: 'classifier' },
    ]),
  );
  await expect.poll(() => storedSetting(restarted, 'labelsRevision')).not.toBe('2026.11.30');

  await peek.reload();
  await expect(peek.getByTestId('peek-praise')).toContainText('Esse cara é monstro no que faz');
  await expect(peek.getByTestId('peek-praise')).not.toContainText('aula chata demais');
  await expect(peek.locator('tr[data-label="hater"] td').first()).toHaveText('1');

  // Staff can see why labels changed: the options page says what the update's classifier did.
  const options = await openExtensionPage('options.html');
  await expect(options.getByTestId('classifier-revision')).toContainText('leu de novo 3 comentários guardados; 2 mudaram de rótulo.');
  await expect(options.getByTestId('classifier-revision')).toContainText('Os rótulos dados pela equipe ficaram como estavam.');
});
