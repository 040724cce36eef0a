import { describe, expect, it } from 'vitest';
import {
	deltaE2000,
	hexToLinearRgb,
	linearRgbToHex,
	linearRgbToLab
} from '$lib/map/colour-difference';
import { DEFICIENCIES, perceivedDifference, simulateHex } from '$lib/map/colour-vision';

// Sharma, Wu and Dalal (2005), Table 1: [L1, a1, b1, L2, a2, b2, ΔE00], a selection covering the
// blue region, the hue-angle wrap-around and large differences.
const SHARMA_2005: [number, number, number, number, number, number, number][] = [
	[50, 2.6772, -79.7751, 50, 0, -82.7485, 2.0425],
	[50, 3.1571, -77.2803, 50, 0, -82.7485, 2.8615],
	[50, 2.8361, -74.02, 50, 0, -82.7485, 3.4412],
	[50, -1.3802, -84.2814, 50, 0, -82.7485, 1.0],
	[50, 0, 0, 50, -1, 2, 2.3669],
	[50, 2.49, -0.001, 50, -2.49, 0.0009, 7.1792],
	[50, 2.49, -0.001, 50, -2.49, 0.0011, 7.2195],
	[50, -0.001, 2.49, 50, 0.0009, -2.49, 4.8045],
	[50, 2.5, 0, 73, 25, -18, 27.1492],
	[50, 2.5, 0, 61, -5, 29, 22.8977],
	[50, 2.5, 0, 56, -27, -3, 31.903],
	[50, 2.5, 0, 58, 24, 15, 19.4535],
	[60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644],
	[22.7233, 20.0904, -46.694, 23.0331, 14.973, -42.5619, 2.0373]
];

describe('CIEDE2000 colour difference', () => {
	it.each(SHARMA_2005)(
		'matches the published difference between Lab(%d, %d, %d) and Lab(%d, %d, %d)',
		(l1, a1, b1, l2, a2, b2, expected) => {
			expect(deltaE2000([l1, a1, b1], [l2, a2, b2])).toBeCloseTo(expected, 4);
			expect(deltaE2000([l2, a2, b2], [l1, a1, b1])).toBeCloseTo(expected, 4);
		}
	);

	it('puts white 100 units of lightness from black', () => {
		const white = linearRgbToLab(hexToLinearRgb('#ffffff'));
		const black = linearRgbToLab(hexToLinearRgb('#000000'));
		expect(white[0]).toBeCloseTo(100, 2);
		expect(deltaE2000(white, black)).toBeCloseTo(100, 1);
	});
});

describe('sRGB conversion', () => {
	it('turns a colour into linear light and back unchanged', () => {
		for (const hex of ['#115bca', '#f3d5a0', '#000000', '#ffffff', '#7f7f7f']) {
			expect(linearRgbToHex(hexToLinearRgb(hex))).toBe(hex);
		}
	});

	it('refuses a colour not written as #rrggbb, saying what it got', () => {
		expect(() => hexToLinearRgb('red')).toThrow(/'#rrggbb', got 'red'/);
	});
});

describe('colour-vision deficiency simulation', () => {
	it.each(DEFICIENCIES)('leaves greys grey for %s', (deficiency) => {
		for (const grey of ['#000000', '#5e5e5e', '#a6a6a6', '#ffffff']) {
			expect(simulateHex(grey, deficiency)).toBe(grey);
		}
	});

	it('makes red and green hard to tell apart with protanopia and deuteranopia only', () => {
		const [red, green] = ['#cc3311', '#44aa33'];
		const normal = perceivedDifference(red, green, 'normal');
		expect(perceivedDifference(red, green, 'protanopia')).toBeLessThan(normal / 2);
		expect(perceivedDifference(red, green, 'deuteranopia')).toBeLessThan(normal / 2);
		expect(perceivedDifference(red, green, 'tritanopia')).toBeGreaterThan(normal / 2);
	});

	it('makes blue and green hard to tell apart with tritanopia', () => {
		const [blue, green] = ['#0072b2', '#009e73'];
		expect(perceivedDifference(blue, green, 'tritanopia')).toBeLessThan(
			perceivedDifference(blue, green, 'normal') / 2
		);
	});
});
