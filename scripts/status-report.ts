/** `npm run report`: events held and states per status per instrument, as of a day (default today). */
import { parseAsOf } from '../src/lib/domain/as-of';
import { buildMatrix, statusCounts } from '../src/lib/domain/matrix';
import { STATUSES } from '../src/lib/domain/statuses';
import { readConfig } from '../src/lib/server/config.js';
import { migrateDatabase, openDatabase } from '../src/lib/server/db';
import { isEmpty, loadSeeds } from '../src/lib/server/seed/load-seeds';
import { matrixStates, readTrackerData } from '../src/lib/server/tracker-snapshot';

const config = readConfig();
const asOf = parseAsOf(process.argv[2] ?? null);
if (!asOf.ok) {
	process.stderr.write(`${asOf.error.message}\n`);
	process.exit(2);
}
const db = openDatabase(config.databaseFile);
migrateDatabase(db, config.migrationsDir);
if (isEmpty(db)) loadSeeds(db, config.seedsDir);
const data = readTrackerData(db);
const matrix = buildMatrix(data, asOf.value, matrixStates(data));
const counts = statusCounts(matrix);
const out: string[] = [`As of ${asOf.value}; ${matrix.rows.length} states (ILO or UN members)`];
out.push(['instrument', 'events', 'sourced/official', ...STATUSES].join('\t'));
for (const i of matrix.instruments) {
	const events = data.events.filter((e) => e.instrument === i.code).length;
	out.push(
		[
			i.code,
			events,
			`${i.coverage.sourcedStates}/${i.officialCount}${i.coverage.complete ? ' complete' : ''}`,
			...STATUSES.map((s) => counts[i.code][s])
		].join('\t')
	);
}
process.stdout.write(`${out.join('\n')}\n`);
