/**
 * `npm run restore -- FILE`: put a backup made by `npm run backup` back as the configured database
 * (DATABASE_FILE). Stop the server first: restore refuses while the database is open. The file is
 * checked (SQLite integrity, this application's migrations) before anything is replaced; the
 * database it replaces is kept beside it as `<database>.before-restore-<time>`.
 */
import { ConfigError, readConfig } from '../src/lib/server/config.js';
import { RestoreError, restoreDatabase } from '../src/lib/server/backup/restore-file';

const USAGE = 'Usage: npm run restore -- FILE   (stop the server first)';

function fail(message: string): never {
	process.stderr.write(`${message}\n`);
	process.exit(1);
}

const args = process.argv.slice(2);
if (args.length !== 1 || args[0].startsWith('--')) fail(`Give exactly one backup file. ${USAGE}`);

try {
	const config = readConfig();
	const report = restoreDatabase(args[0], config.databaseFile, config.migrationsDir);
	process.stdout.write(
		[
			`Restored ${args[0]} as ${report.target} (${report.tables} tables, ${report.migrations} migrations).`,
			report.previous ? `The database it replaced is kept as ${report.previous}.` : '',
			report.pendingMigrations
				? `The backup is ${report.pendingMigrations} migration(s) behind this code: the server applies them when it starts.`
				: '',
			'Start the server again (npm start).'
		]
			.filter(Boolean)
			.join('\n') + '\n'
	);
} catch (e) {
	if (e instanceof RestoreError || e instanceof ConfigError) fail(e.message);
	throw e;
}
