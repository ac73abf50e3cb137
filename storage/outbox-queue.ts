import type { Table } from 'dexie';
import type { OutboxEntry } from './schema';

/**
 * Queues a sync entry in the given outbox table, replacing a pending one for the same entity and kind. Apart from
 * ./outbox.ts so that a migration (which has its own transaction's tables and must not import the database) can use it.
 */
export async function queueSync(outbox: Table<OutboxEntry, number>, kind: OutboxEntry['kind'], entityId: string, now: number): Promise<void> {
  const pending = await outbox.where('entityId').equals(entityId).filter((e) => e.kind === kind).primaryKeys();
  if (pending.length) await outbox.bulkDelete(pending);
  await outbox.add({ kind, entityId, enqueuedAt: now, attempts: 0, nextAttemptAt: now });
}
