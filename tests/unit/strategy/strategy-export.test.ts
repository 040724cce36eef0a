import { describe, expect, it } from 'vitest';
import {
	exportStrategyRow,
	REASON_SEPARATOR,
	STRATEGY_CSV_COLUMNS,
	strategyCsvFilename,
	strategyCsvRecords,
	strategyDocument
} from '../../../src/lib/domain/strategy-export';
import { buildStrategyRows } from '../../../src/lib/domain/strategy/strategy-rows';
import { STRATEGY_RULES } from '../../../src/lib/domain/strategy/importance-rules';
import {
	allStockFigures,
	AS_OF,
	corridorStocks,
	countryNames,
	itucFacts,
	remittanceFigures,
	seedMatrix
} from './seed-strategy-data';

const query = {
	instrument: 'C097',
	side: 'both' as const,
	group: 'GCC',
	asOf: AS_OF,
	asOfExplicit: true
};
const rows = buildStrategyRows(
	{
		rows: seedMatrix().rows,
		stocks: allStockFigures(),
		corridors: corridorStocks(),
		remittances: remittanceFigures(),
		itucFacts: itucFacts(),
		names: countryNames()
	},
	query
);
const instrument = seedMatrix().instruments.find((i) => i.code === 'C097')!;
const exported = rows.map((row, i) => exportStrategyRow(row, i + 1, instrument));

describe('the strategy export', () => {
	it('keeps every reason of a row with its source, at both sides', () => {
		for (const [i, row] of rows.entries()) {
			const out = exported[i];
			expect(out.rank).toBe(i + 1);
			expect(out.importance.origin!.reasons.map((r) => [r.text, r.source])).toEqual(
				row.importance.origin!.reasons.map((r) => [r.text, r.source])
			);
			expect(out.importance.destination!.reasons.length).toBe(
				row.importance.destination!.reasons.length
			);
			expect(out.prospectReasons.map((r) => r.source)).toEqual(
				row.prospects.reasons.map((r) => r.source)
			);
			expect(out.sources).toEqual(row.sources);
		}
	});

	it('says needs data with the band the evidence would give, never not ratified, for an unknown status', () => {
		// C087's coverage is partial (157 of 158: Slovakia's record is missing), so some states are unknown.
		const c087 = buildStrategyRows(
			{
				rows: seedMatrix().rows,
				stocks: allStockFigures(),
				corridors: corridorStocks(),
				remittances: remittanceFigures(),
				itucFacts: itucFacts(),
				names: countryNames()
			},
			{ ...query, instrument: 'C087', group: null }
		);
		const c087Instrument = seedMatrix().instruments.find((i) => i.code === 'C087')!;
		const unknown = c087
			.map((row, i) => exportStrategyRow(row, i + 1, c087Instrument))
			.filter((r) => r.status.status === 'unknown');
		expect(unknown.length).toBeGreaterThan(0);
		for (const r of unknown) {
			expect(r.band).toBe('needs_data');
			expect(r.bandLabel).toBe('Needs data');
			expect(['high', 'medium', 'low']).toContain(r.bandIfNotRatified);
		}
	});

	it('carries the plan’s focus, the rules and links for the same query in the JSON meta', () => {
		const doc = strategyDocument({
			rows,
			instrument,
			query,
			dataVersion: 7,
			origin: 'https://t.example'
		});
		expect(doc.meta.focus).toContain('best prospects for ratification');
		expect(doc.meta.rules).toEqual(STRATEGY_RULES);
		expect(doc.meta.links.csv).toBe(`https://t.example/data/strategy.csv?group=GCC&as_of=${AS_OF}`);
		expect(doc.meta.shown).toBe(rows.length);
		expect(doc.rows).toEqual(exported);
	});

	it('writes one CSV record per row under the documented header, reasons with their sources', () => {
		const records = strategyCsvRecords(exported);
		expect(records[0]).toEqual([...STRATEGY_CSV_COLUMNS]);
		expect(records).toHaveLength(rows.length + 1);
		const column = (name: (typeof STRATEGY_CSV_COLUMNS)[number]) =>
			STRATEGY_CSV_COLUMNS.indexOf(name);
		const qatar = records.find((r) => r[column('iso3')] === 'QAT')!;
		const reasons = qatar[column('destination_reasons')].split(REASON_SEPARATOR);
		const source = exported.find((r) => r.iso3 === 'QAT')!.importance.destination!.reasons;
		expect(reasons).toEqual(source.map((r) => `${r.text} [${r.source}]`));
		expect(qatar[column('band')]).toBe(exported.find((r) => r.iso3 === 'QAT')!.band);
	});

	it('neutralises any field a spreadsheet would run as a formula', () => {
		const crafted = { ...exported[0], name: '=HYPERLINK("http://x")' };
		const [, record] = strategyCsvRecords([crafted]);
		expect(record[STRATEGY_CSV_COLUMNS.indexOf('name')]).toBe('\'=HYPERLINK("http://x")');
	});

	it('names the file after the instrument, side, group and day', () => {
		expect(strategyCsvFilename(query)).toBe(`strategy-C097-both-GCC-${AS_OF}.csv`);
		expect(strategyCsvFilename({ ...query, group: null, side: 'origin' })).toBe(
			`strategy-C097-origin-${AS_OF}.csv`
		);
	});
});
