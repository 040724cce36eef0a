/**
 * The strategy map as plain rows: each State filled by its prospect band (prospect-palette.ts), a
 * symbol on each strategic State saying at which side it matters (triangle origin, square
 * destination, diamond both), and the words for the SVG's title, description and every State's
 * link. A State too small to see is drawn as its marker: its symbol, filled with its band, where it
 * is strategic, else the usual circle. Components only loop over these rows.
 */
import { formatPartialDate } from '$lib/domain/partial-date';
import type { MigrationSide } from '$lib/domain/strategy/migration-side';
import type { Prospects } from '$lib/domain/strategy/prospects';
import type { Status } from '$lib/domain/statuses';
import { STATUS_LABELS } from '$lib/domain/statuses';
import { groupShapes, type ContextShape, type ShapeMarker } from './state-shapes';
import type { MapGeometry } from './geometry';
import {
	PROSPECT_KEY_LABELS,
	PROSPECT_PATTERNS,
	SIDE_SYMBOLS,
	SIDE_SYMBOL_LABELS,
	SIDE_SYMBOL_SHAPES,
	prospectKey,
	prospectLegend,
	sideSymbol,
	sideSymbolPath,
	type ProspectKey,
	type ProspectLegendRow,
	type SideSymbol
} from './prospect-palette';
import type { HatchPattern } from './palette';
import type { Point } from './state-points';

/** Symbols on a State's shape: a little larger than a small-state marker, to be seen on land. */
export const SYMBOL_RADIUS_PX = 5;

/** What the map needs to know of one row of the strategy table. */
export interface StrategyMapRow {
	iso3: string;
	name: string;
	strategicSides: readonly MigrationSide[];
	status: Status;
	prospects: Pick<Prospects, 'band' | 'bandIfNotRatified'>;
}

export interface StrategyMapState {
	iso3: string;
	name: string;
	d: string;
	marker: ShapeMarker | null;
	/** Null for States the view does not list (outside the group asked for). */
	key: ProspectKey | null;
	symbol: SideSymbol | null;
	/** Path of the small-state marker drawn as the symbol, or ''. */
	markerSymbolD: string;
	label: string;
	href: string;
}

export interface StrategySymbol {
	iso3: string;
	symbol: SideSymbol;
	d: string;
}

export interface StrategyMap {
	title: string;
	description: string;
	width: number;
	height: number;
	outline: string;
	graticule: string;
	noData: readonly ContextShape[];
	states: StrategyMapState[];
	/** Symbols over States drawn as shapes (markers carry their own). */
	symbols: StrategySymbol[];
	patterns: HatchPattern[];
	legend: ProspectLegendRow[];
	symbolCounts: Record<SideSymbol, number>;
}

export interface StrategyMapInput {
	geometry: MapGeometry;
	points: ReadonlyMap<string, Point>;
	rows: readonly StrategyMapRow[];
	instrument: string;
	asOf: string;
	/** The group the view is limited to, in words ("the Gulf Cooperation Council"), or null. */
	groupName: string | null;
	/** Appended to each State's link, e.g. '?as_of=2010-12-31'. */
	hrefQuery: string;
}

function stateLabel(row: StrategyMapRow, instrument: string, key: ProspectKey): string {
	const symbol = sideSymbol(row.strategicSides);
	const side = symbol
		? SIDE_SYMBOL_LABELS[symbol].toLowerCase()
		: 'not strategic at the sides shown';
	return `${row.name}: ${PROSPECT_KEY_LABELS[key]}; ${side}; ${instrument} ${STATUS_LABELS[row.status].toLowerCase()}`;
}

const SIDE_PHRASES: Record<SideSymbol, string> = {
	origin: 'of origin',
	destination: 'of destination',
	both: 'of origin and of destination'
};

export function strategyMap(input: StrategyMapInput): StrategyMap {
	const shapes = groupShapes(input.geometry);
	const byIso3 = new Map(input.rows.map((r) => [r.iso3, r]));
	const counts: Partial<Record<ProspectKey, number>> = {};
	const symbolCounts = Object.fromEntries(SIDE_SYMBOLS.map((s) => [s, 0])) as Record<
		SideSymbol,
		number
	>;
	const symbols: StrategySymbol[] = [];

	const states = shapes.states.map((shape): StrategyMapState => {
		const row = byIso3.get(shape.iso3);
		if (!row)
			return {
				...shape,
				key: null,
				symbol: null,
				markerSymbolD: '',
				label: `${shape.name}: not in this view`,
				href: `/countries/${shape.iso3}${input.hrefQuery}`
			};
		const key = prospectKey(row.prospects);
		counts[key] = (counts[key] ?? 0) + 1;
		const symbol = sideSymbol(row.strategicSides);
		if (symbol) symbolCounts[symbol]++;
		const point = input.points.get(shape.iso3);
		if (symbol && !shape.marker && point)
			symbols.push({
				iso3: shape.iso3,
				symbol,
				d: sideSymbolPath(symbol, point[0], point[1], SYMBOL_RADIUS_PX)
			});
		return {
			...shape,
			key,
			symbol,
			markerSymbolD:
				symbol && shape.marker
					? sideSymbolPath(symbol, shape.marker.x, shape.marker.y, shape.marker.r + 1.5)
					: '',
			label: stateLabel(row, input.instrument, key),
			href: `/countries/${shape.iso3}${input.hrefQuery}`
		};
	});

	const legend = prospectLegend(counts);
	const day = formatPartialDate(input.asOf);
	const where = input.groupName ? ` in ${input.groupName}` : '';
	const listed = legend
		.filter((l) => l.count > 0)
		.map((l) => `${l.count} ${l.label.toLowerCase()}`);
	const sides = SIDE_SYMBOLS.filter((s) => symbolCounts[s] > 0).map((s) => {
		const n = symbolCounts[s];
		return `${n} strategic ${n === 1 ? 'country' : 'countries'} ${SIDE_PHRASES[s]} (${SIDE_SYMBOL_SHAPES[s]})`;
	});
	return {
		title: `${input.instrument}: prospects of ratification and strategic countries${where}, as of ${day}`,
		description:
			`Prospects of ratifying ${input.instrument}${where}, as of ${day}, of ${input.rows.length} States: ${listed.join(', ') || 'none'}. ` +
			`Marked: ${sides.join(', ') || 'no strategic countries'}. ` +
			'Needs data means our legal data does not decide the status; it never means not ratified. The table below gives every reason and source.',
		width: shapes.width,
		height: shapes.height,
		outline: shapes.outline,
		graticule: shapes.graticule,
		noData: shapes.noData,
		states,
		symbols,
		patterns: Object.values(PROSPECT_PATTERNS),
		legend,
		symbolCounts
	};
}
