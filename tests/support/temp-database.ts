/** A fresh SQLite file opened by the app's own factory and migrated by the real migrations. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrateDatabase, openDatabase, type TrackerDb } from '../../src/lib/server/db';

export function tempDatabase(): { db: TrackerDb; file: string; dir: string; close: () => void } {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-test-'));
	const file = path.join(dir, 'tracker.db');
	const db = openDatabase(file);
	migrateDatabase(db, path.resolve('db/migrations'));
	return {
		db,
		file,
		dir,
		close: () => {
			db.$client.close();
			fs.rmSync(dir, { recursive: true, force: true });
		}
	};
}

export function countRows(db: TrackerDb, table: string): number {
	return (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
