/**
 * The one place that opens the SQLite database. The app keeps a lazy singleton (see app-database.ts);
 * tests and scripts call `openDatabase` on their own file.
 */
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import fs from 'node:fs';
import path from 'node:path';
import * as schema from './schema';

export type TrackerDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export function openDatabase(file: string): TrackerDb {
	if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
	const sqlite = new Database(file);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma('synchronous = NORMAL');
	return drizzle(sqlite, { schema }) as TrackerDb;
}

/** Apply the committed drizzle-kit migrations (idempotent). */
export function migrateDatabase(db: TrackerDb, migrationsFolder: string): void {
	migrate(db, { migrationsFolder });
}
