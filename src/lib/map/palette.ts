/**
 * A colour for each ratification status, and a texture for three of them, so that no status is
 * told by colour alone (WCAG 2.2, 1.4.1 Use of Color). Hues follow Okabe and Ito's colour-blind
 * safe set ("Color Universal Design", 2008): blue for ratified, green for signed, vermillion for
 * denounced; lightness was then tuned until every pair stays at least MIN_STATUS_DIFFERENCE apart
 * in CIEDE2000 for normal vision and simulated protanopia, deuteranopia and tritanopia, both as
 * solid fills and as the average colour of a patterned fill seen from afar (palette.test.ts).
 *
 * 'unknown' is a neutral grey with a hatch and 'not ratified' a warm sand: "we hold no sourced
 * record" must never read as "known not to have ratified". Areas with no status at all (not a
 * State we track) are a lighter grey without texture.
 */
import type { Status } from '$lib/domain/statuses';

/**
 * Smallest CIEDE2000 difference between any two status colours, under every simulated vision.
 * About 1 is just noticeable for large patches side by side; map areas are small and apart, where
 * the difference needed grows several-fold (Stone, Szafir and Setlur, "An Engineering Model for
 * Color Difference as a Function of Size", Color and Imaging Conference 2014), so 10 is required.
 */
export const MIN_STATUS_DIFFERENCE = 10;

export const STATUS_FILLS: Record<Status, string> = {
	in_force: '#115bca',
	ratified_not_in_force: '#62c8f0',
	signed: '#029f63',
	denounced: '#e34004',
	not_ratified: '#f3d5a0',
	unknown: '#a6a6a6'
};

/** Fill for areas without a status: territories we do not track, disputed areas. */
export const NO_DATA_FILL = '#e4e4e4';

interface PatternBase {
	/** Id of the SVG <pattern>, unique on the page. */
	id: string;
	/** Colour of the lines or dots, drawn over `background`. */
	color: string;
	/** The status's fill, painted under the texture. */
	background: string;
	/** Size of the pattern tile in px. */
	spacing: number;
}
export interface HatchPattern extends PatternBase {
	kind: 'hatch';
	/** Degrees, anticlockwise from horizontal. */
	angle: number;
	strokeWidth: number;
}
export interface DotsPattern extends PatternBase {
	kind: 'dots';
	/** One dot per tile, centred. */
	radius: number;
}
export type StatusPattern = HatchPattern | DotsPattern;

/** Statuses told by a flat colour; every other status also carries a texture. */
export const SOLID_STATUSES: readonly Status[] = ['in_force', 'denounced', 'not_ratified'];

// Lines and dots cover a fifth to a quarter of the tile: enough to see at 6 px, little enough that
// the average colour stays close to the fill. Ink is a darker tone of the fill, or for 'ratified,
// not yet in force' the in-force blue: "on its way to being in force".
export const STATUS_PATTERNS: Partial<Record<Status, StatusPattern>> = {
	ratified_not_in_force: {
		id: 'status-ratified-not-in-force',
		kind: 'hatch',
		color: STATUS_FILLS.in_force,
		background: STATUS_FILLS.ratified_not_in_force,
		spacing: 6,
		angle: 45,
		strokeWidth: 1.5
	},
	signed: {
		id: 'status-signed',
		kind: 'dots',
		color: '#064d33',
		background: STATUS_FILLS.signed,
		spacing: 6,
		radius: 1.5
	},
	unknown: {
		id: 'status-unknown',
		kind: 'hatch',
		color: '#5e5e5e',
		background: STATUS_FILLS.unknown,
		spacing: 6,
		angle: -45,
		strokeWidth: 1.5
	}
};

/**
 * In force, but limited in scope by its source (a territory only, annexes excluded): the in-force
 * blue with light dots, so it reads as in force from afar and as different up close; the limit is
 * always said in words beside it.
 */
export const LIMITED_PATTERN: DotsPattern = {
	id: 'status-in-force-limited',
	kind: 'dots',
	color: '#bcd6ff',
	background: STATUS_FILLS.in_force,
	spacing: 6,
	radius: 1.4
};

/** Share of a pattern tile covered by its ink. */
export function patternCoverage(pattern: StatusPattern): number {
	return pattern.kind === 'hatch'
		? pattern.strokeWidth / pattern.spacing
		: (Math.PI * pattern.radius ** 2) / pattern.spacing ** 2;
}

/** The SVG `fill` for an area: a pattern reference for textured statuses, else a colour. */
export function statusFill(status: Status | null | undefined): string {
	if (!status) return NO_DATA_FILL;
	const pattern = STATUS_PATTERNS[status];
	return pattern ? `url(#${pattern.id})` : STATUS_FILLS[status];
}
