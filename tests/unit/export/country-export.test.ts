import { describe, expect, it } from 'vitest';
import { countryDocument, type CountryFacts } from '../../../src/lib/domain/country-export';
import { buildMatrix } from '../../../src/lib/domain/matrix';
import { MIGRANT_STOCK_YEAR, REMITTANCES_YEAR } from '../../../src/lib/domain/migration-sources';
import { interval } from '../../../src/lib/domain/partial-date';
import { readSeedCsv } from '../../support/seed-rows';
import { seedTrackerData } from './seed-tracker-data';

const ORIGIN = 'https://tracker.example.org';
const num = (s: string) => (s === '' ? null : Number(s));

/** Facts for one country as the migration queries return them, read from the seed files. */
function seedFacts(iso3: string): CountryFacts {
	const stock = readSeedCsv('migrant_stock.csv').find(
		(r) => r.iso3 === iso3 && Number(r.year) === MIGRANT_STOCK_YEAR
	);
	const remittances = readSeedCsv('remittances.csv').find(
		(r) => r.iso3 === iso3 && Number(r.year) === REMITTANCES_YEAR
	);
	const name = (code: string) =>
		readSeedCsv('migrant_stock.csv').find((r) => r.iso3 === code)?.country ?? code;
	const corridor = (other: string, r: Record<string, string>) => ({
		iso3: other,
		name: name(other),
		migrants: Number(r.migrants),
		pctOfOriginEmigrants: num(r.pct_of_origin_emigrants),
		pctOfDestinationImmigrants: num(r.pct_of_destination_immigrants)
	});
	const corridors = readSeedCsv('corridors.csv');
	const bySize = (a: Record<string, string>, b: Record<string, string>) =>
		Number(b.migrants) - Number(a.migrants);
	return {
		stock: stock && {
			immigrantStock: num(stock.immigrant_stock),
			emigrantStock: num(stock.emigrant_stock),
			population: num(stock.population),
			immigrantPctOfPopulation: num(stock.immigrant_pct_of_population),
			emigrantPctOfPopulation: num(stock.emigrant_pct_of_population),
			femalePctOfImmigrants: num(stock.female_pct_of_immigrants),
			imsDataType: stock.ims_data_type || null
		},
		remittances: remittances && {
			inflowsUsdMnKnomad: num(remittances.inflows_usd_mn_knomad),
			outflowsUsdMnKnomad: num(remittances.outflows_usd_mn_knomad)
		},
		destinations: corridors
			.filter((r) => r.origin_iso3 === iso3)
			.sort(bySize)
			.slice(0, 5)
			.map((r) => corridor(r.destination_iso3, r)),
		origins: corridors
			.filter((r) => r.destination_iso3 === iso3)
			.sort(bySize)
			.slice(0, 5)
			.map((r) => corridor(r.origin_iso3, r))
	};
}

function documentFor(iso3: string, asOf: string, asOfExplicit = true) {
	const data = seedTrackerData([iso3]);
	const matrix = buildMatrix(data, asOf);
	return countryDocument({
		country: data.countries[0],
		groups: data.groups,
		memberships: data.memberships.filter((m) => m.iso3 === iso3),
		instruments: matrix.instruments,
		cells: matrix.rows[0].cells,
		events: data.events.filter((e) => e.iso3 === iso3),
		statements: data.statements.filter((s) => s.iso3 === iso3),
		facts: seedFacts(iso3),
		asOf,
		asOfExplicit,
		dataVersion: data.version,
		origin: ORIGIN
	});
}

describe('a country as the API answers for it', () => {
	it('shows Mexico signing the ICRMW before ratifying it, earliest first, and a party now', () => {
		const mexico = documentFor('MEX', '2026-01-01');
		const icrmw = mexico.instruments.find((i) => i.code === 'ICRMW')!;
		expect(icrmw.events.map((e) => e.kind)).toEqual(['signature', 'ratification']);
		expect(icrmw.derived.status).toBe('in_force');
		expect(icrmw.derived.date).toBe(icrmw.events[1].date);
	});

	it('keeps every event and statement the seeds hold, whatever the day asked', () => {
		// Afghanistan: statements for C087 and C098 in seeds/ratifications-negative.csv.
		const afghanistan = documentFor('AFG', '1990-01-01');
		const statements = readSeedCsv('ratifications-negative.csv').filter((r) => r.iso3 === 'AFG');
		expect(afghanistan.instruments.flatMap((i) => i.statements)).toHaveLength(statements.length);
		for (const i of afghanistan.instruments) {
			const days = i.statements.map((s) => interval(s.asOf).earliest);
			expect(days).toEqual([...days].sort());
		}
	});

	it('names each group the state belongs to, with its status', () => {
		const rows = readSeedCsv('groups.csv').filter((r) => r.iso3 === 'QAT');
		const qatar = documentFor('QAT', '2026-01-01');
		expect(qatar.memberships.map((m) => m.group)).toEqual(rows.map((r) => r.group).sort());
		for (const m of qatar.memberships)
			expect(m.name).toBe(rows.find((r) => r.group === m.group)!.group_name);
	});

	it('gives migrant stock, remittances and corridors with the year and source of each', () => {
		const nepal = documentFor('NPL', '2026-01-01');
		const { stock, remittances, corridors } = nepal.migration;
		expect(stock?.year).toBe(MIGRANT_STOCK_YEAR);
		expect(stock?.source).toMatch(/International Migrant Stock 2024/);
		expect(remittances?.year).toBe(REMITTANCES_YEAR);
		expect(remittances?.source).toMatch(/KNOMAD/);
		expect(corridors.source).toMatch(/International Migrant Stock 2020/);
		expect(corridors.destinations.length).toBeLessThanOrEqual(5);
		const sizes = corridors.destinations.map((c) => c.migrants);
		expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
	});

	it('links to itself with the day asked, and without it when the day is today', () => {
		expect(documentFor('NPL', '2020-01-01').meta.links.self).toBe(
			`${ORIGIN}/api/v1/countries/NPL.json?as_of=2020-01-01`
		);
		expect(documentFor('NPL', '2026-01-01', false).meta.links.self).toBe(
			`${ORIGIN}/api/v1/countries/NPL.json`
		);
	});
});
