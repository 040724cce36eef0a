/** The download set's datapackage.json says, beside every CSV, how much of each count we hold and its date. */
import { describe, expect, it } from 'vitest';
import { dataPackage } from '../../../src/lib/domain/datapackage';
import { buildMatrix } from '../../../src/lib/domain/matrix';
import { matrixCsvHeader } from '../../../src/lib/domain/matrix-csv';
import { formatPartialDate } from '../../../src/lib/domain/partial-date';
import { seedTrackerData } from './seed-tracker-data';

describe('datapackage.json', () => {
	const data = seedTrackerData(['NPL']);
	const { instruments } = buildMatrix(data, '2026-12-01', []);
	const pkg = dataPackage({ origin: 'https://t.example', dataVersion: 3, instruments });

	it('gives every instrument its official count, the count’s date and what we hold by then', () => {
		expect(pkg.coverage.map((c) => c.code)).toEqual(data.instruments.map((i) => i.code));
		for (const c of pkg.coverage) {
			const instrument = instruments.find((i) => i.code === c.code)!;
			expect(c.officialCount).toBe(instrument.officialCount);
			expect(c.held).toBe(instrument.coverage.sourcedStates);
			expect(c.complete).toBe(instrument.coverage.complete);
			if (c.officialCountAsOf)
				expect(c.coverage).toContain(`count of ${formatPartialDate(c.officialCountAsOf)}`);
			else expect(c.coverage).toContain('date of the count not stated');
		}
		expect(pkg.coverage.find((c) => c.code === 'C097')!.complete).toBe(true);
	});

	it('describes the matrix CSV with exactly its header', () => {
		const matrix = pkg.resources.find((r) => r.name === 'matrix')!;
		expect(matrix.schema.fields.map((f) => f.name)).toEqual(
			matrixCsvHeader(data.instruments.map((i) => i.code))
		);
		expect(matrix.path).toBe('https://t.example/data/matrix.csv');
	});
});
