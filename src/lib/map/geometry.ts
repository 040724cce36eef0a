/**
 * Everything a map component draws for one view at one width, as plain immutable data: a path per
 * country shape, a marker per State too small to see, the globe's outline and a graticule. Colour
 * is joined later by iso3 (palette.ts); components only loop over these rows.
 */
import { geoArea, geoGraticule, geoPath } from 'd3-geo';
import { fitTarget } from './frame';
import { MARKER_RADIUS_PX, MIN_VISIBLE_AREA_PX2, spreadMarkers } from './markers';
import { assertMapWidth, createProjection, mapView, type MapViewId } from './projections';
import { representativePoint, type LonLat } from './representative-point';
import { drawnPolygons, simplifyArcs } from './simplify';
import { TINY_STATES } from './tiny-states.generated';
import { countryFeatures, countryTopology, decodeCountries, type CountryFeature } from './topology';

export interface MapCountry {
	iso3: string;
	/** UN M49 code, as in seeds/migrant_stock.csv (4 or '004'). */
	m49: string | number;
	name: string;
}

export interface MapShape {
	/** Null for areas none of the given countries claims (N. Cyprus, Somaliland...): draw as 'no data'. */
	readonly iso3: string | null;
	/** Unique and stable across views: the M49 code, or a name-based key where that is absent or shared. */
	readonly featureId: string;
	readonly name: string;
	readonly d: string;
	/** Area drawn inside the viewBox, in px². */
	readonly area: number;
}

export interface MapMarker {
	readonly iso3: string;
	readonly name: string;
	/** Centre, after spreading crowded markers apart. */
	readonly x: number;
	readonly y: number;
	readonly r: number;
	/** Where the State is; differs from (x, y) when the marker was moved, for a leader line. */
	readonly anchorX: number;
	readonly anchorY: number;
}

export interface MapGeometry {
	readonly view: MapViewId;
	readonly width: number;
	readonly height: number;
	readonly viewBox: string;
	readonly shapes: readonly MapShape[];
	readonly markers: readonly MapMarker[];
	/** The globe's edge, clipped to the drawing: fill it as sea. */
	readonly outline: string;
	/** Meridians and parallels (every 30° on the world map, 10° on regional ones). */
	readonly graticule: string;
}

/**
 * Half a pixel: the most an outline may move, which a border stroke covers. At 960 px it takes the
 * world's path data from about 1 MB at full 1:50m detail to about 105 kB.
 */
export const SIMPLIFY_TOLERANCE_PX = 0.5;
const CACHE_SIZE = 32;
const cache = new Map<string, MapGeometry>();

/**
 * The geometry of `viewId` at `width` px for `countries`, computed once and then served from a
 * small cache keyed on the view, the width and the countries' codes.
 */
export function buildMapGeometry(
	viewId: MapViewId,
	width: number,
	countries: readonly MapCountry[]
): MapGeometry {
	const view = mapView(viewId);
	assertMapWidth(width);
	const byM49 = indexByM49(countries);
	const key = `${view.id}|${width}|${[...byM49].map(([m49, c]) => `${m49}=${c.iso3}`).join(',')}`;
	const cached = cache.get(key);
	if (cached) {
		cache.delete(key); // re-insert: Map order makes this a least-recently-used cache
		cache.set(key, cached);
		return cached;
	}
	const geometry = compute(view.id as MapViewId, width, byM49);
	cache.set(key, geometry);
	if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
	return geometry;
}

