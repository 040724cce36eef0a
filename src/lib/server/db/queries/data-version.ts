import type Database from 'better-sqlite3';
import type { TrackerDb } from '../index';

/** Prepared once per connection: every cached view asks for the version on every request. */
const statements = new WeakMap<Database.Database, Database.Statement>();

/** The current data version (0 before anything was loaded) and when it last changed. */
export function current(db: TrackerDb): { version: number; changedAt: string | null } {
	let statement = statements.get(db.$client);
	if (!statement) {
		statement = db.$client.prepare(
			'SELECT version, changed_at AS changedAt FROM data_version WHERE id = 1'
		);
		statements.set(db.$client, statement);
	}
	const row = statement.get() as { version: number; changedAt: string } | undefined;
	return { version: row?.version ?? 0, changedAt: row?.changedAt ?? null };
}
