import { describe, expect, it } from 'vitest';
import { ILO_REGIONS } from '$lib/map/ilo-regions';
import { MAP_VIEWS, createProjection, isMapViewId } from '$lib/map/projections';

const SPHERE = { type: 'Sphere' } as const;

describe('map views and projections', () => {
	it('returns a new projection on every call, so refitting one leaves the other alone', () => {
		const first = createProjection('world', 960, SPHERE).projection;
		const second = createProjection('world', 960, SPHERE).projection;
		expect(first).not.toBe(second);
		const scale = second.scale();
		first.scale(1).translate([0, 0]);
		expect(second.scale()).toBe(scale);
	});

	it('offers a world view and a view for each ILO region', () => {
		const ids = MAP_VIEWS.map((v) => v.id);
		for (const id of ['world', ...ILO_REGIONS]) expect(ids).toContain(id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('sizes the drawing from the width and the view aspect', () => {
		for (const view of MAP_VIEWS) {
			const { width, height } = createProjection(view.id, 640, SPHERE);
			expect([width, height]).toEqual([640, Math.round(640 * view.aspect)]);
		}
	});

	it('refuses an unknown view and names the known ones', () => {
		expect(isMapViewId('oceania')).toBe(false);
		expect(() => createProjection('oceania', 960, SPHERE)).toThrow(/'oceania'.*world, africa/);
	});
});