function compute(viewId: MapViewId, width: number, byM49: Map<string, MapCountry>): MapGeometry {
	const view = mapView(viewId);
	const features = countryFeatures();
	const iso3Of = (f: CountryFeature) => (f.id ? (byM49.get(f.id)?.iso3 ?? null) : null);
	const focus = view.focus;
	const focusM49s =
		focus && new Set([...byM49].filter(([, c]) => focus.includes(c.iso3)).map(([m49]) => m49));

	const { projection, height } = createProjection(viewId, width, fitTarget(focusM49s, features));
	const path = geoPath(projection).digits(1);
	const simplified = decodeCountries(
		simplifyArcs(countryTopology(), (p) => projection(p), SIMPLIFY_TOLERANCE_PX)
	);

	const featureIds = featureKeys(features);
	const shapes: MapShape[] = [];
	const visibleArea = new Map<string, number>();
	features.forEach((feature, i) => {
		const drawn = drawnPolygons(feature.geometry, simplified[i].geometry, (p) => path.area(p));
		const d = path(drawn);
		if (!d) return;
		const iso3 = iso3Of(feature);
		// Area of the full-detail shape: simplification must not decide who gets a marker.
		const area = Math.round(path.area(feature) * 10) / 10;
		const name = (iso3 && byM49.get(feature.id!)?.name) || feature.properties.name;
		shapes.push(Object.freeze({ iso3, featureId: featureIds[i], name, d, area }));
		if (iso3) visibleArea.set(iso3, (visibleArea.get(iso3) ?? 0) + area);
	});

	const anchors: { iso3: string; name: string; x: number; y: number }[] = [];
	for (const [m49, country] of byM49) {
		if ((visibleArea.get(country.iso3) ?? 0) >= MIN_VISIBLE_AREA_PX2) continue;
		const at = locate(m49, features);
		const point = at && projection(at);
		if (!point || !isInside(point, width, height)) continue;
		anchors.push({ iso3: country.iso3, name: country.name, x: point[0], y: point[1] });
	}
	anchors.sort((a, b) => a.iso3.localeCompare(b.iso3));
	const spread = spreadMarkers(anchors, MARKER_RADIUS_PX, width, height);
	const round = (v: number) => Math.round(v * 10) / 10;
	const markers = anchors.map((a, i) =>
		Object.freeze({
			iso3: a.iso3,
			name: a.name,
			x: round(spread[i].x),
			y: round(spread[i].y),
			r: MARKER_RADIUS_PX,
			anchorX: round(a.x),
			anchorY: round(a.y)
		})
	);

	return Object.freeze({
		view: viewId,
		width,
		height,
		viewBox: `0 0 ${width} ${height}`,
		shapes: Object.freeze(shapes),
		markers: Object.freeze(markers),
		outline: path({ type: 'Sphere' }) ?? '',
		graticule: path(geoGraticule().step([view.graticuleStep, view.graticuleStep])()) ?? ''
	});
}

/**
 * ILO member States (and any other listed State) that the geometry shows neither as a shape big
 * enough to see nor as a marker. Empty when the map is complete.
 */
export function findUndrawnStates(geometry: MapGeometry, iso3s: Iterable<string>): string[] {
	const area = new Map<string, number>();
	for (const s of geometry.shapes) if (s.iso3) area.set(s.iso3, (area.get(s.iso3) ?? 0) + s.area);
	const marked = new Set(geometry.markers.map((m) => m.iso3));
	return [...iso3s].filter(
		(iso3) => !marked.has(iso3) && (area.get(iso3) ?? 0) < MIN_VISIBLE_AREA_PX2
	);
}

function indexByM49(countries: readonly MapCountry[]): Map<string, MapCountry> {
	const byM49 = new Map<string, MapCountry>();
	const seen = new Set<string>();
	for (const country of countries) {
		const m49 = String(country.m49).padStart(3, '0');
		if (!/^\d{3}$/.test(m49)) {
			throw new RangeError(
				`Expected ${country.iso3}'s M49 code to be 1 to 3 digits, got '${country.m49}'.`
			);
		}
		const other = byM49.get(m49);
		if (other)
			throw new RangeError(`M49 code ${m49} is given to both ${other.iso3} and ${country.iso3}.`);
		if (seen.has(country.iso3)) throw new RangeError(`Country ${country.iso3} is listed twice.`);
		seen.add(country.iso3);
		byM49.set(m49, country);
	}
	return new Map([...byM49].sort(([a], [b]) => a.localeCompare(b)));
}

/** Where a State is: its largest feature's representative point, else its tiny-states point. */
function locate(m49: string, features: readonly CountryFeature[]): LonLat | undefined {
	const own = features.filter((f) => f.id === m49);
	if (own.length > 0) {
		const largest = own.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
		return representativePoint(largest.geometry);
	}
	const tiny = TINY_STATES.find((t) => t.m49 === m49);
	return tiny && [tiny.lon, tiny.lat];
}

function isInside([x, y]: [number, number], width: number, height: number): boolean {
	return x >= 0 && x <= width && y >= 0 && y <= height;
}

/** M49 codes where unique; a slug of the name where the code is missing or shared (Australia). */
function featureKeys(features: readonly CountryFeature[]): string[] {
	const count = new Map<string, number>();
	for (const f of features) if (f.id) count.set(f.id, (count.get(f.id) ?? 0) + 1);
	const slug = (name: string) =>
		name
			.normalize('NFD')
			.replace(/[^A-Za-z0-9]+/g, '-')
			.replace(/^-|-$/g, '')
			.toLowerCase();
	return features.map((f) =>
		f.id && count.get(f.id) === 1 ? f.id : `${f.id ?? 'ne'}-${slug(f.properties.name)}`
	);
}
