import { error } from '@sveltejs/kit';
import { MAP_PAGE_PARAMS } from '$lib/domain/map-query';
import { appDatabase } from '$lib/server/app-database';
import { coverageMapView, PAGE_MAP_WIDTH, parseMapParams } from '$lib/server/map-view';
import { readTrackerData } from '$lib/server/tracker-snapshot';
import { mapPageData } from '../map-page-data.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url }) => {
	const data = readTrackerData(appDatabase());
	// The coverage table has no date column: it sorts by name or by the number in force.
	const parsed = parseMapParams(
		url.searchParams,
		MAP_PAGE_PARAMS,
		{ sorts: ['name', 'status'] },
		data
	);
	if (!parsed.ok)
		error(400, {
			message: `This map cannot be shown: ${parsed.errors.length === 1 ? 'one parameter was' : `${parsed.errors.length} parameters were`} not understood.`,
			errors: parsed.errors
		});
	const view = coverageMapView(parsed.value, PAGE_MAP_WIDTH, data);
	return {
		...mapPageData(data, parsed.value, {
			name: 'coverage',
			instrument: null,
			title: `Instruments in force by State${view.paintContext.scope ? ` in ${view.paintContext.scope}` : ''}`,
			paint: view.paint,
			mapHeight: view.shapes.height
		}),
		instruments: view.instruments,
		minYear: Math.min(...data.instruments.map((i) => i.adoptedYear)),
		viewLabel: view.viewLabel,
		group: view.group,
		paintContext: view.paintContext,
		table: view.table
	};
};
