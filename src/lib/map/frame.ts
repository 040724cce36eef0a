/**
 * What a view is framed on. A regional view fits its States' home territory, so that a State's
 * far-flung parts do not shrink the region to a corner of the drawing.
 */
import { geoCentroid, geoDistance, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { representativePoint } from './representative-point';
import { TINY_STATES } from './tiny-states.generated';
import type { CountryFeature } from './topology';

/**
 * The shapes to fit a view's projection to: every country for the world (`focus` null), else the
 * focus States, given by M49 code, at home, plus points for those only tiny-states supplies.
 */
export function fitTarget(
	focus: ReadonlySet<string> | null,
	features: readonly CountryFeature[]
): GeoPermissibleObjects {
	if (!focus) return { type: 'FeatureCollection', features: [...features] };
	const shapes: Feature[] = features
		.filter((f) => f.id && focus.has(f.id))
		.map((f) => ({ type: 'Feature', properties: {}, geometry: homeTerritory(f.geometry) }));
	const points: Feature<Point>[] = TINY_STATES.filter((t) => focus.has(t.m49)).map((t) => ({
		type: 'Feature',
		properties: {},
		geometry: { type: 'Point', coordinates: [t.lon, t.lat] }
	}));
	return { type: 'FeatureCollection', features: [...shapes, ...points] };
}

/**
 * Parts of a State this far from its largest polygon do not steer a view's frame (they are still
 * drawn when inside it): without this, France's overseas departments would stretch the Europe view
 * to South America and the Indian Ocean. 5,000 km keeps Alaska, Chukotka, Easter Island and the
 * whole of Kiribati in their regions' frames, and leaves out Hawaii and the Caribbean Netherlands.
 */
const OVERSEAS_KM = 5000;
const EARTH_RADIUS_KM = 6371;

function homeTerritory(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
	if (geometry.type === 'Polygon') return geometry;
	const main = representativePoint(geometry);
	const near = geometry.coordinates.filter(
		(coordinates) =>
			geoDistance(main, geoCentroid({ type: 'Polygon', coordinates })) * EARTH_RADIUS_KM <=
			OVERSEAS_KM
	);
	return { type: 'MultiPolygon', coordinates: near };
}
