import { getDb, type RondaDB } from './db';
import type { OutboxEntry } from './schema';

/**
 * Queues a local change for Drive sync. Call it inside the same transaction that writes the change (include
 * db.outbox in the transaction's tables), so a change and its sync entry are stored together or not at all.
 * A newer entry for the same entity and kind replaces a pending one: only the latest state needs uploading.
 */
export async function enqueueSync(
  kind: OutboxEntry['kind'],
  entityId: string,
  options: { now?: number; db?: RondaDB } = {},
): Promise<void> {
  const db = options.db ?? getDb();
  const now = options.now ?? Date.now();
  const pending = await db.outbox.where('entityId').equals(entityId).filter((e) => e.kind === kind).primaryKeys();
  if (pending.length) await db.outbox.bulkDelete(pending);
  await db.outbox.add({ kind, entityId, enqueuedAt: now, attempts: 0, nextAttemptAt: now });
}
