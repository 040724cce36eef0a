/**
 * How the map's colours look to people with colour-vision deficiency, so the palette can be tested
 * rather than trusted. Simulation uses the severity-1.0 matrices of Machado, Oliveira and Fernandes,
 * "A Physiologically-based Model for Simulation of Color Vision Deficiency", IEEE TVCG 15(6), 2009
 * (doi:10.1109/TVCG.2009.113), applied to linear-light sRGB as the authors intend. Their model is
 * built for red–green deficiencies; its tritanopia matrix is the coarser estimate, so the palette
 * keeps margins rather than sitting on the threshold.
 */
import {
	deltaE2000,
	hexToLinearRgb,
	linearRgbToHex,
	linearRgbToLab,
	type Rgb
} from './colour-difference';

export const DEFICIENCIES = ['protanopia', 'deuteranopia', 'tritanopia'] as const;
export type Deficiency = (typeof DEFICIENCIES)[number];
export type Vision = 'normal' | Deficiency;
export const VISIONS: readonly Vision[] = ['normal', ...DEFICIENCIES];

type Matrix = readonly [Rgb, Rgb, Rgb];

// Machado et al. 2009, table of simulation matrices, severity 1.0 (rows sum to 1: greys stay grey).
const MACHADO_2009: Record<Deficiency, Matrix> = {
	protanopia: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deuteranopia: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritanopia: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};

/** Linear RGB as seen with the given vision, clamped to the displayable range. */
export function simulateLinearRgb(rgb: Rgb, vision: Vision): Rgb {
	if (vision === 'normal') return rgb;
	const clamp = (v: number) => Math.min(1, Math.max(0, v));
	const [r0, r1, r2] = MACHADO_2009[vision];
	const row = (m: Rgb) => clamp(m[0] * rgb[0] + m[1] * rgb[1] + m[2] * rgb[2]);
	return [row(r0), row(r1), row(r2)];
}

/** '#rrggbb' as seen with the given vision (for previews and documentation). */
export function simulateHex(hex: string, vision: Vision): string {
	return linearRgbToHex(simulateLinearRgb(hexToLinearRgb(hex), vision));
}

/** CIEDE2000 difference between two sRGB colours as a person with the given vision sees them. */
export function perceivedDifference(hexA: string, hexB: string, vision: Vision): number {
	const lab = (hex: string) => linearRgbToLab(simulateLinearRgb(hexToLinearRgb(hex), vision));
	return deltaE2000(lab(hexA), lab(hexB));
}
