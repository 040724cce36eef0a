import { appDatabase } from '$lib/server/app-database';
import * as agreements from '$lib/server/db/queries/agreements';
import { readTrackerData } from '$lib/server/tracker-snapshot';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = () => {
	const db = appDatabase();
	const data = readTrackerData(db);
	return {
		agreements: agreements.list(db),
		names: Object.fromEntries(data.countries.map((c) => [c.iso3, c.name]))
	};
};
