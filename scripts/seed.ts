/** `npm run db:seed`: migrate the configured database and load seeds/ into it (idempotent). */
import { readConfig, ConfigError } from '../src/lib/server/config.js';
import { migrateDatabase, openDatabase } from '../src/lib/server/db';
import { loadSeeds, SeedError } from '../src/lib/server/seed/load-seeds';

try {
	const config = readConfig();
	const db = openDatabase(config.databaseFile);
	migrateDatabase(db, config.migrationsDir);
	const report = loadSeeds(db, config.seedsDir);
	for (const [table, c] of Object.entries(report))
		process.stdout.write(
			`${table.padEnd(24)} inserted ${c.inserted}, updated ${c.updated}, deleted ${c.deleted}, unchanged ${c.unchanged}\n`
		);
	process.stdout.write(`Seeded ${config.databaseFile} from ${config.seedsDir}\n`);
	db.$client.close();
} catch (e) {
	if (e instanceof SeedError || e instanceof ConfigError) {
		process.stderr.write(`${e.message}\n`);
		process.exit(1);
	}
	throw e;
}
