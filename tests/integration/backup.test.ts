import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupError, backupDatabase } from '../../src/lib/server/backup/online-backup';
import { RestoreError, restoreDatabase } from '../../src/lib/server/backup/restore-file';
import { openDatabase, type TrackerDb } from '../../src/lib/server/db';
import { loadSeeds } from '../../src/lib/server/seed/load-seeds';
import { SEEDS_DIR } from '../support/seed-rows';
import { tempDatabase } from '../support/temp-database';

const MIGRATIONS = path.resolve('db/migrations');
const TSX = path.resolve('node_modules/tsx/dist/cli.mjs');

/** Every table's row count and a SHA-256 of its rows (sorted, so row order does not matter). */
function fingerprint(db: TrackerDb): Record<string, { rows: number; sha256: string }> {
	const tables = db.$client
		.prepare(
			"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
		)
		.pluck()
		.all() as string[];
	return Object.fromEntries(
		tables.map((t) => {
			const rows = (db.$client.prepare(`SELECT * FROM "${t}"`).all() as unknown[])
				.map((r) => JSON.stringify(r))
				.sort();
			return [
				t,
				{ rows: rows.length, sha256: createHash('sha256').update(rows.join('\n')).digest('hex') }
			];
		})
	);
}

describe('backing up the live database and restoring it', () => {
	const live = tempDatabase();
	const dir = live.dir;
	let writer: TrackerDb;
	let writes = 0;
	beforeAll(() => {
		loadSeeds(live.db, SEEDS_DIR);
		// The site's own connection, writing while the backup runs.
		writer = openDatabase(live.file);
	});
	afterAll(() => {
		writer.$client.close();
		live.close();
	});

	function writeAuditRow() {
		writer.$client
			.prepare(
				"INSERT INTO audit_log (at, action, entity, summary, public) VALUES (?, 'test.write', 'test', ?, 0)"
			)
			.run(new Date().toISOString(), `write ${++writes} during the backup`);
	}

	it('copies a consistent database while a second connection writes, and restores it row for row', async () => {
		const backupFile = path.join(dir, 'backup.db');
		const report = await backupDatabase(live.db, backupFile, {
			pagesPerStep: 50,
			// Write during the first few steps: SQLite restarts the copy after each, so the copy ends
			// as one consistent moment that includes them.
			onStep: (remaining) => {
				if (writes < 5 && remaining > 0) writeAuditRow();
			}
		});
		expect(writes).toBe(5);
		expect(report.pages).toBeGreaterThan(50);
		expect(report.bytes).toBe(fs.statSync(backupFile).size);

		const restoredFile = path.join(dir, 'restored', 'tracker.db');
		const restored = restoreDatabase(backupFile, restoredFile, MIGRATIONS);
		expect(restored.previous).toBeNull();
		expect(restored.pendingMigrations).toBe(0);

		const copy = openDatabase(restoredFile);
		try {
			const original = fingerprint(live.db);
			expect(fingerprint(copy)).toEqual(original);
			expect(original.audit_log.rows).toBe(5);
			expect(original.ratification_events.rows).toBeGreaterThan(0);
		} finally {
			copy.$client.close();
		}
	});

	it('refuses to overwrite an existing backup unless forced', async () => {
		const file = path.join(dir, 'existing.db');
		fs.writeFileSync(file, 'keep me');
		await expect(backupDatabase(live.db, file)).rejects.toThrow(BackupError);
		expect(fs.readFileSync(file, 'utf8')).toBe('keep me');
		const forced = await backupDatabase(live.db, file, { force: true });
		expect(forced.bytes).toBeGreaterThan(7);
	});

	it('refuses to restore a file that is not a database of this application, leaving the target as it was', () => {
		const target = path.join(dir, 'target.db');
		fs.copyFileSync(path.join(dir, 'existing.db'), target);
		const before = fs.readFileSync(target);

		const text = path.join(dir, 'notes.txt');
		fs.writeFileSync(text, 'not a database');
		expect(() => restoreDatabase(text, target, MIGRATIONS)).toThrow(/not a SQLite database/);

		const other = path.join(dir, 'other.db');
		const db = openDatabase(other);
		db.$client.exec('CREATE TABLE things (x)');
		db.$client.close();
		expect(() => restoreDatabase(other, target, MIGRATIONS)).toThrow(
			/no __drizzle_migrations table/
		);

		expect(fs.readFileSync(target).equals(before)).toBe(true);
	});

	it('refuses to restore over a database that is open, and keeps the old one when it restores', () => {
		const target = path.join(dir, 'in-use.db');
		fs.copyFileSync(path.join(dir, 'backup.db'), target);
		const server = openDatabase(target);
		server.$client.prepare('SELECT count(*) FROM countries').get();
		expect(() => restoreDatabase(path.join(dir, 'backup.db'), target, MIGRATIONS)).toThrow(
			RestoreError
		);
		expect(() => restoreDatabase(path.join(dir, 'backup.db'), target, MIGRATIONS)).toThrow(
			/in use/
		);
		server.$client.close();
		const report = restoreDatabase(path.join(dir, 'backup.db'), target, MIGRATIONS);
		expect(report.previous && fs.existsSync(report.previous)).toBe(true);
		expect(fs.existsSync(`${target}-wal`)).toBe(false);
	});

	it('runs as npm run backup and npm run restore against DATABASE_FILE', () => {
		const env = { ...process.env, DATABASE_FILE: live.file, MIGRATIONS_DIR: MIGRATIONS };
		const file = path.join(dir, 'cli-backup.db');
		const out = execFileSync(process.execPath, [TSX, 'scripts/backup.ts', file], {
			env,
			encoding: 'utf8'
		});
		expect(out).toMatch(/\d+ pages, \d+ bytes/);
		expect(() =>
			execFileSync(process.execPath, [TSX, 'scripts/backup.ts', file], {
				env,
				encoding: 'utf8',
				stdio: 'pipe'
			})
		).toThrow(/already exists/);

		const restoreEnv = { ...env, DATABASE_FILE: path.join(dir, 'cli-restored.db') };
		const restored = execFileSync(process.execPath, [TSX, 'scripts/restore.ts', file], {
			env: restoreEnv,
			encoding: 'utf8'
		});
		expect(restored).toMatch(/Restored/);
		const copy = openDatabase(restoreEnv.DATABASE_FILE);
		try {
			expect(fingerprint(copy)).toEqual(fingerprint(live.db));
		} finally {
			copy.$client.close();
		}
	});
});
