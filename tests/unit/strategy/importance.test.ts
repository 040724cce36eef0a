import { describe, expect, it } from 'vitest';
import {
	destinationImportance,
	originImportance
} from '../../../src/lib/domain/strategy/importance';
import { STRATEGY_RULES } from '../../../src/lib/domain/strategy/importance-rules';
import { readSeedCsv } from '../../support/seed-rows';
import {
	corridorStocks,
	countryNames,
	groupsOf,
	remittanceFigures,
	stockFigures
} from './seed-strategy-data';

const rules = STRATEGY_RULES;

function destination(iso3: string) {
	return destinationImportance({
		iso3,
		stock: stockFigures(iso3),
		corridors: corridorStocks().filter((c) => c.destinationIso3 === iso3),
		groups: groupsOf(iso3),
		names: countryNames()
	});
}

function origin(iso3: string) {
	return originImportance({
		iso3,
		stock: stockFigures(iso3),
		corridors: corridorStocks().filter((c) => c.originIso3 === iso3),
		remittances: remittanceFigures(iso3),
		groups: groupsOf(iso3),
		names: countryNames()
	});
}

function stockRow(iso3: string) {
	return readSeedCsv('migrant_stock.csv').find((r) => r.iso3 === iso3 && r.year === '2024')!;
}

/** "2.3 M" from a raw count, written out here so the test does not lean on the formatter. */
const millions = (n: number) => `${(n / 1_000_000).toFixed(1)} M`;

describe('a country of destination', () => {
	it('counts Qatar as strategic, immigrants being most of its population', () => {
		const row = stockRow('QAT');
		const share = (Number(row.immigrant_stock) / Number(row.population)) * 100;
		expect(share).toBeGreaterThanOrEqual(rules.destination.minImmigrantPct);
		const result = destination('QAT');
		expect(result.strategic).toBe(true);
		const [stock] = result.reasons;
		expect(stock.text).toContain(`${millions(Number(row.immigrant_stock))} immigrants`);
		expect(stock.text).toContain(`${Math.round(share)} % of population`);
		expect(stock.counts).toBe(true);
		expect(stock.source).toContain('UN DESA');
	});

	it('says the Gulf figures rest on citizenship data where the UN says so', () => {
		expect(stockRow('QAT').ims_data_type.split(' ')).toContain('C');
		expect(destination('QAT').reasons[0].text).toContain('based on citizenship data');
		expect(stockRow('DEU').ims_data_type.split(' ')).not.toContain('C');
		expect(destination('DEU').reasons[0].text).not.toContain('citizenship');
	});

	it('names membership of the GCC as a reason, the plan naming the Gulf', () => {
		const gcc = destination('KWT').reasons.find((r) => r.text.startsWith('Member of the GCC'));
		expect(gcc?.counts).toBe(true);
		expect(gcc?.text).toContain('Gulf');
	});

	it('counts significant origin corridors and warns that corridors are for 2020 and stocks for 2024', () => {
		const { minMigrants } = rules.significantCorridor;
		const large = corridorStocks().filter(
			(c) => c.destinationIso3 === 'QAT' && c.migrants >= minMigrants
		);
		const reason = destination('QAT').reasons.find((r) => r.source.includes('bilateral'))!;
		// Corridors at or above the size count in any case; the share rule can only add more.
		expect(reason.figure).toBeGreaterThanOrEqual(large.length);
		expect(reason.text).toContain('UN DESA 2020');
		expect(reason.text).toContain('2024');
		expect(reason.text).toContain('India');
	});
});

describe('a country of origin', () => {
	it('counts Nepal as strategic by its emigrants and the weight of remittances in its economy', () => {
		const row = stockRow('NPL');
		const result = origin('NPL');
		expect(result.strategic).toBe(true);
		const share = (Number(row.emigrant_stock) / Number(row.population)) * 100;
		expect(result.reasons[0].text).toContain(`${millions(Number(row.emigrant_stock))} emigrants`);
		expect(result.reasons[0].text).toContain(`${share.toFixed(1)} % of population`);

		const wdi = readSeedCsv('remittances.csv')
			.filter((r) => r.iso3 === 'NPL' && r.inflows_pct_gdp_wdi !== '')
			.filter((r) => Number(r.year) <= rules.origin.lastRemittancePctYear)
			.sort((a, b) => Number(b.year) - Number(a.year))[0];
		const pct = result.reasons.find((r) => r.text.includes('of GDP'))!;
		expect(pct.text).toContain(
			`${Math.round(Number(wdi.inflows_pct_gdp_wdi))} % of GDP in ${wdi.year}`
		);
		expect(pct.counts).toBe(Number(wdi.inflows_pct_gdp_wdi) >= rules.origin.minRemittancePctOfGdp);
	});

	it('gives remittances in US dollars from KNOMAD for 2022, not from WDI', () => {
		const row = readSeedCsv('remittances.csv').find((r) => r.iso3 === 'PHL' && r.year === '2022')!;
		const usd = origin('PHL').reasons.find((r) => r.source.includes('KNOMAD'))!;
		expect(usd.figure).toBe(Number(row.inflows_usd_mn_knomad));
		expect(usd.text).toContain('in 2022');
		expect(usd.text).toContain(`US$ ${(Number(row.inflows_usd_mn_knomad) / 1000).toFixed(1)} bn`);
	});

	it('does not count a share that stands for fewer people than the rules ask (Tonga)', () => {
		const row = stockRow('TON');
		expect(Number(row.emigrant_pct_of_population)).toBeGreaterThanOrEqual(
			rules.origin.minEmigrantPct
		);
		expect(Number(row.emigrant_stock)).toBeLessThan(rules.minPeopleForShare);
		const result = origin('TON');
		expect(result.reasons[0].counts).toBe(false);
		expect(result.strategic).toBe(false);
	});

	it('weighs EU membership at destination only, as the rules name it', () => {
		expect(groupsOf('ROU')).toContain('EU27');
		const eu = rules.strategicGroups.find((g) => g.code === 'EU27')!;
		expect(eu.sides).not.toContain('origin');
		expect(origin('ROU').reasons.some((r) => r.text.includes('EU'))).toBe(false);
		expect(destination('ROU').reasons.some((r) => r.text.startsWith('Member of the EU'))).toBe(
			true
		);
	});

	it('says so where the UN gives no stock figure, rather than reading a blank as zero', () => {
		const blank = readSeedCsv('migrant_stock.csv').find(
			(r) => r.year === '2024' && r.emigrant_stock === ''
		)!;
		const result = originImportance({
			iso3: blank.iso3,
			stock: stockFigures(blank.iso3),
			corridors: [],
			remittances: [],
			groups: []
		});
		expect(result.reasons[0].text).toMatch(/^No figure for emigrants/);
		expect(result.reasons[0].counts).toBe(false);
	});
});
