import { appDatabase } from '$lib/server/app-database';
import { readTrackerData } from '$lib/server/tracker-snapshot';
import { coverageTable } from './coverage-table';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	return { coverage: coverageTable(readTrackerData(appDatabase())) };
};
