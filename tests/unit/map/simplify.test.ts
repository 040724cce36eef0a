import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3-geo';
import { SIMPLIFY_TOLERANCE_PX } from '$lib/map/geometry';
import { createProjection } from '$lib/map/projections';
import { MIN_POLYGON_AREA_PX2, drawnPolygons, simplifyArcs } from '$lib/map/simplify';
import { countryFeatures, countryTopology, decodeCountries } from '$lib/map/topology';

const { projection } = createProjection('world', 960, { type: 'Sphere' });
const path = geoPath(projection);
const simplifiedTopology = simplifyArcs(
	countryTopology(),
	(p) => projection(p),
	SIMPLIFY_TOLERANCE_PX
);

describe('shape simplification for a 960 px world map', () => {
	it('keeps both ends of every arc, where neighbouring borders meet', () => {
		const original = decodeCountries(countryTopology());
		const simplified = decodeCountries(simplifiedTopology);
		expect(simplified.length).toBe(original.length);
		expect(simplifiedTopology.arcs.length).toBe(countryTopology().arcs.length);
		expect(simplifiedTopology.arcs.every((arc) => arc.length >= 2)).toBe(true);
	});

	it('moves no outline further than the tolerance, apart from leaving out invisible islands', () => {
		// Every kept line lies within the tolerance of the outline it replaces, so the area can
		// change by at most outline length × tolerance, plus the islands left out for being tiny.
		const simplified = decodeCountries(simplifiedTopology);
		const off = countryFeatures().flatMap((feature, i) => {
			const full = path.area(feature);
			const drawn = path.area(
				drawnPolygons(feature.geometry, simplified[i].geometry, (p) => path.area(p))
			);
			const polygons =
				feature.geometry.type === 'Polygon'
					? [feature.geometry.coordinates]
					: feature.geometry.coordinates;
			const tinyIslands = polygons
				.map((coordinates) => path.area({ type: 'Polygon', coordinates }))
				.filter((area) => area < MIN_POLYGON_AREA_PX2)
				.reduce((sum, area) => sum + area, 0);
			const allowed = path.measure(feature) * SIMPLIFY_TOLERANCE_PX + tinyIslands;
			return Math.abs(drawn - full) > allowed
				? [
						`${feature.properties.name}: ${drawn.toFixed(1)} px² drawn, ${full.toFixed(1)} px² in full`
					]
				: [];
		});
		expect(off).toEqual([]);
	});

	it('refuses a tolerance that is not above zero', () => {
		expect(() => simplifyArcs(countryTopology(), (p) => projection(p), 0)).toThrow(
			/above 0 px, got 0/
		);
	});
});
