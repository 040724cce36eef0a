import { describe, expect, it } from 'vitest';
import { buildMapGeometry, findUndrawnStates, type MapGeometry } from '$lib/map/geometry';
import { MARKER_RADIUS_PX, MIN_VISIBLE_AREA_PX2 } from '$lib/map/markers';
import { MAP_VIEWS } from '$lib/map/projections';
import { countryFeatures } from '$lib/map/topology';
import { ILO_MEMBERS, MEMBER_COUNTRIES, SEED_COUNTRIES } from './seed-countries';

const world = buildMapGeometry('world', 960, MEMBER_COUNTRIES);

/** Every x, y pair in an SVG path written by d3 (M, L and Z commands only). */
function pathPoints(d: string): [number, number][] {
	const numbers = d.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g)?.map(Number) ?? [];
	return numbers.flatMap((n, i) => (i % 2 === 0 ? [[n, numbers[i + 1]] as [number, number]] : []));
}

/** Points lying outside the viewBox, described for the failure message. */
function pointsOutside(geometry: MapGeometry): string[] {
	const [minX, minY, width, height] = geometry.viewBox.split(' ').map(Number);
	const inside = ([x, y]: [number, number]) =>
		Number.isFinite(x) &&
		Number.isFinite(y) &&
		x >= minX &&
		x <= minX + width &&
		y >= minY &&
		y <= minY + height;
	const paths = [
		...geometry.shapes.map((s) => [s.featureId, s.d] as const),
		['outline', geometry.outline] as const,
		['graticule', geometry.graticule] as const
	];
	const outside = paths.flatMap(([name, d]) =>
		pathPoints(d)
			.filter((p) => !inside(p))
			.map((p) => `${name} at ${p.join(',')}`)
	);
	for (const m of geometry.markers) {
		const corners: [number, number][] = [
			[m.x - m.r, m.y - m.r],
			[m.x + m.r, m.y + m.r]
		];
		if (!corners.every(inside)) outside.push(`marker ${m.iso3} at ${m.x},${m.y}`);
	}
	return outside;
}

describe('world map at 960 px', () => {
	it('shows every ILO member State as a shape or a small-State marker', () => {
		expect(findUndrawnStates(world, ILO_MEMBERS)).toEqual([]);
	});

	it('still shows every ILO member when drawn for every country in the migrant-stock seed', () => {
		expect(findUndrawnStates(buildMapGeometry('world', 960, SEED_COUNTRIES), ILO_MEMBERS)).toEqual(
			[]
		);
	});

	it('gives a marker to Tuvalu, which has no shape at this scale', () => {
		expect(world.shapes.some((s) => s.iso3 === 'TUV')).toBe(false);
		expect(world.markers.map((m) => m.iso3)).toContain('TUV');
	});

	it('gives a marker to every State drawn smaller than the visible minimum, and to no other', () => {
		const area = new Map<string, number>();
		for (const s of world.shapes) if (s.iso3) area.set(s.iso3, (area.get(s.iso3) ?? 0) + s.area);
		for (const m of world.markers) expect(area.get(m.iso3) ?? 0).toBeLessThan(MIN_VISIBLE_AREA_PX2);
	});

	it('keeps small-State markers from overlapping one another', () => {
		const overlapping = world.markers.flatMap((a, i) =>
			world.markers
				.slice(i + 1)
				.filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r - 0.2)
				.map((b) => `${a.iso3}/${b.iso3}`)
		);
		expect(overlapping).toEqual([]);
		expect(world.markers.every((m) => m.r === MARKER_RADIUS_PX)).toBe(true);
	});

	it('draws areas that no listed country claims, such as Somaliland, as no data', () => {
		const uncoded = countryFeatures().filter((f) => !f.id);
		expect(uncoded.map((f) => f.properties.name)).toContain('Somaliland');
		for (const feature of uncoded) {
			const shape = world.shapes.find((s) => s.name === feature.properties.name);
			expect(shape?.iso3, feature.properties.name).toBeNull();
		}
	});

	it('draws a country left out of the countries list as no data', () => {
		const withoutFrance = MEMBER_COUNTRIES.filter((c) => c.iso3 !== 'FRA');
		const france = MEMBER_COUNTRIES.find((c) => c.iso3 === 'FRA')!;
		const shape = buildMapGeometry('world', 960, withoutFrance).shapes.find(
			(s) => s.featureId === String(france.m49).padStart(3, '0')
		);
		expect(shape?.iso3).toBeNull();
	});

	it('names shapes as the countries list does', () => {
		const brazil = MEMBER_COUNTRIES.find((c) => c.iso3 === 'BRA')!;
		expect(world.shapes.find((s) => s.iso3 === 'BRA')?.name).toBe(brazil.name);
	});

	it('gives every shape its own id', () => {
		expect(new Set(world.shapes.map((s) => s.featureId)).size).toBe(world.shapes.length);
	});
});

describe.each(MAP_VIEWS.map((v) => [v.id, v] as const))('the %s view', (id, view) => {
	const geometry = buildMapGeometry(id, 960, MEMBER_COUNTRIES);

	it('draws every path and marker inside its viewBox, with finite coordinates', () => {
		expect(geometry.shapes.length).toBeGreaterThan(0);
		expect(pointsOutside(geometry)).toEqual([]);
	});

	it('is as tall as its aspect says', () => {
		expect(geometry.height).toBe(Math.round(960 * view.aspect));
		expect(geometry.viewBox).toBe(`0 0 960 ${geometry.height}`);
	});
});

const REGIONAL_VIEWS = MAP_VIEWS.flatMap((v) => (v.focus ? [[v.id, v.focus] as const] : []));

describe.each(REGIONAL_VIEWS)('the %s view', (id, focus) => {
	it('shows all of the States it is framed on, as shapes or markers', () => {
		expect(findUndrawnStates(buildMapGeometry(id, 960, MEMBER_COUNTRIES), focus)).toEqual([]);
	});
});

describe('map geometry cache and input checks', () => {
	it('serves the same frozen result for the same view, width and countries', () => {
		const again = buildMapGeometry('world', 960, [...MEMBER_COUNTRIES]);
		expect(again).toBe(world);
		expect(Object.isFrozen(world.shapes)).toBe(true);
	});

	it('refuses a width that is not a whole number of pixels in range', () => {
		expect(() => buildMapGeometry('world', 0, MEMBER_COUNTRIES)).toThrow(
			/whole number of pixels.*got 0/
		);
		expect(() => buildMapGeometry('world', 960.5, MEMBER_COUNTRIES)).toThrow(/got 960.5/);
	});

	it('refuses two countries sharing one M49 code', () => {
		const [first] = MEMBER_COUNTRIES;
		const clash = [...MEMBER_COUNTRIES, { iso3: 'XXX', m49: first.m49, name: 'Duplicate' }];
		expect(() => buildMapGeometry('world', 960, clash)).toThrow(/given to both/);
	});
});
