import { and, desc, eq } from 'drizzle-orm';
import type { TrackerDb } from '../index';
import { corridors, countries, migrantStock, remittances } from '../schema';

/** Migrant stock and population of one country in one year (UN DESA IMS 2024). */
export function stockOf(db: TrackerDb, iso3: string, year: number) {
	return db
		.select()
		.from(migrantStock)
		.where(and(eq(migrantStock.iso3, iso3), eq(migrantStock.year, year)))
		.get();
}

/** Remittance flows of one country in one year (KNOMAD main, WDI beside). */
export function remittancesOf(db: TrackerDb, iso3: string, year: number) {
	return db
		.select()
		.from(remittances)
		.where(and(eq(remittances.iso3, iso3), eq(remittances.year, year)))
		.get();
}

/** Largest corridors out of an origin (UN DESA IMS 2020 bilateral). */
export function topDestinations(db: TrackerDb, origin: string, limit: number) {
	return db
		.select({
			iso3: corridors.destinationIso3,
			name: countries.name,
			migrants: corridors.migrants,
			year: corridors.year,
			pctOfOriginEmigrants: corridors.pctOfOriginEmigrants,
			pctOfDestinationImmigrants: corridors.pctOfDestinationImmigrants
		})
		.from(corridors)
		.innerJoin(countries, eq(countries.iso3, corridors.destinationIso3))
		.where(eq(corridors.originIso3, origin))
		.orderBy(desc(corridors.migrants))
		.limit(limit)
		.all();
}

/** Largest corridors into a destination (UN DESA IMS 2020 bilateral). */
export function topOrigins(db: TrackerDb, destination: string, limit: number) {
	return db
		.select({
			iso3: corridors.originIso3,
			name: countries.name,
			migrants: corridors.migrants,
			year: corridors.year,
			pctOfOriginEmigrants: corridors.pctOfOriginEmigrants,
			pctOfDestinationImmigrants: corridors.pctOfDestinationImmigrants
		})
		.from(corridors)
		.innerJoin(countries, eq(countries.iso3, corridors.originIso3))
		.where(eq(corridors.destinationIso3, destination))
		.orderBy(desc(corridors.migrants))
		.limit(limit)
		.all();
}
