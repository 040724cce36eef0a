import { appDatabase } from '$lib/server/app-database';
import { readTrackerData } from '$lib/server/tracker-snapshot';
import type { LayoutServerLoad } from './$types';

/**
 * The instruments for the navigation, in the data's order, so a new seed row appears unasked; and
 * who is signed in, for the header's account menu (only what it shows and what links depend on).
 */
export const load: LayoutServerLoad = ({ locals }) => {
	const { instruments } = readTrackerData(appDatabase());
	const user = locals.user;
	return {
		navInstruments: instruments.map((i) => ({ code: i.code, shortTitle: i.shortTitle })),
		user: user
			? {
					id: user.id,
					email: user.email,
					displayName: user.displayName,
					role: user.role,
					countries: user.countries
				}
			: null
	};
};
