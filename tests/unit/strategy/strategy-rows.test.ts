import { describe, expect, it } from 'vitest';
import { PROSPECT_BANDS } from '../../../src/lib/domain/strategy/prospects';
import {
	buildStrategyRows,
	type StrategyData
} from '../../../src/lib/domain/strategy/strategy-rows';
import { readSeedCsv } from '../../support/seed-rows';
import {
	allStockFigures,
	AS_OF,
	corridorStocks,
	countryNames,
	itucFacts,
	remittanceFigures,
	seedMatrix
} from './seed-strategy-data';

const data = (): StrategyData => ({
	rows: seedMatrix().rows,
	stocks: allStockFigures(),
	corridors: corridorStocks(),
	remittances: remittanceFigures(),
	itucFacts: itucFacts(),
	names: countryNames()
});

describe('the strategy table', () => {
	const rows = buildStrategyRows(data(), {
		instrument: 'ICRMW',
		side: 'both',
		group: null,
		asOf: AS_OF
	});

	it('lists strategic states first, then by band from high prospects to already ratified', () => {
		const firstOther = rows.findIndex((r) => !r.strategic);
		expect(firstOther).toBeGreaterThan(0);
		expect(rows.slice(firstOther).every((r) => !r.strategic)).toBe(true);
		for (const part of [rows.slice(0, firstOther), rows.slice(firstOther)]) {
			const order = part.map((r) => PROSPECT_BANDS.indexOf(r.prospects.band));
			expect(order).toEqual([...order].sort((a, b) => a - b));
		}
	});

	it('shows Qatar as a strategic destination with its status, band and sources', () => {
		const qatar = rows.find((r) => r.country.iso3 === 'QAT')!;
		expect(qatar.strategicSides).toContain('destination');
		expect(qatar.status).toBe(seedMatrix().rows.find((r) => r.country.iso3 === 'QAT')!.cells.ICRMW);
		expect(qatar.sources.some((s) => s.includes('UN DESA'))).toBe(true);
		expect(qatar.sources).toContain('Campaign records');
	});

	it('weighs only the side asked about', () => {
		const origins = buildStrategyRows(data(), {
			instrument: 'ICRMW',
			side: 'origin',
			group: null,
			asOf: AS_OF
		});
		expect(
			origins.every((r) => r.importance.destination === undefined && r.importance.origin)
		).toBe(true);
		expect(origins.find((r) => r.country.iso3 === 'QAT')!.strategic).toBe(false);
	});

	it('keeps to the group asked about, every current GCC member and no other state', () => {
		const gcc = buildStrategyRows(data(), {
			instrument: 'C097',
			side: 'destination',
			group: 'GCC',
			asOf: AS_OF
		});
		const members = readSeedCsv('groups.csv').filter(
			(r) => r.group === 'GCC' && r.status !== 'withdrawn'
		);
		expect(gcc.map((r) => r.country.iso3).sort()).toEqual(members.map((r) => r.iso3).sort());
		expect(gcc.every((r) => r.strategic)).toBe(true);
	});

	it('reads the stock figures of the year asked about, not later ones', () => {
		const in2012 = buildStrategyRows(data(), {
			instrument: 'ICRMW',
			side: 'destination',
			group: 'GCC',
			asOf: '2012-09-25'
		});
		const qatar = in2012.find((r) => r.country.iso3 === 'QAT')!;
		const row2010 = readSeedCsv('migrant_stock.csv').find(
			(r) => r.iso3 === 'QAT' && r.year === '2010'
		)!;
		expect(qatar.importance.destination!.reasons[0].figure).toBe(Number(row2010.immigrant_stock));
		expect(qatar.importance.destination!.reasons[0].text).toContain('UN DESA 2010');
	});
});
