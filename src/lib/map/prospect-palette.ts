/**
 * The strategy map's key: a fill for each prospect band and a symbol for each migration side, so
 * that neither is told by colour alone (WCAG 2.2, 1.4.1). Bands are a sequential orange scale
 * (ColorBrewer "Oranges", Brewer 2003): darker means better prospects, and lightness alone orders
 * them, which every colour vision keeps. "Already ratified" takes the status map's in-force blue, so
 * the two maps agree; States outside the view are a plain grey.
 *
 * "Needs data" (our legal data does not decide the status; never "not ratified") is the band the
 * evidence would give if the state has not ratified, hatched: the texture says the status is open,
 * the colour says what is at stake. Every pair of keys stays at least MIN_PROSPECT_DIFFERENCE
 * apart in CIEDE2000 for normal vision and simulated protanopia, deuteranopia and tritanopia, a
 * hatched key also as its average colour seen from afar; a band and its hatched twin differ by
 * texture only, by design (prospect-palette.test.ts).
 */
import type { ProspectBand, Prospects, TargetBand } from '$lib/domain/strategy/prospects';
import { PROSPECT_BAND_LABELS } from '$lib/domain/strategy/prospects';
import type { MigrationSide } from '$lib/domain/strategy/migration-side';
import { STATUS_FILLS, type HatchPattern } from './palette';

/** As for the status palette (palette.ts): areas on a map are small and apart. */
export const MIN_PROSPECT_DIFFERENCE = 10;

export const TARGET_BANDS = ['high', 'medium', 'low'] as const satisfies readonly TargetBand[];

/** What a state is painted as on the strategy map. */
export const PROSPECT_KEYS = [
	'high',
	'medium',
	'low',
	'needs_data_high',
	'needs_data_medium',
	'needs_data_low',
	'not_a_target'
] as const;
export type ProspectKey = (typeof PROSPECT_KEYS)[number];

export const BAND_FILLS: Record<TargetBand, string> = {
	high: '#7f2704',
	medium: '#e6550d',
	low: '#fdd0a2'
};

/** Hatch ink per band: light on the dark band, dark on the light ones, so the lines always show. */
const HATCH_INK: Record<TargetBand, string> = {
	high: '#ffffff',
	medium: '#404040',
	low: '#404040'
};

export const PROSPECT_FILLS: Record<ProspectKey, string> = {
	high: BAND_FILLS.high,
	medium: BAND_FILLS.medium,
	low: BAND_FILLS.low,
	needs_data_high: BAND_FILLS.high,
	needs_data_medium: BAND_FILLS.medium,
	needs_data_low: BAND_FILLS.low,
	not_a_target: STATUS_FILLS.in_force
};

/**
 * Fill of States the view does not list (outside the group asked for): a plain grey a step darker
 * than the status maps' no-data grey, so that on a regional view it stands apart from the sea.
 */
export const OUTSIDE_VIEW_FILL = '#dcdcdc';

function needsDataHatch(band: TargetBand): HatchPattern {
	return {
		id: `prospect-needs-data-${band}`,
		kind: 'hatch',
		color: HATCH_INK[band],
		background: BAND_FILLS[band],
		spacing: 6,
		angle: 45,
		strokeWidth: 1.5
	};
}

export const PROSPECT_PATTERNS: Partial<Record<ProspectKey, HatchPattern>> = {
	needs_data_high: needsDataHatch('high'),
	needs_data_medium: needsDataHatch('medium'),
	needs_data_low: needsDataHatch('low')
};

export const PROSPECT_KEY_LABELS: Record<ProspectKey, string> = {
	high: PROSPECT_BAND_LABELS.high,
	medium: PROSPECT_BAND_LABELS.medium,
	low: PROSPECT_BAND_LABELS.low,
	needs_data_high: `${PROSPECT_BAND_LABELS.needs_data}; high prospects if not ratified`,
	needs_data_medium: `${PROSPECT_BAND_LABELS.needs_data}; medium prospects if not ratified`,
	needs_data_low: `${PROSPECT_BAND_LABELS.needs_data}; low prospects if not ratified`,
	not_a_target: PROSPECT_BAND_LABELS.not_a_target
};

