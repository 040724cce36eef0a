import { describe, expect, it } from 'vitest';
import { compactPath } from '$lib/map/compact-path';
import { buildMapGeometry } from '$lib/map/geometry';
import { MEMBER_COUNTRIES } from './seed-countries';

/** Absolute points of each subpath, read back from path data with M/L/Z in either case. */
function points(d: string): string[] {
	const tokens = d.match(/[MLZmlz]|-?(?:\d+\.?\d*|\.\d+)/g) ?? [];
	const out: string[] = [];
	let [x, y, sx, sy] = [0, 0, 0, 0];
	let command = '';
	let pending: number[] = [];
	let firstOfCommand = true;
	const take = () => {
		if (pending.length < 2) return;
		const [a, b] = pending.splice(0, 2).map((n) => Math.round(n * 10));
		const relative = command === 'm' || command === 'l';
		[x, y] = relative ? [x + a, y + b] : [a, b];
		if ((command === 'M' || command === 'm') && firstOfCommand) {
			[sx, sy] = [x, y];
			out.push('|');
		}
		firstOfCommand = false;
		out.push(`${x},${y}`);
	};
	for (const token of tokens) {
		if (/[MLZmlz]/.test(token)) {
			command = token;
			firstOfCommand = true;
			if (token === 'Z' || token === 'z') [x, y] = [sx, sy];
			continue;
		}
		pending.push(Number(token));
		take();
	}
	return out;
}

describe('compactPath', () => {
	it('keeps every point of every shape of the world map exactly, in less space', () => {
		const world = buildMapGeometry('world', 800, MEMBER_COUNTRIES);
		const all = [...world.shapes.map((s) => s.d), world.outline, world.graticule];
		let before = 0;
		let after = 0;
		for (const d of all) {
			const compact = compactPath(d);
			expect(points(compact)).toEqual(points(d));
			before += d.length;
			after += compact.length;
		}
		expect(after).toBeLessThan(before * 0.75);
	});

	it('writes a triangle as one absolute move and relative steps without needless separators', () => {
		expect(compactPath('M10,10L10.5,10L10.5,9.4Z')).toBe('M10 10l.5 0 0-.6z');
	});

	it('refuses commands d3 does not write for polygons', () => {
		expect(() => compactPath('M0,0C1,1,2,2,3,3')).toThrow(/M, L and Z/);
	});
});
