import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMatrix, statusCounts } from '../../src/lib/domain/matrix';
import { applyMatrixQuery, parseMatrixQuery } from '../../src/lib/domain/matrix-query';
import { loadSeeds } from '../../src/lib/server/seed/load-seeds';
import { matrixStates, readTrackerData } from '../../src/lib/server/tracker-snapshot';
import { readSeedCsv, SEEDS_DIR } from '../support/seed-rows';
import { tempDatabase } from '../support/temp-database';

const TODAY = '2026-11-23';

describe('the matrix built from the seeded database', () => {
	const t = tempDatabase();
	beforeAll(() => loadSeeds(t.db, SEEDS_DIR));
	afterAll(() => t.close());

	it('lists the ILO and UN member states', () => {
		const data = readTrackerData(t.db);
		const ilo = readSeedCsv('ilo_members.csv').length;
		const unOnly = readSeedCsv('un-members-outside-ilo.csv').length;
		expect(matrixStates(data)).toHaveLength(ilo + unOnly);
	});

	it('counts as many C098 states in force as the seed file holds, coverage being complete', () => {
		const data = readTrackerData(t.db);
		const matrix = buildMatrix(data, TODAY, matrixStates(data));
		const c098 = matrix.instruments.find((i) => i.code === 'C098')!;
		const states = new Set(
			readSeedCsv('ratifications.csv')
				.filter((r) => r.instrument === 'C098')
				.map((r) => r.iso3)
		);
		expect(c098.coverage.complete).toBe(true);
		expect(statusCounts(matrix).C098.in_force).toBe(states.size);
		// Complete coverage leaves nothing unknown and everything else not ratified.
		expect(statusCounts(matrix).C098.unknown).toBe(0);
		expect(statusCounts(matrix).C098.not_ratified).toBe(matrix.rows.length - states.size);
	});

	it('never says "not ratified" for C087 without a sourced statement, its coverage being partial', () => {
		const data = readTrackerData(t.db);
		const matrix = buildMatrix(data, TODAY, matrixStates(data));
		const negatives = new Set(
			readSeedCsv('ratifications-negative.csv')
				.filter((r) => r.instrument === 'C087')
				.map((r) => r.iso3)
		);
		const notRatified = matrix.rows.filter((r) => r.cells.C087.status === 'not_ratified');
		// Only a sourced statement, or not being an ILO member at all, may say so.
		const unexplained = notRatified.filter(
			(r) => !negatives.has(r.country.iso3) && r.country.iloMember
		);
		expect(notRatified.length).toBeGreaterThan(0);
		expect(unexplained.map((r) => r.country.iso3)).toEqual([]);
		expect(matrix.instruments.find((i) => i.code === 'C087')!.coverage.complete).toBe(false);
	});

	it('filters to the Gulf Cooperation Council and finds its members', () => {
		const data = readTrackerData(t.db);
		const gcc = readSeedCsv('groups.csv').filter((r) => r.group === 'GCC' && r.status === 'member');
		const query = parseMatrixQuery(new URLSearchParams('group=GCC'), {
			groups: data.groups.map((g) => g.code),
			instruments: data.instruments.map((i) => i.code)
		});
		expect(query.ok).toBe(true);
		if (!query.ok) return;
		const rows = applyMatrixQuery(buildMatrix(data, TODAY, matrixStates(data)), query.value);
		expect(rows.map((r) => r.country.iso3).sort()).toEqual(gcc.map((r) => r.iso3).sort());
	});
});
