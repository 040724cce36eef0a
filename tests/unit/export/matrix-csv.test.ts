import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../../src/lib/domain/matrix';
import {
	matrixCsvFilename,
	matrixCsvHeader,
	matrixCsvRecords
} from '../../../src/lib/domain/matrix-csv';
import { exportRow, type ExportedRow } from '../../../src/lib/domain/matrix-export';
import { readSeedCsv } from '../../support/seed-rows';
import { seedTrackerData } from './seed-tracker-data';

const codes = readSeedCsv('instruments.csv').map((r) => r.code);

describe('the matrix CSV', () => {
	it('has the country columns, then the same columns for each instrument in the order of the data', () => {
		const header = matrixCsvHeader(codes);
		expect(header.slice(0, 5)).toEqual(['iso3', 'name', 'ilo_member', 'un_member', 'groups']);
		const perInstrument = (header.length - 5) / codes.length;
		codes.forEach((code, i) => {
			const block = header.slice(5 + i * perInstrument, 5 + (i + 1) * perInstrument);
			expect(block.every((column) => column.startsWith(`${code}_`))).toBe(true);
			for (const suffix of [
				'status',
				'date',
				'precision',
				'source_url',
				'confidence',
				'known_as_of'
			])
				expect(block).toContain(`${code}_${suffix}`);
		});
	});

	it('writes one record per state, as long as the header', () => {
		const data = seedTrackerData(['AGO', 'QAT']);
		const matrix = buildMatrix(data, '2020-01-01');
		const records = matrixCsvRecords(
			matrix.rows.map((r) => exportRow(r, matrix.instruments)),
			codes
		);
		expect(records).toHaveLength(3);
		for (const record of records) expect(record).toHaveLength(records[0].length);
		const angola = records.find((r) => r[0] === 'AGO')!;
		const header = records[0];
		// seeds/ratifications.csv: AGO,Angola,C098,ratified,1976-06-04,…
		expect(angola[header.indexOf('C098_date')]).toBe('1976-06-04');
		expect(angola[header.indexOf('C098_status')]).toBe('in_force');
		expect(angola[header.indexOf('ilo_member')]).toBe('yes');
	});

	it('neutralises a field that a spreadsheet would run as a formula', () => {
		const data = seedTrackerData(['AGO']);
		const matrix = buildMatrix(data, '2020-01-01');
		const row: ExportedRow = exportRow(matrix.rows[0], matrix.instruments);
		const [, record] = matrixCsvRecords([{ ...row, name: '=cmd|" /C calc"!A0' }], codes);
		expect(record[1]).toBe('\'=cmd|" /C calc"!A0');
	});

	it('names the download after the day, and the group when one is chosen', () => {
		expect(matrixCsvFilename({ asOf: '2024-06-30', group: null })).toBe(
			'ratification-matrix-2024-06-30.csv'
		);
		expect(matrixCsvFilename({ asOf: '2024-06-30', group: 'GCC' })).toBe(
			'ratification-matrix-GCC-2024-06-30.csv'
		);
	});
});
