import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeeds, SeedError } from '../../src/lib/server/seed/load-seeds';
import { readSeedCsv, SEEDS_DIR } from '../support/seed-rows';
import { countRows, tempDatabase } from '../support/temp-database';

describe('loading the seeds into a fresh database', () => {
	const t = tempDatabase();
	let first: ReturnType<typeof loadSeeds>;
	beforeAll(() => {
		first = loadSeeds(t.db, SEEDS_DIR);
	});
	afterAll(() => t.close());

	it('holds one country per area in the UN DESA stock file', () => {
		const areas = new Set(readSeedCsv('migrant_stock.csv').map((r) => r.iso3));
		expect(countRows(t.db, 'countries')).toBe(areas.size);
		expect(first.countries.inserted).toBe(areas.size);
	});

	it('marks exactly the states of ilo_members.csv as ILO members', () => {
		const members = readSeedCsv('ilo_members.csv').length;
		const n = t.db.$client
			.prepare('SELECT count(*) AS n FROM countries WHERE ilo_member = 1')
			.get() as { n: number };
		expect(n.n).toBe(members);
	});

	it('holds every ratification event of both event files, each with a source URL', () => {
		const rows =
			readSeedCsv('ratifications.csv').length +
			readSeedCsv('ratifications-entry-into-force.csv').length;
		expect(countRows(t.db, 'ratification_events')).toBe(rows);
		const unsourced = t.db.$client
			.prepare("SELECT count(*) AS n FROM ratification_events WHERE source_url NOT LIKE 'http%'")
			.get() as { n: number };
		expect(unsourced.n).toBe(0);
	});

	it('holds every negative statement, corridor, stock row and group membership', () => {
		expect(countRows(t.db, 'not_ratified_statements')).toBe(
			readSeedCsv('ratifications-negative.csv').length
		);
		expect(countRows(t.db, 'corridors')).toBe(readSeedCsv('corridors.csv').length);
		expect(countRows(t.db, 'migrant_stock')).toBe(readSeedCsv('migrant_stock.csv').length);
		expect(countRows(t.db, 'group_memberships')).toBe(readSeedCsv('groups.csv').length);
		expect(countRows(t.db, 'instruments')).toBe(readSeedCsv('instruments.csv').length);
	});

	it('changes nothing when run a second time', () => {
		const version = t.db.$client.prepare('SELECT version FROM data_version').get();
		const second = loadSeeds(t.db, SEEDS_DIR);
		for (const counts of Object.values(second)) {
			expect(counts.inserted + counts.updated + counts.deleted).toBe(0);
		}
		expect(t.db.$client.prepare('SELECT version FROM data_version').get()).toEqual(version);
	});
});

describe('a bad seed row', () => {
	const t = tempDatabase();
	const badDir = path.join(t.dir, 'seeds');
	afterAll(() => t.close());

	it('stops the load naming file, line and column, and leaves the database as it was', () => {
		loadSeeds(t.db, SEEDS_DIR);
		const before = countRows(t.db, 'ratification_events');
		const beforeVersion = t.db.$client.prepare('SELECT version FROM data_version').get();

		fs.cpSync(SEEDS_DIR, badDir, { recursive: true });
		// A real row with its date made impossible, and a second real row dropped from the file.
		const file = path.join(badDir, 'ratifications.csv');
		const lines = fs.readFileSync(file, 'utf8').split('\n');
		const target = lines.findIndex((l) => l.startsWith('AGO,Angola,C098,ratified,1976-06-04'));
		expect(target).toBeGreaterThan(0);
		lines[target] = lines[target].replace('1976-06-04', '1976-02-30');
		lines.splice(target + 1, 1);
		fs.writeFileSync(file, lines.join('\n'));

		let thrown: unknown;
		try {
			loadSeeds(t.db, badDir);
		} catch (e) {
			thrown = e;
		}
		expect(thrown).toBeInstanceOf(SeedError);
		expect((thrown as Error).message).toContain(
			`ratifications.csv, line ${target + 1}, column "date"`
		);
		expect((thrown as Error).message).toContain('1976-02-30');
		expect(countRows(t.db, 'ratification_events')).toBe(before);
		expect(t.db.$client.prepare('SELECT version FROM data_version').get()).toEqual(beforeVersion);
	});
});
