import Dexie, { type Table, type Transaction } from 'dexie';
import { printTextHash } from '../../lib/capture/hash';
import { queueSync } from '../outbox-queue';
import type { OutboxEntry } from '../schema';

/**
 * Up to v3 a blurred print's textHash was made of its author's name with its words, and it travels to Drive with
 * the print: anyone browsing the acervo could check a guessed name against it, undoing the blur. v4 hashes every
 * blurred print without the author (as new prints are, see printTextHash) and queues it for upload, so its Drive
 * file gets the anonymous hash, name and description at the next sync and not at its next edit. A blurred free-area
 * print's old hash also held its rectangle, which is not stored: it is matched by its page and words from now on.
 */
export async function migrateV3ToV4(tx: Transaction): Promise<void> {
  const prints = tx.table('prints');
  const blurred = (await prints.filter((p: { redacted?: unknown }) => p.redacted === true).toArray()) as Array<{
    id: string;
    site: string;
    postUrl: string;
    authorName: string;
    text: string;
    deletedAt?: number;
  }>;
  if (!blurred.length) return;
  // SHA-256 is not IndexedDB work: waitFor keeps the upgrade's transaction open while it runs (a few ms).
  // The same rule as a new blurred comment print's (the rectangle of an old free-area one is not stored).
  const hashes = await Dexie.waitFor(
    Promise.all(blurred.map((p) => printTextHash({ site: p.site, postUrl: p.postUrl, authorName: p.authorName, text: String(p.text ?? ''), redacted: true }))),
  );
  const outbox = tx.table('outbox') as Table<OutboxEntry, number>;
  const now = Date.now();
  for (const [i, print] of blurred.entries()) {
    await prints.update(print.id, { textHash: hashes[i] });
    if (print.deletedAt === undefined) await queueSync(outbox, 'print.upsert', print.id, now);
  }
}
