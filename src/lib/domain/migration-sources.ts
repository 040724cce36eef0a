/**
 * The migration figures a country answer shows, the year each is for and how to cite it
 * (seeds/MIGRATION-SOURCES.md). The years differ by design: stock from the 2024 revision, corridors from
 * the 2020 bilateral matrix (no 2024 bilateral file was obtainable), remittances to 2022 (the latest year
 * in the KNOMAD June 2023 tables).
 */
export const MIGRANT_STOCK_YEAR = 2024;
export const REMITTANCES_YEAR = 2022;
export const CORRIDORS_YEAR = 2020;
/** Corridors shown each way (largest first). */
export const TOP_CORRIDORS = 5;

export const MIGRANT_STOCK_SOURCE =
	'UN DESA Population Division, International Migrant Stock 2024 (POP/DB/MIG/Stock/Rev.2024), CC BY 3.0 IGO';
export const MIGRANT_STOCK_NOTE =
	'Stocks of people living outside their country of birth or citizenship, not annual flows. imsDataType is the UN "type of data" code: B foreign-born, C foreign citizens (the base for the GCC states and several Asian countries), R refugees added, I imputed.';

export const REMITTANCES_SOURCE =
	'World Bank-KNOMAD remittance inflows and outflows, June 2023 (US$ million)';
export const REMITTANCES_NOTE =
	'KNOMAD figures are used rather than WDI, whose 2022 values in the same vintage are provisional and wrong for some countries.';

export const CORRIDORS_SOURCE =
	'UN DESA Population Division, International Migrant Stock 2020, stock by destination and origin (POP/DB/MIG/Stock/Rev.2020)';
export const CORRIDORS_NOTE =
	"Year 2020, an earlier revision than the 2024 stock. Figures for the GCC states rest on citizenship data and fall below origin governments' counts of contract workers.";
