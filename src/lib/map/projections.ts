/**
 * The map's views and a projection factory. Every view uses Equal Earth (Šavrič, Patterson and
 * Jenny, 2018), an equal-area projection, so a large State does not look more important than it is.
 * The factory returns a new projection on every call: projections are mutable, and one shared
 * between requests would let one render re-fit another's.
 */
import { geoEqualEarth, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';
import { ILO_REGION_LABELS, ILO_REGION_MEMBERS } from './ilo-regions';

export interface MapView {
	id: string;
	label: string;
	/** Height over width of the drawing. */
	aspect: number;
	/** Longitude and latitude put at the centre before projecting (d3 rotate takes their negation). */
	centre: readonly [number, number];
	/** The States the view is framed on; null frames the whole world. */
	focus: readonly string[] | null;
	/** Degrees between graticule lines: sparse on the world map, where 10° would be clutter. */
	graticuleStep: number;
}

/** The corridor view: Gulf destinations and the South Asian origins of most of their workers. */
// prettier-ignore
const GULF_SOUTH_ASIA = [
	'ARE', 'BHR', 'KWT', 'OMN', 'QAT', 'SAU', // destinations: the six GCC States
	'BGD', 'IND', 'LKA', 'MDV', 'NPL', 'PAK' // the South Asian States of origin
];

// Centres put each region's States on one side of the cut at the view's antimeridian: the world
// view centred at 11° E keeps Chukotka with Russia and Fiji whole; Asia and the Pacific at 130° E
// keeps Kiribati, Tuvalu, Samoa, Tonga and the Cook Islands together with the rest of the region.
// Europe and Central Asia spans 215° of longitude in the far north; tilting its centre to 20° N
// fills the space above it with the Arctic instead of the empty band beyond Equal Earth's flat
// pole line, at a shear the eye still reads. Aspects are chosen for page layout: where a region is
// taller or wider than its drawing, the fit leaves neighbouring countries visible as context.
export const MAP_VIEWS = [
	{ id: 'world', label: 'World', aspect: 0.47, centre: [11, 0], focus: null, graticuleStep: 30 },
	{
		id: 'africa',
		label: ILO_REGION_LABELS.africa,
		aspect: 0.9,
		centre: [17, 0],
		focus: ILO_REGION_MEMBERS.africa,
		graticuleStep: 10
	},
	{
		id: 'americas',
		label: ILO_REGION_LABELS.americas,
		aspect: 0.9,
		centre: [-90, 0],
		focus: ILO_REGION_MEMBERS.americas,
		graticuleStep: 10
	},
	{
		id: 'arab-states',
		label: ILO_REGION_LABELS['arab-states'],
		aspect: 0.8,
		centre: [45, 0],
		focus: ILO_REGION_MEMBERS['arab-states'],
		graticuleStep: 10
	},
	{
		id: 'asia-pacific',
		label: ILO_REGION_LABELS['asia-pacific'],
		aspect: 0.7,
		centre: [130, 0],
		focus: ILO_REGION_MEMBERS['asia-pacific'],
		graticuleStep: 10
	},
	{
		id: 'europe-central-asia',
		label: ILO_REGION_LABELS['europe-central-asia'],
		aspect: 0.45,
		centre: [60, 20],
		focus: ILO_REGION_MEMBERS['europe-central-asia'],
		graticuleStep: 10
	},
	{
		id: 'gulf-south-asia',
		label: 'Gulf and South Asia',
		aspect: 0.65,
		centre: [66, 0],
		focus: GULF_SOUTH_ASIA,
		graticuleStep: 10
	}
] as const satisfies readonly MapView[];

export type MapViewId = (typeof MAP_VIEWS)[number]['id'];

export function isMapViewId(value: string): value is MapViewId {
	return MAP_VIEWS.some((view) => view.id === value);
}

export function mapView(id: string): MapView {
	const view = MAP_VIEWS.find((v) => v.id === id);
	if (!view) {
		const known = MAP_VIEWS.map((v) => v.id).join(', ');
		throw new RangeError(`Unknown map view '${id}'; expected one of ${known}.`);
	}
	return view;
}

/** Widths outside this range are refused: too narrow to read, or a way to exhaust the cache. */
export const MIN_MAP_WIDTH = 160;
export const MAX_MAP_WIDTH = 4096;

export function assertMapWidth(width: number): void {
	if (!Number.isInteger(width) || width < MIN_MAP_WIDTH || width > MAX_MAP_WIDTH) {
		throw new RangeError(
			`Expected a map width that is a whole number of pixels from ${MIN_MAP_WIDTH} to ${MAX_MAP_WIDTH}, got ${width}.`
		);
	}
}

export interface ViewProjection {
	projection: GeoProjection;
	width: number;
	height: number;
}

/**
 * A fresh projection for `view` at `width` px, fitted so `fitTo` (the view's focus shapes) fills
 * the drawing less a small margin for borders and markers, and clipped to the drawing so nothing
 * spills outside the viewBox.
 */
export function createProjection(
	viewId: string,
	width: number,
	fitTo: GeoPermissibleObjects
): ViewProjection {
	const view = mapView(viewId);
	assertMapWidth(width);
	const height = Math.round(width * view.aspect);
	const margin = Math.max(4, Math.round(width / 100));
	const projection = geoEqualEarth()
		.rotate([-view.centre[0], -view.centre[1]])
		.fitExtent(
			[
				[margin, margin],
				[width - margin, height - margin]
			],
			fitTo
		)
		.clipExtent([
			[0, 0],
			[width, height]
		]);
	return { projection, width, height };
}
