import { error, redirect } from '@sveltejs/kit';
import { paramError } from '$lib/domain/query-error';
import { appDatabase } from '$lib/server/app-database';
import { strategyView } from '$lib/server/strategy-view';
import { matrixStates, readTrackerData } from '$lib/server/tracker-snapshot';
import type { PageServerLoad } from './$types';

export const csr = false;

/**
 * The way into the corridor pages: a state picked from a list (a GET form, so `?country=NPL` leads to
 * /corridors/NPL), and the strategic countries of origin and of destination by the strategy rules.
 */
export const load: PageServerLoad = ({ url }) => {
	const db = appDatabase();
	const states = matrixStates(readTrackerData(db));
	const asked = url.searchParams.get('country');
	if (asked !== null && asked !== '') {
		const state = states.find((s) => s.iso3 === asked.toUpperCase());
		if (!state)
			error(400, {
				message: 'No corridor page for the state asked about.',
				errors: [
					paramError(
						'country',
						asked.slice(0, 24),
						'the ISO 3166 alpha-3 code of a state listed in the form'
					)
				]
			});
		redirect(303, `/corridors/${state.iso3}`);
	}
	const view = strategyView(new URLSearchParams(), db);
	if (!view.ok) error(500, { message: 'The strategy rules could not be applied.' });
	const strategicAt = (side: 'origin' | 'destination') =>
		view.value.rows
			.filter((r) => r.strategicSides.includes(side))
			.map((r) => ({
				iso3: r.country.iso3,
				name: r.country.name,
				figure: r.importance[side]?.reasons[0]?.text ?? ''
			}))
			.sort((a, b) => a.name.localeCompare(b.name, 'en'));
	return {
		states: states.map((s) => ({ iso3: s.iso3, name: s.name })),
		origins: strategicAt('origin'),
		destinations: strategicAt('destination')
	};
};