/** The map key of a state's prospects. */
export function prospectKey(prospects: Pick<Prospects, 'band' | 'bandIfNotRatified'>): ProspectKey {
	const { band, bandIfNotRatified } = prospects;
	if (band === 'needs_data') return `needs_data_${bandIfNotRatified ?? 'low'}`;
	return band;
}

/** The band a key stands for (needs data keys: needs_data). */
export function bandOfKey(key: ProspectKey): ProspectBand {
	return key.startsWith('needs_data') ? 'needs_data' : (key as ProspectBand);
}

/** The SVG fill of a key: a pattern reference (with the page's id prefix) or a colour. */
export function prospectFill(key: ProspectKey, idPrefix = ''): string {
	const pattern = PROSPECT_PATTERNS[key];
	return pattern ? `url(#${idPrefix}${pattern.id})` : PROSPECT_FILLS[key];
}

/** Which sides a state is strategic at, as one symbol. */
export const SIDE_SYMBOLS = ['origin', 'destination', 'both'] as const;
export type SideSymbol = (typeof SIDE_SYMBOLS)[number];

export const SIDE_SYMBOL_SHAPES: Record<SideSymbol, 'triangle' | 'square' | 'diamond'> = {
	origin: 'triangle',
	destination: 'square',
	both: 'diamond'
};

export const SIDE_SYMBOL_LABELS: Record<SideSymbol, string> = {
	origin: 'Strategic country of origin',
	destination: 'Strategic country of destination',
	both: 'Strategic country of origin and of destination'
};

/** The symbol for the sides a state is strategic at; null when it is strategic at none. */
export function sideSymbol(sides: readonly MigrationSide[]): SideSymbol | null {
	const origin = sides.includes('origin');
	const destination = sides.includes('destination');
	return origin && destination ? 'both' : origin ? 'origin' : destination ? 'destination' : null;
}

/**
 * Path data of a symbol centred on (x, y) whose shapes have about the same area as a circle of
 * radius r, so no side looks bigger than another.
 */
export function sideSymbolPath(symbol: SideSymbol, x: number, y: number, r: number): string {
	const f = (v: number) => Math.round(v * 10) / 10;
	switch (SIDE_SYMBOL_SHAPES[symbol]) {
		case 'triangle': {
			// Equilateral, area πr²: side a = r·√(4π/√3); centroid at (x, y).
			const a = r * Math.sqrt((4 * Math.PI) / Math.sqrt(3));
			const h = (a * Math.sqrt(3)) / 2;
			return `M${f(x)} ${f(y - (2 * h) / 3)}L${f(x + a / 2)} ${f(y + h / 3)}L${f(x - a / 2)} ${f(y + h / 3)}Z`;
		}
		case 'square': {
			const s = (r * Math.sqrt(Math.PI)) / 2;
			return `M${f(x - s)} ${f(y - s)}H${f(x + s)}V${f(y + s)}H${f(x - s)}Z`;
		}
		case 'diamond': {
			const d = (r * Math.sqrt(Math.PI)) / Math.SQRT2;
			return `M${f(x)} ${f(y - d)}L${f(x + d)} ${f(y)}L${f(x)} ${f(y + d)}L${f(x - d)} ${f(y)}Z`;
		}
	}
}

/** One row of the strategy map's key: a swatch or a symbol, what it means, and how many. */
export interface ProspectLegendRow {
	key: ProspectKey;
	label: string;
	fill: string;
	pattern: HatchPattern | null;
	count: number;
}

/** Every key, including those no state has in this view, so the key reads the same everywhere. */
export function prospectLegend(counts: Partial<Record<ProspectKey, number>>): ProspectLegendRow[] {
	return PROSPECT_KEYS.map((key) => ({
		key,
		label: PROSPECT_KEY_LABELS[key],
		fill: PROSPECT_FILLS[key],
		pattern: PROSPECT_PATTERNS[key] ?? null,
		count: counts[key] ?? 0
	}));
}
