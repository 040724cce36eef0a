/**
 * Path data that a map page draws on the server and does not send again as hydration data.
 *
 * A hydrated page would otherwise carry every shape twice: once as the SVG's `d` attributes and once
 * in the serialized load data (about 5 kB more brotli on the world map, a tenth of the page). So on a
 * full page load, the map layout's load returns shapes without path data (`withoutPaths`) and keeps
 * the paths here under a key; server rendering finds them here (`drawnPaths`); the browser finds
 * nothing, the component then gives no `d` at all, and hydration leaves the server's `d` attributes
 * as they are (Svelte never removes an attribute it is not given). Client-side navigations fetch
 * their data with paths included (SvelteKit's isDataRequest), so anything the browser draws itself
 * has them.
 *
 * Coupling: the layout's load must re-run whenever the browser would draw a map it has not been
 * sent: a new view, or a new page component (it reads `route.id`; see routes/maps/(map)).
 */
import type { ChoroplethShapes } from './choropleth';

/** A handful of views at one page width and a data version or two: far fewer than this. */
const MAX_KEYS = 32;
const store = new Map<string, ChoroplethShapes>();

/** The shapes without any path data, and their paths kept for server rendering under `key`. */
export function withoutPaths(shapes: ChoroplethShapes, key: string): ChoroplethShapes {
	store.delete(key);
	store.set(key, shapes);
	if (store.size > MAX_KEYS) store.delete(store.keys().next().value!);
	// Names go too: the browser labels States from the paint, and areas without data have none.
	const { outline: _outline, graticule: _graticule, ...rest } = shapes;
	return {
		...rest,
		pathsKey: key,
		states: shapes.states.map(({ d: _d, name: _name, ...s }) => ({ ...s, name: '' })),
		noData: shapes.noData.map((n) => ({ featureId: n.featureId, name: '' }))
	};
}

/**
 * The full shapes for stripped ones: on the server, from this store; in the browser, null (the
 * server-rendered paths stay in the page). Shapes that were never stripped are returned as they are.
 */
export function drawnPaths(shapes: ChoroplethShapes): ChoroplethShapes | null {
	if (!shapes.pathsKey) return shapes;
	const kept = store.get(shapes.pathsKey);
	if (!kept && import.meta.env.SSR)
		throw new Error(
			`The paths of map shapes '${shapes.pathsKey}' were not kept for server rendering.`
		);
	return kept ?? null;
}
