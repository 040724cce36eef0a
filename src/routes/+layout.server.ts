import { appDatabase } from '$lib/server/app-database';
import { readTrackerData } from '$lib/server/tracker-snapshot';
import type { LayoutServerLoad } from './$types';

/** The instruments for the navigation, in the data's order, so a new seed row appears unasked. */
export const load: LayoutServerLoad = () => {
	const { instruments } = readTrackerData(appDatabase());
	return {
		navInstruments: instruments.map((i) => ({ code: i.code, shortTitle: i.shortTitle }))
	};
};
