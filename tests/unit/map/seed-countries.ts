/**
 * The seeds the map must agree with, read as they are: ILO members from seeds/ilo_members.csv and
 * each country's UN M49 code from seeds/migrant_stock.csv (one row per country-year).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { MapCountry } from '$lib/map/geometry';

const seed = (file: string): Record<string, string>[] =>
	parse(readFileSync(fileURLToPath(new URL(`../../../seeds/${file}`, import.meta.url)), 'utf8'), {
		columns: true,
		skip_empty_lines: true
	});

export const ILO_MEMBERS: readonly string[] = seed('ilo_members.csv').map((row) => row.iso3);

/** Every country in the migrant-stock seed, once, with its M49 code as written there. */
export const SEED_COUNTRIES: readonly MapCountry[] = [
	...new Map(
		seed('migrant_stock.csv').map((row) => [
			row.iso3,
			{ iso3: row.iso3, m49: row.m49, name: row.country }
		])
	).values()
];

/** The ILO members, plus the occupied Palestinian territory that the Arab States view covers. */
export const MEMBER_COUNTRIES: readonly MapCountry[] = SEED_COUNTRIES.filter(
	(c) => ILO_MEMBERS.includes(c.iso3) || c.iso3 === 'PSE'
);
