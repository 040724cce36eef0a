/**
 * Puts a backup back as the database. Checks first that the file is a sound SQLite database of this
 * application (PRAGMA integrity_check, and drizzle's migrations table holding only migrations this
 * code knows), refuses while anything (the server) has the database open, keeps the current database
 * beside it as `<file>.before-restore-<time>`, then moves the checked copy in with one rename and
 * removes any -wal/-shm left from the old file. Stop the server before restoring.
 */
import { readMigrationFiles } from 'drizzle-orm/migrator';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../db';

export class RestoreError extends Error {}

export interface RestoreReport {
	target: string;
	/** Where the database that was replaced now is; null when there was none. */
	previous: string | null;
	migrations: number;
	/** Migrations this code has that the backup lacks: the server applies them on its next start. */
	pendingMigrations: number;
	tables: number;
}

const SQLITE_MAGIC = 'SQLite format 3\0';
/** Tables without which this is not the tracker's database. */
const REQUIRED_TABLES = ['countries', 'instruments', 'ratification_events', 'data_version'];

function removeSidecars(file: string) {
	for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}

/** Check a copy of the backup (never the backup itself: opening a database can write to it). */
function verify(copy: string, source: string, migrationsDir: string) {
	const db = openDatabase(copy);
	const sqlite = db.$client;
	try {
		const integrity = sqlite.pragma('integrity_check') as { integrity_check: string }[];
		if (integrity.length !== 1 || integrity[0].integrity_check !== 'ok')
			throw new RestoreError(
				`${source} fails SQLite's integrity check: ${integrity
					.slice(0, 5)
					.map((r) => r.integrity_check)
					.join('; ')}`
			);
		const tables = new Set(
			sqlite
				.prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
				.pluck()
				.all() as string[]
		);
		if (!tables.has('__drizzle_migrations'))
			throw new RestoreError(
				`${source} is a SQLite database but not one of this application: it has no __drizzle_migrations table.`
			);
		const missing = REQUIRED_TABLES.filter((t) => !tables.has(t));
		if (missing.length)
			throw new RestoreError(
				`${source} is not a database of this application: it lacks the table(s) ${missing.join(', ')}.`
			);
		const known = new Set(
			readMigrationFiles({ migrationsFolder: migrationsDir }).map((m) => m.hash)
		);
		const applied = sqlite
			.prepare('SELECT hash FROM __drizzle_migrations')
			.pluck()
			.all() as string[];
		const unknown = applied.filter((h) => !known.has(h));
		if (unknown.length)
			throw new RestoreError(
				`${source} has ${unknown.length} migration(s) this code does not know (a newer version made it, or another application): update the code before restoring it.`
			);
		// Fold any WAL back into the file so the copy stands alone.
		sqlite.pragma('journal_mode = DELETE');
		return {
			migrations: applied.length,
			pending: known.size - applied.length,
			tables: tables.size
		};
	} finally {
		sqlite.close();
	}
}

/** Fail when anything holds the database open: leaving WAL mode needs every other connection gone. */
function ensureNotInUse(target: string) {
	if (!fs.existsSync(target)) return;
	const db = openDatabase(target);
	try {
		db.$client.pragma('busy_timeout = 0');
		db.$client.pragma('journal_mode = DELETE');
	} catch (e) {
		if ((e as { code?: string }).code === 'SQLITE_BUSY')
			throw new RestoreError(
				`${target} is in use (is the server running?): stop the server, then restore.`
			);
		throw e;
	} finally {
		db.$client.close();
	}
}

export function restoreDatabase(
	backup: string,
	target: string,
	migrationsDir: string,
	now: Date = new Date()
): RestoreReport {
	const source = path.resolve(backup);
	const dest = path.resolve(target);
	if (!fs.existsSync(source) || !fs.statSync(source).isFile())
		throw new RestoreError(
			`${source} does not exist or is not a file: give the backup file to restore.`
		);
	if (source === dest)
		throw new RestoreError(`${source} is the database itself: give a backup file.`);
	const head = Buffer.alloc(16);
	const fd = fs.openSync(source, 'r');
	try {
		fs.readSync(fd, head, 0, 16, 0);
	} finally {
		fs.closeSync(fd);
	}
	if (head.toString('latin1') !== SQLITE_MAGIC)
		throw new RestoreError(
			`${source} is not a SQLite database (it does not start with "SQLite format 3").`
		);

	fs.mkdirSync(path.dirname(dest), { recursive: true });
	const temp = path.join(path.dirname(dest), `.${path.basename(dest)}.${process.pid}.restoring`);
	removeSidecars(temp);
	fs.copyFileSync(source, temp);
	for (const suffix of ['-wal', '-shm'])
		if (fs.existsSync(source + suffix)) fs.copyFileSync(source + suffix, temp + suffix);
	try {
		const checked = verify(temp, source, migrationsDir);
		ensureNotInUse(dest);
		let previous: string | null = null;
		if (fs.existsSync(dest)) {
			previous = `${dest}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
			fs.copyFileSync(dest, previous);
		}
		removeSidecars(dest);
		fs.renameSync(temp, dest);
		removeSidecars(temp);
		return {
			target: dest,
			previous,
			migrations: checked.migrations,
			pendingMigrations: checked.pending,
			tables: checked.tables
		};
	} catch (e) {
		fs.rmSync(temp, { force: true });
		removeSidecars(temp);
		if (e instanceof RestoreError) throw e;
		throw new RestoreError(`${source} cannot be restored: ${(e as Error).message}`);
	}
}
