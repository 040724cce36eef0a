import { describe, expect, it } from 'vitest';
import { spreadMarkers } from '$lib/map/markers';

const RADIUS = 4;

function overlaps(points: { x: number; y: number }[]): number {
	let count = 0;
	for (let i = 0; i < points.length; i++)
		for (let j = i + 1; j < points.length; j++)
			if (Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y) < 2 * RADIUS) count++;
	return count;
}

describe('small-State markers', () => {
	it('moves crowded markers apart until none overlap, even when they start on one point', () => {
		const crowd = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({ x: 100 + (i % 2), y: 100 }));
		expect(overlaps(spreadMarkers(crowd, RADIUS, 400, 200))).toBe(0);
	});

	it('leaves markers that do not touch where they are', () => {
		const apart = [
			{ x: 50, y: 50 },
			{ x: 80, y: 50 }
		];
		expect(spreadMarkers(apart, RADIUS, 400, 200)).toEqual(apart);
	});

	it('keeps markers wholly inside the drawing', () => {
		const [corner] = spreadMarkers([{ x: -10, y: 205 }], RADIUS, 400, 200);
		expect(corner.x - RADIUS).toBeGreaterThanOrEqual(0);
		expect(corner.y + RADIUS).toBeLessThanOrEqual(200);
	});

	it('places the same markers the same way every time', () => {
		const crowd = [0, 1, 2, 3].map(() => ({ x: 10, y: 10 }));
		expect(spreadMarkers(crowd, RADIUS, 400, 200)).toEqual(spreadMarkers(crowd, RADIUS, 400, 200));
	});
});
