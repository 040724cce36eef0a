/** Reads a country's key migration facts from the database, in the shape the page shows. */
import type { TrackerDb } from '$lib/server/db';
import * as migration from '$lib/server/db/queries/migration';
import {
	CORRIDOR_COUNT,
	REMITTANCE_YEAR,
	STOCK_YEAR,
	type MigrationFacts
} from './migration-facts';

export function migrationFacts(db: TrackerDb, iso3: string): MigrationFacts {
	const stock = migration.stockOf(db, iso3, STOCK_YEAR);
	const money = migration.remittancesOf(db, iso3, REMITTANCE_YEAR);
	return {
		stock: stock
			? {
					immigrants: stock.immigrantStock,
					emigrants: stock.emigrantStock,
					immigrantPct: stock.immigrantPctOfPopulation,
					emigrantPct: stock.emigrantPctOfPopulation,
					citizenshipBased: (stock.imsDataType ?? '').split(/\s+/).includes('C')
				}
			: null,
		remittances:
			money && (money.inflowsUsdMnKnomad !== null || money.outflowsUsdMnKnomad !== null)
				? { inflows: money.inflowsUsdMnKnomad, outflows: money.outflowsUsdMnKnomad }
				: null,
		destinations: migration.topDestinations(db, iso3, CORRIDOR_COUNT).map((c) => ({
			iso3: c.iso3,
			name: c.name,
			migrants: c.migrants,
			pct: c.pctOfOriginEmigrants
		})),
		origins: migration.topOrigins(db, iso3, CORRIDOR_COUNT).map((c) => ({
			iso3: c.iso3,
			name: c.name,
			migrants: c.migrants,
			pct: c.pctOfDestinationImmigrants
		}))
	};
}
