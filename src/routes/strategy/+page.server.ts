import { error, redirect } from '@sveltejs/kit';
import { corridorQueryString, DEFAULT_CORRIDOR_LIMIT } from '$lib/domain/corridor-query';
import { todayIso } from '$lib/domain/partial-date';
import { STRATEGY_FOCUS } from '$lib/domain/strategy-export';
import { strategyQueryString } from '$lib/domain/strategy/strategy-query';
import { strategyMapOf, strategyView } from '$lib/server/strategy-view';
import type { PageServerLoad } from './$types';

/**
 * Nothing to do in the browser: filters are a GET form, the map's States are links. Without
 * client-side rendering the page ships no script and does not repeat the table as hydration data.
 */
export const csr = false;

export const load: PageServerLoad = ({ url }) => {
	const view = strategyView(url.searchParams);
	if (!view.ok)
		error(400, {
			message: `This strategy view cannot be shown: ${view.errors.length === 1 ? 'one parameter was' : `${view.errors.length} parameters were`} not understood.`,
			errors: view.errors
		});
	const { data, query, instrument, rows } = view.value;
	// The GET form sends every field, empty ones too; answer with the short canonical address.
	const canonical = strategyQueryString(query);
	if ([...url.searchParams.values()].some((v) => v === '')) redirect(303, `/strategy${canonical}`);
	const asOfQuery = query.asOfExplicit ? `?as_of=${query.asOf}` : '';
	return {
		query,
		queryString: canonical,
		asOfQuery,
		/** Links to corridor pages keep the instrument and day. */
		corridorQuery: corridorQueryString({
			instrument: query.instrument,
			group: null,
			limit: DEFAULT_CORRIDOR_LIMIT,
			asOf: query.asOf,
			asOfExplicit: query.asOfExplicit
		}),
		today: todayIso(),
		focus: STRATEGY_FOCUS,
		groups: data.groups,
		instruments: data.instruments.map((i) => ({ code: i.code, shortTitle: i.shortTitle })),
		instrument: {
			code: instrument.code,
			body: instrument.body,
			shortTitle: instrument.shortTitle,
			coverage: instrument.coverage
		},
		map: strategyMapOf(view.value),
		rows: rows.map((row) => ({
			iso3: row.country.iso3,
			name: row.country.name,
			groups: row.groups,
			strategic: row.strategic,
			strategicSides: row.strategicSides,
			importance: row.importance,
			status: { status: row.status.status, reason: row.status.reason },
			prospects: row.prospects,
			sources: row.sources
		}))
	};
};
