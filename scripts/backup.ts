/**
 * `npm run backup -- FILE [--force]`: copy the configured database (DATABASE_FILE) to FILE with
 * SQLite's online backup, safely while the site runs. Refuses to replace an existing FILE unless
 * --force is given. Restore with `npm run restore -- FILE` (scripts/restore.ts).
 */
import fs from 'node:fs';
import { BackupError, backupDatabase } from '../src/lib/server/backup/online-backup';
import { ConfigError, readConfig } from '../src/lib/server/config.js';
import { openDatabase } from '../src/lib/server/db';

const USAGE = 'Usage: npm run backup -- FILE [--force]';

function fail(message: string): never {
	process.stderr.write(`${message}\n`);
	process.exit(1);
}

const args = process.argv.slice(2);
const force = args.includes('--force');
const files = args.filter((a) => a !== '--force');
const unknown = files.filter((a) => a.startsWith('--'));
if (unknown.length) fail(`Unknown option ${unknown.join(', ')}. ${USAGE}`);
if (files.length !== 1) fail(`Give exactly one file to write the backup to. ${USAGE}`);

try {
	const config = readConfig();
	if (!fs.existsSync(config.databaseFile))
		fail(`There is no database at ${config.databaseFile} to back up (set DATABASE_FILE?).`);
	const db = openDatabase(config.databaseFile);
	const report = await backupDatabase(db, files[0], { force });
	db.$client.close();
	process.stdout.write(
		`Backed up ${config.databaseFile} to ${report.file}: ${report.pages} pages, ${report.bytes} bytes.\n`
	);
} catch (e) {
	if (e instanceof BackupError || e instanceof ConfigError) fail(e.message);
	throw e;
}
