import { describe, expect, it } from 'vitest';
import { apiIndexDocument } from '../../../src/lib/domain/api-index';
import { MATRIX_PARAMS } from '../../../src/lib/domain/matrix-query';
import { readSeedCsv } from '../../support/seed-rows';
import { seedTrackerData } from './seed-tracker-data';

describe('the API index', () => {
	const data = seedTrackerData([]);
	const document = apiIndexDocument({
		instruments: data.instruments,
		groups: data.groups,
		dataVersion: 1,
		origin: 'https://tracker.example.org',
		today: '2026-11-23'
	});

	it('documents every matrix parameter for the JSON and the CSV', () => {
		const [json, csv] = document.endpoints;
		expect(json.parameters.map((p) => p.name)).toEqual([...MATRIX_PARAMS]);
		expect(csv.parameters.map((p) => p.name)).toEqual([...MATRIX_PARAMS]);
	});

	it('lists the instruments and groups of the data, so a new one needs no edit', () => {
		expect(document.instruments.map((i) => i.code)).toEqual(
			readSeedCsv('instruments.csv').map((r) => r.code)
		);
		expect(document.groups.map((g) => g.code).sort()).toEqual(
			[...new Set(readSeedCsv('groups.csv').map((r) => r.group))].sort()
		);
	});
});
