/**
 * The running server's database: opened lazily from the config, migrated, and seeded when empty.
 * Tests and scripts use openDatabase() on their own files instead.
 */
import { config } from './config.js';
import { migrateDatabase, openDatabase, type TrackerDb } from './db';
import { isEmpty, loadSeeds } from './seed/load-seeds';

let db: TrackerDb | null = null;

export function appDatabase(): TrackerDb {
	if (db) return db;
	const settings = config();
	const opened = openDatabase(settings.databaseFile);
	migrateDatabase(opened, settings.migrationsDir);
	if (settings.seedOnStart && isEmpty(opened)) loadSeeds(opened, settings.seedsDir);
	db = opened;
	return db;
}
