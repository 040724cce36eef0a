/**
 * Where to put a small state's marker: the spherical centroid of its largest polygon. The largest
 * polygon keeps the point on the main island (Mahé rather than the middle of the Seychelles' sea);
 * for atolls the centroid may fall in a lagoon, which is fine for a marker.
 */
import { geoArea, geoCentroid } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';

export type LonLat = [longitude: number, latitude: number];

export function representativePoint(geometry: Polygon | MultiPolygon): LonLat {
	if (geometry.type === 'Polygon') return geoCentroid(geometry) as LonLat;
	let largest: Polygon | undefined;
	let largestArea = -1;
	for (const coordinates of geometry.coordinates) {
		const polygon: Polygon = { type: 'Polygon', coordinates };
		const area = geoArea(polygon);
		if (area > largestArea) {
			largest = polygon;
			largestArea = area;
		}
	}
	if (!largest)
		throw new RangeError('Expected a MultiPolygon with at least one polygon, got none.');
	return geoCentroid(largest) as LonLat;
}
