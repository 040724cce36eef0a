/**
 * Shapes generalised to one view and width. Natural Earth 1:50m drawn 960 px wide is about 1 MB
 * of path data, most of it points closer together than a pixel. We drop arc points that lie within
 * `tolerance` pixels of the line through the points kept around them (Douglas–Peucker, measured
 * after projection). Simplifying the shared arcs, not each country, keeps neighbours' borders
 * identical, so no slivers or gaps open between them; only a polygon that simplification broke
 * and drawnPolygons restores to full detail can sit up to `tolerance` off its neighbour.
 */
import { geoArea } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { transform } from 'topojson-client';
import type { Arc, Topology } from 'topojson-specification';

type Point = [number, number];
export type PlanarProjection = (lonLat: Point) => Point | null;

/**
 * A projected jump this many times the tolerance is a cut (the antimeridian or the edge of a
 * rotated view), not a line: both ends are kept and each side is simplified on its own.
 */
const CUT_FACTOR = 100;

export function simplifyArcs<T extends Topology>(
	topology: T,
	project: PlanarProjection,
	tolerance: number
): T {
	if (!(tolerance > 0)) {
		throw new RangeError(`Expected a simplification tolerance above 0 px, got ${tolerance}.`);
	}
	const decode = transform(topology.transform ?? null);
	const arcs: Arc[] = topology.arcs.map((arc) => {
		// The transformer undoes delta encoding; its second argument says "continue this arc".
		const lonLat = arc.map((position, i) => decode(position, i > 0) as Point);
		const keep = keptPoints(lonLat.map(project), tolerance);
		return lonLat.filter((_, i) => keep[i]);
	});
	const { transform: _quantized, ...rest } = topology;
	return { ...rest, arcs } as T;
}

/**
 * Islands drawn smaller than this are left out, unless one is its country's largest polygon: at
 * 960 px a 1:50m world holds thousands of them, each a path command or three, none visible.
 */
export const MIN_POLYGON_AREA_PX2 = 0.5;

/**
 * The polygons of one country to draw: the simplified ones, except that islands too small to see
 * are dropped, and a polygon that simplification broke is drawn at full detail. A ring left with
 * fewer than three corners, or turned inside out (d3-geo is spherical: a ring covering more than a
 * hemisphere means its winding flipped, and it would paint the whole globe), counts as broken.
 * `original` and `simplified` come from the same topology, so their polygons correspond one to one.
 */
export function drawnPolygons(
	original: Polygon | MultiPolygon,
	simplified: Polygon | MultiPolygon,
	projectedArea: (polygon: Polygon) => number
): MultiPolygon {
	const polygonsOf = (g: Polygon | MultiPolygon): Position[][][] =>
		g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	const full = polygonsOf(original).map((coordinates): Polygon => ({
		type: 'Polygon',
		coordinates
	}));
	const simple = polygonsOf(simplified);
	const areas = full.map(projectedArea);
	const largest = areas.indexOf(Math.max(...areas));
	const coordinates = full.flatMap((polygon, i) => {
		if (i !== largest && areas[i] < MIN_POLYGON_AREA_PX2) return [];
		const candidate: Polygon = { type: 'Polygon', coordinates: simple[i] };
		const broken = simple[i].some((ring) => ring.length < 4) || geoArea(candidate) > 2 * Math.PI;
		return [broken ? polygon.coordinates : candidate.coordinates];
	});
	return { type: 'MultiPolygon', coordinates };
}

/** Which points of one arc to keep. Always its ends, the ends of cuts and unprojectable points. */
function keptPoints(points: (Point | null)[], tolerance: number): boolean[] {
	const keep = points.map((p, i) => i === 0 || i === points.length - 1 || p === null);
	const cut = tolerance * CUT_FACTOR;
	let start = 0;
	for (let i = 1; i < points.length; i++) {
		const a = points[i - 1];
		const b = points[i];
		const isCut = !a || !b || Math.hypot(b[0] - a[0], b[1] - a[1]) > cut;
		if (isCut) {
			keep[i - 1] = keep[i] = true;
			if (i - 1 > start) simplifyRun(points as Point[], start, i - 1, tolerance, keep);
			start = i;
		}
	}
	if (points.length - 1 > start)
		simplifyRun(points as Point[], start, points.length - 1, tolerance, keep);
	return keep;
}

/**
 * Douglas–Peucker between first and last, iteratively. A closed ring (first = last) is first split
 * at its point farthest from the start, so an island keeps at least a triangle rather than
 * collapsing to a line that would still be drawn.
 */
function simplifyRun(
	points: Point[],
	first: number,
	last: number,
	tolerance: number,
	keep: boolean[]
) {
	const stack: [number, number][] = [];
	const [x0, y0] = points[first];
	const [x1, y1] = points[last];
	if (x0 === x1 && y0 === y1 && last - first > 1) {
		let far = first + 1;
		let farDistance = -1;
		for (let i = first + 1; i < last; i++) {
			const d = Math.hypot(points[i][0] - x0, points[i][1] - y0);
			if (d > farDistance) [far, farDistance] = [i, d];
		}
		keep[far] = true;
		stack.push([first, far], [far, last]);
	} else {
		stack.push([first, last]);
	}
	while (stack.length > 0) {
		const [from, to] = stack.pop()!;
		let farthest = -1;
		let farthestDistance = tolerance;
		for (let i = from + 1; i < to; i++) {
			const d = distanceToSegment(points[i], points[from], points[to]);
			if (d > farthestDistance) [farthest, farthestDistance] = [i, d];
		}
		if (farthest >= 0) {
			keep[farthest] = true;
			stack.push([from, farthest], [farthest, to]);
		}
	}
}

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
	const dx = bx - ax;
	const dy = by - ay;
	const lengthSquared = dx * dx + dy * dy;
	const t =
		lengthSquared === 0
			? 0
			: Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
	return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
