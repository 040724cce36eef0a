/**
 * Remittances by country and year, every row, in the columns the strategy reads: KNOMAD inflows in
 * US$ (the main series) and WDI's share of GDP. One state's row for one year is
 * `migration.remittancesOf`.
 */
import { asc } from 'drizzle-orm';
import type { RemittanceFigures } from '../../../domain/strategy/importance';
import type { TrackerDb } from '../index';
import { remittances } from '../schema';

export function list(db: TrackerDb): RemittanceFigures[] {
	return db
		.select({
			iso3: remittances.iso3,
			year: remittances.year,
			inflowsUsdMnKnomad: remittances.inflowsUsdMnKnomad,
			inflowsPctGdpWdi: remittances.inflowsPctGdpWdi
		})
		.from(remittances)
		.orderBy(asc(remittances.iso3), asc(remittances.year))
		.all();
}
