import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../../src/lib/domain/matrix';
import { exportCell, matrixDocument } from '../../../src/lib/domain/matrix-export';
import { parseMatrixQuery } from '../../../src/lib/domain/matrix-query';
import { interval } from '../../../src/lib/domain/partial-date';
import { readSeedCsv } from '../../support/seed-rows';
import { seedTrackerData } from './seed-tracker-data';

const TODAY = '2026-11-23';

function cellOf(iso3: string, code: string, asOf: string) {
	const data = seedTrackerData([iso3]);
	const matrix = buildMatrix(data, asOf);
	const instrument = matrix.instruments.find((i) => i.code === code)!;
	return { cell: exportCell(matrix.rows[0].cells[code], instrument), instrument };
}

describe('a matrix cell as exported', () => {
	it('carries the deciding event as its source gives it (Angola C098, ratified 1976-06-04)', () => {
		// seeds/ratifications.csv: AGO,Angola,C098,ratified,1976-06-04,in_force,…,https://normlex.ilo.org/…
		const row = readSeedCsv('ratifications.csv').find(
			(r) => r.iso3 === 'AGO' && r.instrument === 'C098'
		)!;
		const { cell } = cellOf('AGO', 'C098', '2020-01-01');
		expect(cell).toMatchObject({
			status: 'in_force',
			basis: 'event',
			date: row.date,
			precision: 'day',
			event: 'ratification',
			sourceUrl: row.source,
			knownAsOf: null
		});
		expect(cell.reason).toMatch(/12 months/);
	});

	it('gives a not-ratified cell its sourced statement and the day knowledge dates from', () => {
		// seeds/ratifications-negative.csv: AFG,Afghanistan,C087,2024-01,"https://clr.org.pk/tudb-2024/afghanistan …"
		const row = readSeedCsv('ratifications-negative.csv').find(
			(r) => r.iso3 === 'AFG' && r.instrument === 'C087'
		)!;
		const { cell } = cellOf('AFG', 'C087', '2025-06-01');
		expect(cell.status).toBe('not_ratified');
		expect(cell.basis).toBe('statement');
		expect(cell.statement).toBe(row.source);
		expect(cell.statementAsOf).toBe(row.as_of);
		expect(cell.sourceUrl).toBe(row.source.split(' ')[0]);
		expect(cell.knownAsOf).toBe(interval(row.as_of).earliest);
	});

	it('points a not-ratified cell decided by complete coverage at the official list (Qatar, ICRMW)', () => {
		const { cell, instrument } = cellOf('QAT', 'ICRMW', TODAY);
		expect(instrument.coverage.complete).toBe(true);
		expect(cell.status).toBe('not_ratified');
		expect(cell.basis).toBe('coverage');
		expect(cell.sourceUrl).toBe(instrument.officialStatusUrl);
		expect(cell.sourceTitle).toBe(instrument.officialCountSource);
		expect(cell.knownAsOf).not.toBeNull();
	});

	it('leaves an unknown cell without a source, saying why (Slovakia, C087: its record is missing)', () => {
		const { cell } = cellOf('SVK', 'C087', TODAY);
		expect(cell.status).toBe('unknown');
		expect(cell.basis).toBe('none');
		expect(cell.sourceUrl).toBeNull();
		expect(cell.reason).toMatch(/partial/);
	});
});

describe('the matrix JSON document', () => {
	const gcc = readSeedCsv('groups.csv').filter(
		(r) => r.group === 'GCC' && r.status !== 'withdrawn'
	);
	const data = seedTrackerData([...gcc.map((r) => r.iso3), 'NPL']);
	const params = new URLSearchParams({ group: 'GCC', as_of: '2020-01-01' });
	const parsed = parseMatrixQuery(
		params,
		{ groups: data.groups.map((g) => g.code), instruments: data.instruments.map((i) => i.code) },
		TODAY
	);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	const matrix = buildMatrix(data, parsed.value.asOf);
	const rows = matrix.rows.filter((r) => r.groups.includes('GCC'));
	const document = matrixDocument({
		matrix,
		rows,
		query: parsed.value,
		total: matrix.rows.length,
		dataVersion: data.version,
		origin: 'https://tracker.example.org'
	});

	it('counts the rows it shows and the states before filtering', () => {
		expect(document.meta.shown).toBe(gcc.length);
		expect(document.rows).toHaveLength(gcc.length);
		expect(document.meta.total).toBe(gcc.length + 1);
	});

	it('states the day, the applied query and links that reproduce it', () => {
		expect(document.meta.asOf).toBe('2020-01-01');
		expect(document.meta.asOfExplicit).toBe(true);
		expect(document.meta.query.group).toBe('GCC');
		expect(document.meta.queryString).toBe('?as_of=2020-01-01&group=GCC');
		expect(document.meta.links.csv).toBe(
			'https://tracker.example.org/data/matrix.csv?as_of=2020-01-01&group=GCC'
		);
		expect(document.meta.about).toBe('https://tracker.example.org/about/data');
	});

	it('lists every instrument with its coverage, in the order of the data', () => {
		expect(document.meta.instruments.map((i) => i.code)).toEqual(
			data.instruments.map((i) => i.code)
		);
		for (const i of document.meta.instruments)
			expect(i.coverage.officialCount).toBe(
				data.instruments.find((d) => d.code === i.code)!.officialCount
			);
	});

	it('gives every row a cell for every instrument', () => {
		for (const row of document.rows)
			expect(Object.keys(row.cells)).toEqual(data.instruments.map((i) => i.code));
	});
});
