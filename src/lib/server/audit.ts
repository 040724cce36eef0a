/**
 * The audit log: every write (campaign steps, contacts, proposals, reviews, imports, user changes)
 * adds one row saying who, when, what, before and after, and the source. Call `recordAudit` inside
 * the same transaction as the write it records, so a write never lands without its row.
 */
import type { TrackerDb } from './db';
import { auditLog } from './db/schema';

export interface AuditEntry {
	actorId: number | null;
	/** `<entity>.<verb>`, e.g. `campaign_step.create`, `proposal.approve`, `import.apply`, `user.disable`, `revert`. */
	action: string;
	entity: string;
	entityId?: string | number | null;
	iso3?: string | null;
	instrument?: string | null;
	/** One line a campaigner can read in the history and the feeds. */
	summary: string;
	before?: unknown;
	after?: unknown;
	source?: string | null;
	/** Shown on /countries/[iso3]/history and in the feeds (user changes are not). */
	public: boolean;
	revertOf?: number | null;
}

/** Anything a drizzle transaction or the database itself: both can insert. */
type Writer = Pick<TrackerDb, 'insert'>;

export function recordAudit(db: Writer, entry: AuditEntry, at: Date = new Date()): number {
	const row = db
		.insert(auditLog)
		.values({
			at: at.toISOString(),
			actorId: entry.actorId,
			action: entry.action,
			entity: entry.entity,
			entityId:
				entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
			iso3: entry.iso3 ?? null,
			instrument: entry.instrument ?? null,
			summary: entry.summary,
			before: entry.before === undefined ? null : JSON.stringify(entry.before),
			after: entry.after === undefined ? null : JSON.stringify(entry.after),
			source: entry.source ?? null,
			public: entry.public,
			revertOf: entry.revertOf ?? null
		})
		.returning({ id: auditLog.id })
		.get();
	return row.id;
}

/** Bump the data version so caches keyed on it (matrix snapshot, rendered maps) drop their entries. */
export function bumpDataVersion(db: TrackerDb): void {
	db.$client
		.prepare(
			`INSERT INTO data_version (id, version, changed_at) VALUES (1, 1, strftime('%Y-%m-%dT%H:%M:%SZ','now'))
			 ON CONFLICT(id) DO UPDATE SET version = version + 1, changed_at = excluded.changed_at`
		)
		.run();
}
