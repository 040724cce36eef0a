/**
 * Colour difference as people see it: sRGB hex → linear RGB → CIE XYZ (D65) → CIELAB, and the
 * CIEDE2000 difference between two Lab colours. Used to prove the status palette stays tellable
 * apart, with and without colour-vision deficiency (see colour-vision.ts).
 */

export type Rgb = readonly [number, number, number];
export type Lab = readonly [number, number, number];

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** Linear-light RGB in 0..1 from '#rrggbb', undoing the sRGB transfer curve (IEC 61966-2-1). */
export function hexToLinearRgb(hex: string): Rgb {
	if (!HEX_COLOUR.test(hex)) {
		throw new TypeError(`Expected a colour written as '#rrggbb', got '${hex}'.`);
	}
	const channel = (offset: number) => {
		const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	};
	return [channel(1), channel(3), channel(5)];
}

/** '#rrggbb' from linear-light RGB, clamping out-of-gamut values to the display's range. */
export function linearRgbToHex(rgb: Rgb): string {
	return (
		'#' +
		rgb
			.map((linear) => {
				const c = Math.min(1, Math.max(0, linear));
				const encoded = c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055;
				return Math.round(encoded * 255)
					.toString(16)
					.padStart(2, '0');
			})
			.join('')
	);
}

// sRGB primaries and the D65 white point, as in IEC 61966-2-1.
const WHITE_D65 = [0.95047, 1, 1.08883] as const;

export function linearRgbToLab([r, g, b]: Rgb): Lab {
	const xyz = [
		0.4124564 * r + 0.3575761 * g + 0.1804375 * b,
		0.2126729 * r + 0.7151522 * g + 0.072175 * b,
		0.0193339 * r + 0.119192 * g + 0.9503041 * b
	];
	const [fx, fy, fz] = xyz.map((v, i) => {
		const t = v / WHITE_D65[i];
		return t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116;
	});
	return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

const degrees = (radians: number) => (radians * 180) / Math.PI;
const radians = (deg: number) => (deg * Math.PI) / 180;

function hueAngle(b: number, a: number): number {
	if (a === 0 && b === 0) return 0;
	const h = degrees(Math.atan2(b, a));
	return h < 0 ? h + 360 : h;
}

/**
 * CIEDE2000 colour difference (kL = kC = kH = 1), following the implementation notes of Sharma,
 * Wu and Dalal, "The CIEDE2000 color-difference formula", Color Res. Appl. 30(1), 2005, whose
 * test pairs the unit tests check against.
 */
export function deltaE2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
	const meanC = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
	const g = 0.5 * (1 - Math.sqrt(meanC ** 7 / (meanC ** 7 + 25 ** 7)));
	const a1p = (1 + g) * a1;
	const a2p = (1 + g) * a2;
	const c1p = Math.hypot(a1p, b1);
	const c2p = Math.hypot(a2p, b2);
	const h1p = hueAngle(b1, a1p);
	const h2p = hueAngle(b2, a2p);

	const dLp = l2 - l1;
	const dCp = c2p - c1p;
	let dhp = 0;
	if (c1p * c2p !== 0) {
		dhp = h2p - h1p;
		if (dhp > 180) dhp -= 360;
		else if (dhp < -180) dhp += 360;
	}
	const dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin(radians(dhp / 2));

	const meanLp = (l1 + l2) / 2;
	const meanCp = (c1p + c2p) / 2;
	let meanHp = h1p + h2p;
	if (c1p * c2p !== 0) {
		if (Math.abs(h1p - h2p) <= 180) meanHp = (h1p + h2p) / 2;
		else if (h1p + h2p < 360) meanHp = (h1p + h2p + 360) / 2;
		else meanHp = (h1p + h2p - 360) / 2;
	}
	const t =
		1 -
		0.17 * Math.cos(radians(meanHp - 30)) +
		0.24 * Math.cos(radians(2 * meanHp)) +
		0.32 * Math.cos(radians(3 * meanHp + 6)) -
		0.2 * Math.cos(radians(4 * meanHp - 63));
	const dTheta = 30 * Math.exp(-(((meanHp - 275) / 25) ** 2));
	const rc = 2 * Math.sqrt(meanCp ** 7 / (meanCp ** 7 + 25 ** 7));
	const sl = 1 + (0.015 * (meanLp - 50) ** 2) / Math.sqrt(20 + (meanLp - 50) ** 2);
	const sc = 1 + 0.045 * meanCp;
	const sh = 1 + 0.015 * meanCp * t;
	const rt = -Math.sin(radians(2 * dTheta)) * rc;

	return Math.sqrt(
		(dLp / sl) ** 2 + (dCp / sc) ** 2 + (dHp / sh) ** 2 + rt * (dCp / sc) * (dHp / sh)
	);
}
