/**
 * The key migration facts a country page shows, with the years and sources the seeds give them
 * (seeds/MIGRATION-SOURCES.md): stocks are UN DESA IMS 2024, corridors the IMS 2020 bilateral
 * matrix (no 2024 bilateral file was obtainable), remittances World Bank–KNOMAD, June 2023.
 * Types and labels only, so components can import them; migration-facts.server.ts reads the rows.
 */
// The years and the number of corridors are the API's too (src/lib/domain/migration-sources.ts);
// the page only has shorter source labels of its own.
export {
	MIGRANT_STOCK_YEAR as STOCK_YEAR,
	REMITTANCES_YEAR as REMITTANCE_YEAR,
	CORRIDORS_YEAR as CORRIDOR_YEAR,
	TOP_CORRIDORS as CORRIDOR_COUNT
} from '$lib/domain/migration-sources';
export const STOCK_SOURCE = 'UN DESA International Migrant Stock 2024';
export const REMITTANCE_SOURCE = 'World Bank–KNOMAD, June 2023';
export const CORRIDOR_SOURCE = 'UN DESA International Migrant Stock 2020, bilateral matrix';

export interface StockFacts {
	immigrants: number | null;
	emigrants: number | null;
	immigrantPct: number | null;
	emigrantPct: number | null;
	/**
	 * UN "type of data" C: the immigrant count is of foreign citizens, not the foreign-born
	 * (GCC states and several Asian countries).
	 */
	citizenshipBased: boolean;
}

export interface CorridorFact {
	iso3: string;
	name: string;
	migrants: number;
	/** Share of the origin's emigrants (out) or of the destination's immigrants (in), computed. */
	pct: number | null;
}

export interface MigrationFacts {
	stock: StockFacts | null;
	remittances: { inflows: number | null; outflows: number | null } | null;
	destinations: CorridorFact[];
	origins: CorridorFact[];
}
