/**
 * `npm run users -- <command>`: manage accounts on the configured database (DATABASE_FILE), migrated
 * first and seeded when empty, as the server does on start. See src/lib/server/auth/users-cli.ts.
 * Exit codes: 0 done, 1 refused (e.g. the e-mail is taken), 2 bad arguments.
 */
import { config, ConfigError } from '../src/lib/server/config.js';
import { migrateDatabase, openDatabase } from '../src/lib/server/db';
import { UserChangeError } from '../src/lib/server/db/queries/users';
import { isEmpty, loadSeeds } from '../src/lib/server/seed/load-seeds';
import { runUsersCommand, UsageError, USAGE } from '../src/lib/server/auth/users-cli';

async function readStdin(): Promise<string> {
	if (process.stdin.isTTY)
		process.stderr.write(
			'Type the password, then Enter and Ctrl-D (it will be visible; prefer a pipe).\n'
		);
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
	return Buffer.concat(chunks).toString('utf8');
}

const argv = process.argv.slice(2);
if (argv.length === 0 || argv[0] === '--help' || argv[0] === 'help') {
	process.stdout.write(`${USAGE}\n`);
	process.exit(argv.length === 0 ? 2 : 0);
}

let code = 0;
try {
	const settings = config();
	const db = openDatabase(settings.databaseFile);
	try {
		migrateDatabase(db, settings.migrationsDir);
		if (settings.seedOnStart && isEmpty(db)) loadSeeds(db, settings.seedsDir);
		await runUsersCommand(
			argv,
			{ db, origin: settings.origin },
			{ out: (line) => process.stdout.write(`${line}\n`), readStdin }
		);
	} finally {
		db.$client.close();
	}
} catch (e) {
	if (e instanceof UsageError) {
		process.stderr.write(`${e.message}\n`);
		code = 2;
	} else if (e instanceof UserChangeError || e instanceof ConfigError) {
		process.stderr.write(`${e.message}\n`);
		code = 1;
	} else throw e;
}
process.exit(code);
