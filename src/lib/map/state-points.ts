/**
 * Where each State sits on a map view, in the view's pixels: where corridor links end and side
 * symbols stand. A State drawn as a small-state marker sits at its marker (so links meet it); any
 * other at the representative point of its largest polygon (representative-point.ts), projected
 * exactly as geometry.ts projects the shapes.
 *
 * Server only: it reads the topology (topology.ts). Coupled to geometry.ts, whose projection it
 * rebuilds the same way (createProjection fitted to fitTarget of the view's focus); if geometry.ts
 * comes to export its projection, use that instead.
 */
import { geoArea } from 'd3-geo';
import { fitTarget } from './frame';
import { buildMapGeometry, type MapCountry } from './geometry';
import { createProjection, mapView, type MapViewId } from './projections';
import { representativePoint } from './representative-point';
import { TINY_STATES } from './tiny-states.generated';
import { countryFeatures, type CountryFeature } from './topology';

export type Point = readonly [x: number, y: number];

export interface StatePoints {
	view: MapViewId;
	width: number;
	height: number;
	/** By iso3; a State outside the drawing has no entry. */
	points: ReadonlyMap<string, Point>;
}

const CACHE_SIZE = 16;
const cache = new Map<string, StatePoints>();

const m49Of = (c: MapCountry) => String(c.m49).padStart(3, '0');

/** Every State's point on `viewId` at `width`, computed once per view, width and State list. */
export function statePoints(
	viewId: MapViewId,
	width: number,
	countries: readonly MapCountry[]
): StatePoints {
	const key = `${viewId}|${width}|${countries.map((c) => `${m49Of(c)}=${c.iso3}`).join(',')}`;
	const cached = cache.get(key);
	if (cached) {
		cache.delete(key);
		cache.set(key, cached);
		return cached;
	}
	const computed = compute(viewId, width, countries);
	cache.set(key, computed);
	if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
	return computed;
}

function compute(viewId: MapViewId, width: number, countries: readonly MapCountry[]): StatePoints {
	const geometry = buildMapGeometry(viewId, width, countries);
	const view = mapView(viewId);
	const features = countryFeatures();
	const focus = view.focus;
	const focusM49s = focus
		? new Set(countries.filter((c) => focus.includes(c.iso3)).map(m49Of))
		: null;
	const { projection, height } = createProjection(viewId, width, fitTarget(focusM49s, features));
	const markers = new Map(geometry.markers.map((m) => [m.iso3, [m.x, m.y] as const]));
	const byM49 = new Map<string, CountryFeature[]>();
	for (const f of features) if (f.id) byM49.set(f.id, [...(byM49.get(f.id) ?? []), f]);

	const round = (v: number) => Math.round(v * 10) / 10;
	const points = new Map<string, Point>();
	for (const country of countries) {
		const marker = markers.get(country.iso3);
		if (marker) {
			points.set(country.iso3, marker);
			continue;
		}
		const own = byM49.get(m49Of(country));
		const tiny = TINY_STATES.find((t) => t.m49 === m49Of(country));
		const at = own?.length
			? representativePoint(own.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a)).geometry)
			: tiny
				? ([tiny.lon, tiny.lat] as [number, number])
				: null;
		const p = at && projection(at);
		if (p && p[0] >= 0 && p[0] <= width && p[1] >= 0 && p[1] <= height)
			points.set(country.iso3, [round(p[0]), round(p[1])]);
	}
	return { view: viewId, width, height, points };
}

/** The first of `views` on which every State of `iso3s` has a point; the last view otherwise. */
export function firstViewShowing(
	views: readonly MapViewId[],
	width: number,
	countries: readonly MapCountry[],
	iso3s: Iterable<string>
): MapViewId {
	const wanted = [...iso3s];
	for (const view of views) {
		const { points } = statePoints(view, width, countries);
		if (wanted.every((iso3) => points.has(iso3))) return view;
	}
	return views[views.length - 1];
}
