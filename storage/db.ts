import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  ActionRecord,
  CommentRecord,
  CorrectionRecord,
  OutboxEntry,
  PrintImageRecord,
  PrintRecord,
  ProjectRecord,
  SettingRecord,
  SweepItem,
  TeamRuleRecord,
  TemplateRecord,
} from './schema';
import { migrateV1ToV2 } from './migrations/v2-projects';
import { migrateV2ToV3 } from './migrations/v3-blog-ids';
import { migrateV3ToV4 } from './migrations/v4-blurred-prints';

export const DB_NAME = 'ronda';

/**
 * Every schema version stays declared, oldest first (Dexie needs the chain to upgrade an old profile).
 * A new version adds a `this.version(n)` block and, when rows must change, a migration in ./migrations with
 * a test that opens a database written by the previous version.
 */
export const SCHEMA_V1 = {
  comments: 'key, site, postUrl, label, status, firstSeenAt, lastSeenAt, [postUrl+status]',
  templates: 'id, status, updatedAt, *labels',
  prints: 'id, capturedAt, site, label, starred, textHash, imageHash, updatedAt, *tags',
  printImages: 'id',
  outbox: '++seq, entityId, kind, nextAttemptAt',
  actions: '++id, commentKey, kind, at',
  corrections: 'key, label, at',
  settings: 'key',
} as const;

export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  comments: 'key, site, postUrl, label, status, firstSeenAt, lastSeenAt, projectId, [postUrl+status]',
  prints: 'id, capturedAt, site, label, starred, textHash, imageHash, updatedAt, projectId, *tags',
  actions: '++id, commentKey, kind, at, projectId',
  projects: 'id, expertName',
  sweepItems: 'id, projectId, url, lastSweptAt',
} as const;

export const SCHEMA_V4 = {
  ...SCHEMA_V2,
  prints: 'id, capturedAt, site, label, starred, textHash, imageHash, updatedAt, projectId, commentKey, *tags',
} as const;

/** The team's rules (words, authors that always get a label): a table of their own, found by profile. */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  teamRules: 'id, kind, projectId, updatedAt',
} as const;

export class RondaDB extends Dexie {
  comments!: EntityTable<CommentRecord, 'key'>;
  templates!: EntityTable<TemplateRecord, 'id'>;
  prints!: EntityTable<PrintRecord, 'id'>;
  printImages!: EntityTable<PrintImageRecord, 'id'>;
  outbox!: Table<OutboxEntry, number>;
  actions!: Table<ActionRecord, number>;
  corrections!: EntityTable<CorrectionRecord, 'key'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  projects!: EntityTable<ProjectRecord, 'id'>;
  sweepItems!: EntityTable<SweepItem, 'id'>;
  teamRules!: EntityTable<TeamRuleRecord, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(migrateV1ToV2);
    // Same indexes; blog comment keys gain their host.
    this.version(3).stores(SCHEMA_V2).upgrade(migrateV2ToV3);
    // Prints are found by the comment they show; a blurred print's textHash leaves its author out.
    this.version(4).stores(SCHEMA_V4).upgrade(migrateV3ToV4);
    // A new table only: nothing stored changes.
    this.version(5).stores(SCHEMA_V5);
  }
}

let shared: RondaDB | undefined;

/** The one database of this extension origin (service worker and extension pages; never content scripts). */
export function getDb(): RondaDB {
  shared ??= new RondaDB();
  return shared;
}
