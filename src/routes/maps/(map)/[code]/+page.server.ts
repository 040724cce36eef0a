import { error, redirect } from '@sveltejs/kit';
import { MAP_PAGE_PARAMS } from '$lib/domain/map-query';
import { appDatabase } from '$lib/server/app-database';
import {
	instrumentLookup,
	instrumentMapView,
	PAGE_MAP_WIDTH,
	parseMapParams
} from '$lib/server/map-view';
import { readTrackerData } from '$lib/server/tracker-snapshot';
import { mapPageData } from '../map-page-data.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) => {
	const data = readTrackerData(appDatabase());
	const lookup = instrumentLookup(params.code, data);
	if (lookup.status === 'not_found') error(404, { message: lookup.message, hint: lookup.hint });
	if (lookup.status === 'moved') redirect(308, `/maps/${lookup.code}${url.search}`);

	const parsed = parseMapParams(url.searchParams, MAP_PAGE_PARAMS, {}, data);
	if (!parsed.ok)
		error(400, {
			message: `This map cannot be shown: ${parsed.errors.length === 1 ? 'one parameter was' : `${parsed.errors.length} parameters were`} not understood.`,
			errors: parsed.errors
		});
	const result = instrumentMapView(lookup.instrument.code, parsed.value, PAGE_MAP_WIDTH, data);
	if (result.status !== 'found') error(500, { message: 'The instrument vanished while drawing.' });
	const { view } = result;
	return {
		...mapPageData(data, parsed.value, {
			name: view.instrument.code,
			instrument: view.instrument.code,
			title: `${view.instrument.code} ${view.instrument.shortTitle}: status by State${view.paintContext.scope ? ` in ${view.paintContext.scope}` : ''}`,
			paint: view.paint,
			mapHeight: view.shapes.height
		}),
		instrument: view.instrument,
		coverage: view.coverage,
		viewLabel: view.viewLabel,
		group: view.group,
		paintContext: view.paintContext,
		table: view.table
	};
};
