import { buildMatrix, statusCounts } from '$lib/domain/matrix';
import { todayIso } from '$lib/domain/partial-date';
import { appDatabase } from '$lib/server/app-database';
import { matrixStates, readTrackerData } from '$lib/server/tracker-snapshot';
import type { PageServerLoad } from './$types';

/** Groups the campaign aim names (the EU, the Gulf), linked from the intro when the data has them. */
const STRATEGIC_GROUPS = ['EU27', 'GCC'];

/** Today's counts by status for each instrument, with coverage, in the data's instrument order. */
export const load: PageServerLoad = () => {
	const data = readTrackerData(appDatabase());
	const asOf = todayIso();
	const matrix = buildMatrix(data, asOf, matrixStates(data));
	const counts = statusCounts(matrix);
	return {
		asOf,
		states: matrix.rows.length,
		instruments: matrix.instruments.map((i) => ({
			code: i.code,
			body: i.body,
			shortTitle: i.shortTitle,
			coverage: i.coverage,
			counts: counts[i.code]
		})),
		strategicGroups: data.groups.filter((g) => STRATEGIC_GROUPS.includes(g.code))
	};
};
