import { describe, expect, it } from 'vitest';
import { hexToLinearRgb, linearRgbToHex } from '$lib/map/colour-difference';
import { VISIONS, perceivedDifference, type Vision } from '$lib/map/colour-vision';
import { patternCoverage } from '$lib/map/palette';
import { PROSPECT_BANDS } from '$lib/domain/strategy/prospects';
import {
	bandOfKey,
	MIN_PROSPECT_DIFFERENCE,
	OUTSIDE_VIEW_FILL,
	PROSPECT_FILLS,
	PROSPECT_KEY_LABELS,
	PROSPECT_KEYS,
	PROSPECT_PATTERNS,
	prospectFill,
	prospectKey,
	prospectLegend,
	SIDE_SYMBOL_LABELS,
	SIDE_SYMBOL_SHAPES,
	SIDE_SYMBOLS,
	sideSymbol,
	sideSymbolPath,
	type ProspectKey
} from '$lib/map/prospect-palette';

/** A key's colour as seen from afar, where its hatch is too fine to see. */
function seenFromAfar(key: ProspectKey): string {
	const pattern = PROSPECT_PATTERNS[key];
	if (!pattern) return PROSPECT_FILLS[key];
	const share = patternCoverage(pattern);
	const fill = hexToLinearRgb(pattern.background);
	const ink = hexToLinearRgb(pattern.color);
	return linearRgbToHex([0, 1, 2].map((i) => fill[i] * (1 - share) + ink[i] * share) as never);
}

/** A band and its hatched twin differ by texture only, by design. */
const twins = (a: string, b: string) =>
	a.replace('needs_data_', '') === b.replace('needs_data_', '');

function pairsTooClose(colours: Record<string, string>, vision: Vision): string[] {
	const names = Object.keys(colours);
	return names.flatMap((a, i) =>
		names.slice(i + 1).flatMap((b) => {
			if (twins(a, b)) return [];
			const d = perceivedDifference(colours[a], colours[b], vision);
			return d < MIN_PROSPECT_DIFFERENCE ? [`${a}/${b}: ΔE00 ${d.toFixed(1)}`] : [];
		})
	);
}

describe('the prospect palette', () => {
	it.each(PROSPECT_KEYS)('gives %s a colour and a label', (key) => {
		expect(PROSPECT_FILLS[key]).toMatch(/^#[0-9a-f]{6}$/);
		expect(PROSPECT_KEY_LABELS[key]).toBeTruthy();
	});

	it('has a key for every band a state can have', () => {
		const bands = new Set(PROSPECT_KEYS.map(bandOfKey));
		expect([...bands].sort()).toEqual([...PROSPECT_BANDS].sort());
	});

	it.each(VISIONS)(
		'keeps the keys and the outside grey clearly apart for %s vision, seen from afar',
		(vision) => {
			const afar = Object.fromEntries(PROSPECT_KEYS.map((k) => [k, seenFromAfar(k)]));
			expect(pairsTooClose({ ...afar, outside: OUTSIDE_VIEW_FILL }, vision)).toEqual([]);
		}
	);

	it('hatches needs data, and only needs data, over the band the evidence would give', () => {
		for (const key of PROSPECT_KEYS) {
			const pattern = PROSPECT_PATTERNS[key];
			expect(Boolean(pattern)).toBe(bandOfKey(key) === 'needs_data');
			if (pattern) expect(pattern.background).toBe(PROSPECT_FILLS[key]);
			expect(prospectFill(key, 'p-')).toBe(pattern ? `url(#p-${pattern.id})` : PROSPECT_FILLS[key]);
		}
		expect(prospectKey({ band: 'needs_data', bandIfNotRatified: 'medium' })).toBe(
			'needs_data_medium'
		);
		expect(prospectKey({ band: 'not_a_target', bandIfNotRatified: null })).toBe('not_a_target');
	});

	it('never labels needs data as not ratified', () => {
		for (const key of PROSPECT_KEYS.filter((k) => bandOfKey(k) === 'needs_data'))
			expect(PROSPECT_KEY_LABELS[key]).toMatch(
				/^Needs data; (high|medium|low) prospects if not ratified$/
			);
	});

	it('lists every key in the legend, with zero counts shown as zero', () => {
		const legend = prospectLegend({ high: 2 });
		expect(legend.map((l) => l.key)).toEqual([...PROSPECT_KEYS]);
		expect(legend.find((l) => l.key === 'high')!.count).toBe(2);
		expect(legend.find((l) => l.key === 'low')!.count).toBe(0);
	});
});

describe('the side symbols', () => {
	it('tell origin, destination and both apart by shape, each with a label', () => {
		expect(new Set(Object.values(SIDE_SYMBOL_SHAPES)).size).toBe(SIDE_SYMBOLS.length);
		for (const s of SIDE_SYMBOLS) expect(SIDE_SYMBOL_LABELS[s]).toBeTruthy();
		expect(sideSymbol(['origin'])).toBe('origin');
		expect(sideSymbol(['destination'])).toBe('destination');
		expect(sideSymbol(['origin', 'destination'])).toBe('both');
		expect(sideSymbol([])).toBeNull();
	});

	it('draws each symbol as a closed path around its centre, three, four and four corners', () => {
		const corners = { origin: 3, destination: 4, both: 4 };
		for (const s of SIDE_SYMBOLS) {
			const d = sideSymbolPath(s, 100, 50, 5);
			expect(d).toMatch(/^M.*Z$/);
			expect(d.match(/[MLHV]/g)).toHaveLength(corners[s]);
			const numbers = d.match(/-?[\d.]+/g)!.map(Number);
			expect(Math.min(...numbers)).toBeGreaterThan(40);
			expect(Math.max(...numbers)).toBeLessThan(110);
		}
	});
});
