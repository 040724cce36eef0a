import { describe, expect, it } from 'vitest';
import { STATUSES, STATUS_LABELS, type Status } from '$lib/domain/statuses';
import { hexToLinearRgb, linearRgbToHex } from '$lib/map/colour-difference';
import { VISIONS, perceivedDifference, type Vision } from '$lib/map/colour-vision';
import { buildLegend } from '$lib/map/legend';
import {
	MIN_STATUS_DIFFERENCE,
	NO_DATA_FILL,
	SOLID_STATUSES,
	STATUS_FILLS,
	STATUS_PATTERNS,
	patternCoverage,
	statusFill
} from '$lib/map/palette';

/** The colour a patterned area averages to when its texture is too fine to see (linear light). */
function seenFromAfar(status: Status): string {
	const pattern = STATUS_PATTERNS[status];
	if (!pattern) return STATUS_FILLS[status];
	const share = patternCoverage(pattern);
	const fill = hexToLinearRgb(pattern.background);
	const ink = hexToLinearRgb(pattern.color);
	return linearRgbToHex([0, 1, 2].map((i) => fill[i] * (1 - share) + ink[i] * share) as never);
}

/** Every pair of the given colours closer than the minimum, written so a failure names them. */
function pairsTooClose(colours: Record<string, string>, vision: Vision): string[] {
	const names = Object.keys(colours);
	return names.flatMap((a, i) =>
		names.slice(i + 1).flatMap((b) => {
			const difference = perceivedDifference(colours[a], colours[b], vision);
			return difference < MIN_STATUS_DIFFERENCE ? [`${a}/${b}: ΔE00 ${difference.toFixed(1)}`] : [];
		})
	);
}

const withNoData = (colours: Record<Status, string>) => ({ ...colours, no_data: NO_DATA_FILL });

describe('status palette', () => {
	it.each(STATUSES)(
		'gives %s a colour, a label and a texture unless it is a solid status',
		(status) => {
			expect(STATUS_FILLS[status]).toMatch(/^#[0-9a-f]{6}$/);
			expect(STATUS_LABELS[status]).toBeTruthy();
			expect(Boolean(STATUS_PATTERNS[status])).toBe(!SOLID_STATUSES.includes(status));
		}
	);

	it.each(VISIONS)('keeps every two status colours clearly apart for %s vision', (vision) => {
		expect(pairsTooClose(withNoData(STATUS_FILLS), vision)).toEqual([]);
	});

	it.each(VISIONS)(
		'keeps textured statuses apart for %s vision even where the texture is too fine to see',
		(vision) => {
			const afar = Object.fromEntries(STATUSES.map((s) => [s, seenFromAfar(s)]));
			expect(pairsTooClose(withNoData(afar as Record<Status, string>), vision)).toEqual([]);
		}
	);

	it('never lets unknown look like not ratified: another colour and a texture of its own', () => {
		expect(STATUS_FILLS.unknown).not.toBe(STATUS_FILLS.not_ratified);
		expect(STATUS_PATTERNS.unknown).toBeDefined();
		expect(STATUS_PATTERNS.not_ratified).toBeUndefined();
	});

	it('paints each texture over its own status colour, under its own pattern id', () => {
		const patterns = Object.entries(STATUS_PATTERNS);
		for (const [status, pattern] of patterns) {
			expect(pattern.background).toBe(STATUS_FILLS[status as Status]);
		}
		expect(new Set(patterns.map(([, p]) => p.id)).size).toBe(patterns.length);
	});

	it('fills textured statuses with their pattern, others with their colour, and no status as no data', () => {
		for (const status of STATUSES) {
			const pattern = STATUS_PATTERNS[status];
			expect(statusFill(status)).toBe(pattern ? `url(#${pattern.id})` : STATUS_FILLS[status]);
		}
		expect(statusFill(null)).toBe(NO_DATA_FILL);
	});
});

describe('map legend', () => {
	it('lists every status in the vocabulary order, counting zero for statuses no State has', () => {
		const legend = buildLegend({ in_force: 3, unknown: 2 });
		expect(legend.map((row) => row.status)).toEqual([...STATUSES]);
		expect(legend.find((row) => row.status === 'in_force')?.count).toBe(3);
		expect(legend.find((row) => row.status === 'denounced')?.count).toBe(0);
	});

	it('shows each status with its label, colour and texture', () => {
		for (const row of buildLegend({})) {
			expect(row.label).toBe(STATUS_LABELS[row.status]);
			expect(row.fill).toBe(STATUS_FILLS[row.status]);
			expect(row.pattern).toBe(STATUS_PATTERNS[row.status] ?? null);
		}
	});

	it('refuses a count that is not a whole number of States', () => {
		expect(() => buildLegend({ signed: -1 })).toThrow(/'signed'.*got -1/);
		expect(() => buildLegend({ signed: 1.5 })).toThrow(/got 1.5/);
	});
});
