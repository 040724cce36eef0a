/**
 * The shapes of the map pages (/maps/C097, /maps/coverage): where each State is drawn for the view
 * asked. This load reads only the `view` parameter and the route, so SvelteKit re-runs it only when
 * either changes: moving to another year, order, group or instrument re-sends the statuses (a few
 * kB), never the shapes (about 20 kB compressed).
 *
 * On a full page load the paths are drawn by the server and not sent again as data
 * (server-drawn-paths.ts); a client-side navigation's data request carries them, because the
 * browser will draw them. Reading `route.id` makes a move between the instrument and coverage
 * pages (a new page component, drawn by the browser) re-run this load with paths.
 *
 * A bad `view` falls back here; the page's load refuses it with every other bad parameter.
 */
import { DEFAULT_MAP_VIEW } from '$lib/domain/map-query';
import { isMapViewId } from '$lib/map/projections';
import { withoutPaths } from '$lib/map/server-drawn-paths';
import { appDatabase } from '$lib/server/app-database';
import { mapShapes, PAGE_MAP_WIDTH } from '$lib/server/map-view';
import { readTrackerData } from '$lib/server/tracker-snapshot';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ url, route, isDataRequest }) => {
	const asked = url.searchParams.get('view');
	const view = asked && isMapViewId(asked) ? asked : DEFAULT_MAP_VIEW;
	const data = readTrackerData(appDatabase());
	const shapes = mapShapes(view, PAGE_MAP_WIDTH, data);
	return {
		shapesRoute: route.id,
		shapes: isDataRequest
			? shapes
			: withoutPaths(shapes, `${view}|${PAGE_MAP_WIDTH}|${data.version}`)
	};
};
