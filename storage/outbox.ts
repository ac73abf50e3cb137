import { getDb, type RondaDB } from './db';
import { queueSync } from './outbox-queue';
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
  await queueSync((options.db ?? getDb()).outbox, kind, entityId, options.now ?? Date.now());
}
