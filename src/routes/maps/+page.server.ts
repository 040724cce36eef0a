import { error } from '@sveltejs/kit';
import { parseAsOfQuery } from '$lib/domain/as-of-query';
import { buildMatrix, statusCounts } from '$lib/domain/matrix';
import { appDatabase } from '$lib/server/app-database';
import { matrixStates, readTrackerData } from '$lib/server/tracker-snapshot';
import type { PageServerLoad } from './$types';

/** A list of links and counts: nothing to do in the browser, so no script and no hydration data. */
export const csr = false;

/** One map per instrument in the data (never a fixed list), and the coverage map of all of them. */
export const load: PageServerLoad = ({ url }) => {
	const parsed = parseAsOfQuery(url.searchParams);
	if (!parsed.ok)
		error(400, {
			message: 'The list of maps cannot be shown for this address.',
			errors: parsed.errors
		});
	const data = readTrackerData(appDatabase());
	const matrix = buildMatrix(data, parsed.value.asOf, matrixStates(data));
	const counts = statusCounts(matrix);
	return {
		query: parsed.value,
		states: matrix.rows.length,
		instruments: matrix.instruments.map((i) => ({
			code: i.code,
			body: i.body,
			title: i.title,
			shortTitle: i.shortTitle,
			coverage: i.coverage,
			counts: counts[i.code]
		}))
	};
};
