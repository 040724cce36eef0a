/**
 * The small round mark at the start of every status badge: a glyph per status on the status's map
 * colour, so that a status is never told by colour alone (WCAG 1.4.1). Glyphs differ in shape, not
 * only in fill, and exist in the common system fonts (DejaVu, Segoe UI Symbol, Apple Symbols).
 * Colours come from the map palette only; this file never defines a colour of its own.
 */
import type { Status } from '$lib/domain/statuses';
import { hexToLinearRgb } from '$lib/map/colour-difference';
import { STATUS_FILLS } from '$lib/map/palette';

export const STATUS_GLYPHS: Record<Status, string> = {
	in_force: '✓',
	ratified_not_in_force: '◐',
	signed: '✎',
	denounced: '✕',
	not_ratified: '−',
	unknown: '?'
};

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
	const [r, g, b] = hexToLinearRgb(hex);
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white, whichever contrasts more with the fill (WCAG 2 contrast ratio). */
function inkOn(fill: string): '#000' | '#fff' {
	const l = luminance(fill);
	return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000' : '#fff';
}

export const STATUS_MARKS: Record<Status, { glyph: string; fill: string; ink: string }> =
	Object.fromEntries(
		(Object.keys(STATUS_GLYPHS) as Status[]).map((s) => [
			s,
			{ glyph: STATUS_GLYPHS[s], fill: STATUS_FILLS[s], ink: inkOn(STATUS_FILLS[s]) }
		])
	) as Record<Status, { glyph: string; fill: string; ink: string }>;
