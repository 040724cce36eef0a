/**
 * Loads every seed CSV into the database in one transaction. Idempotent: rows are matched on their
 * natural keys and only what changed is written, so a second run reports nothing inserted, updated or
 * deleted. Any bad row stops the load before anything is written.
 */
import { bumpDataVersion } from '../audit';
import type { TrackerDb } from '../db';
import { SeedError } from './csv-file';
import {
	readCorridors,
	readCountries,
	readGroups,
	readInstruments,
	readItucFacts,
	readMigrantStock,
	readNotRatifiedStatements,
	readRatificationEvents,
	readRemittances,
	readSolidarityAgreements,
	SeedReader
} from './seed-files';
import { syncTable, type SyncCounts } from './sync-table';

export { SeedError };

export type SeedReport = Record<string, SyncCounts>;

export function loadSeeds(db: TrackerDb, seedsDir: string): SeedReport {
	const s = new SeedReader(seedsDir);
	const countries = readCountries(s);
	const countryCodes = new Set(countries.map((c) => String(c.iso3)));
	const { groups, memberships } = readGroups(s, countryCodes);
	const instruments = readInstruments(s);
	const known = {
		countries: countryCodes,
		instruments: new Set(instruments.map((i) => String(i.code)))
	};
	const events = readRatificationEvents(s, known);
	const statements = readNotRatifiedStatements(s, known);
	const stock = readMigrantStock(s, countryCodes);
	const corridorRows = readCorridors(s, countryCodes);
	const remittanceRows = readRemittances(s);
	const itucRows = readItucFacts(s, countryCodes);
	const agreements = readSolidarityAgreements(s, countryCodes);
	if (s.problems.length) throw new SeedError(s.problems);

	const sqlite = db.$client;
	// Rows a seed file owns; imported events (import:…) and rows written by editors are left alone.
	const seeded = "seed_key IS NOT NULL AND seed_key NOT LIKE 'import:%'";
	const run = sqlite.transaction((): SeedReport => {
		// Parents before children; rows that later writes add (without a seed key) are left alone.
		const report: SeedReport = {
			countries: syncTable(sqlite, 'countries', ['iso3'], countries),
			groups: syncTable(sqlite, 'groups', ['code'], groups),
			instruments: syncTable(sqlite, 'instruments', ['code'], instruments),
			group_memberships: syncTable(
				sqlite,
				'group_memberships',
				['group_code', 'iso3'],
				memberships
			),
			ratification_events: syncTable(sqlite, 'ratification_events', ['seed_key'], events, seeded),
			not_ratified_statements: syncTable(
				sqlite,
				'not_ratified_statements',
				['seed_key'],
				statements,
				seeded
			),
			migrant_stock: syncTable(sqlite, 'migrant_stock', ['iso3', 'year'], stock),
			corridors: syncTable(
				sqlite,
				'corridors',
				['origin_iso3', 'destination_iso3', 'year'],
				corridorRows
			),
			remittances: syncTable(sqlite, 'remittances', ['iso3', 'year'], remittanceRows),
			ituc_facts: syncTable(sqlite, 'ituc_facts', ['seed_key'], itucRows, seeded),
			solidarity_agreements: syncTable(
				sqlite,
				'solidarity_agreements',
				['seed_key'],
				agreements,
				seeded
			)
		};
		const changed = Object.values(report).some((c) => c.inserted + c.updated + c.deleted > 0);
		if (changed) bumpDataVersion(db);
		return report;
	});
	return run();
}

/** True when the database holds no instruments yet (a fresh file). */
export function isEmpty(db: TrackerDb): boolean {
	const row = db.$client.prepare('SELECT count(*) AS n FROM instruments').get() as { n: number };
	return row.n === 0;
}
