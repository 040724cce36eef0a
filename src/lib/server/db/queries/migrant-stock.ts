/**
 * Migrant stock and population by country and year (UN DESA IMS 2024), every row, as the strategy
 * domain reads them. One state's row for one year is `migration.stockOf`.
 */
import { asc } from 'drizzle-orm';
import type { MigrantStockFigures } from '../../../domain/strategy/importance';
import type { TrackerDb } from '../index';
import { migrantStock } from '../schema';

export function list(db: TrackerDb): MigrantStockFigures[] {
	return db
		.select({
			iso3: migrantStock.iso3,
			year: migrantStock.year,
			immigrantStock: migrantStock.immigrantStock,
			emigrantStock: migrantStock.emigrantStock,
			population: migrantStock.population,
			immigrantPctOfPopulation: migrantStock.immigrantPctOfPopulation,
			emigrantPctOfPopulation: migrantStock.emigrantPctOfPopulation,
			imsDataType: migrantStock.imsDataType
		})
		.from(migrantStock)
		.orderBy(asc(migrantStock.iso3), asc(migrantStock.year))
		.all();
}
