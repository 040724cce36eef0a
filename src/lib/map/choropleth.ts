/**
 * A choropleth as plain rows: where each State is drawn (shapes, from the geometry, the same on
 * every day) and how it is painted (status, fill, accessible name, link, group outline, different
 * every day). The two halves are built and sent apart, so a page changing its day or its table
 * order does not fetch the shapes again; `joinChoropleth` puts them together for the component.
 *
 * Status is never told by colour alone: every State's row carries its accessible name, textured
 * statuses carry a pattern, and the page puts a table beside the map.
 */
import { coverageSentence, type Coverage } from '$lib/domain/coverage';
import type { CampaignMarker } from '$lib/domain/campaign-progress';
import { formatPartialDate, type IsoDay } from '$lib/domain/partial-date';
import { STATUSES, type Status } from '$lib/domain/statuses';
import type { MapGeometry } from './geometry';
import { compactPath } from './compact-path';
import { buildLegend } from './legend';
import { drawnPaths } from './server-drawn-paths';
import { statusCountsText, statusPhrase, type StatusFact } from './status-words';
import { LIMITED_PATTERN, STATUS_FILLS, STATUS_PATTERNS, type StatusPattern } from './palette';

export interface StateMarker {
	readonly x: number;
	readonly y: number;
	readonly r: number;
	/** Where the State is; a leader line joins it to the marker when they differ. */
	readonly anchorX: number;
	readonly anchorY: number;
}

/** An invisible disc that catches the pointer around a small State, and rings it on focus. */
export interface StateTarget {
	readonly x: number;
	readonly y: number;
	readonly r: number;
}

/** Where one State is drawn. */
export interface StateShape {
	readonly iso3: string;
	readonly name: string;
	/** True when the State has a shape at this scale (Tuvalu has only a marker). */
	readonly shape: boolean;
	/**
	 * Path data of all the State's shapes ('' without one). Undefined in the browser after a full
	 * page load: the server drew it and did not send it twice (see server-drawn-paths.ts).
	 */
	readonly d?: string;
	/** A marker for a State too small to see or pick; null for the others. */
	readonly marker: StateMarker | null;
	/** A pointer target for a State with a marker or a small shape (Kuwait, Bahrain); else null. */
	readonly target: StateTarget | null;
}

/**
 * Below this drawn area (about 10 × 10 px) a shape is hard to point at, though big enough to see:
 * it gets a target disc of TARGET_RADIUS_PX, as markers do.
 */
export const SMALL_SHAPE_AREA_PX2 = 100;
export const TARGET_RADIUS_PX = 8;

/** An area drawn for context only: not a State the map reports on, or disputed. Never has a status. */
export interface NoDataShape {
	readonly featureId: string;
	readonly name: string;
	/** Undefined where the server drew it (see StateShape.d). */
	readonly d?: string;
}

export interface ChoroplethShapes {
	readonly view: string;
	readonly width: number;
	/** Height of the map itself (components may add bands for a heading, legend and notes). */
	readonly height: number;
	/** The globe's edge and the graticule; undefined where the server drew them (see StateShape.d). */
	readonly outline?: string;
	readonly graticule?: string;
	/** Set on shapes whose paths were kept for server rendering only (server-drawn-paths.ts). */
	readonly pathsKey?: string;
	/** States without a target first, then small ones (drawn on top); by name within each. */
	readonly states: readonly StateShape[];
	readonly noData: readonly NoDataShape[];
}

/** How one State is painted on one map. */
export interface StatePaint {
	/** The instrument status; null on maps of another measure (coverage). */
	readonly status: Status | null;
	/** Flat colour: the fill under any texture, and the whole fill of a marker. */
	readonly fill: string;
	/** Id of the texture (a `patterns` entry, before the component's idPrefix), or null. */
	readonly pattern: string | null;
	/** Accessible name, e.g. "Qatar: ICRMW not ratified as of 21 Feb 2025". */
	readonly label: string;
	readonly href: string;
	/** Member of the outlined group. */
	readonly inGroup: boolean;
	/** A ring (stroke only) marking an active campaign, in the map's pixels; absent for none. */
	readonly ring?: CampaignRing | null;
}

export interface CampaignRing {
	readonly x: number;
	readonly y: number;
	readonly r: number;
}

/** Ring radius around a State's point: clear of a small-state marker's rim, small on a shape. */
export const CAMPAIGN_RING_RADIUS_PX = 6;

/** One legend row: a swatch (colour and texture), what it means, and how many States hold it. */
export interface MapLegendItem {
	readonly key: string;
	readonly label: string;
	readonly fill: string;
	readonly pattern: StatusPattern | null;
	readonly count: number;
	/** Draw a ring instead of a swatch (the active-campaign row; see legendRows). */
	readonly symbol?: 'ring';
}

export interface ChoroplethPaint {
	/** Short name of the map (the SVG's <title>). */
	readonly title: string;
	/** The map in words (the SVG's <desc>): what is shown, for which day, and the counts. */
	readonly description: string;
	/** Every texture a State or legend row uses. */
	readonly patterns: readonly StatusPattern[];
	readonly legend: readonly MapLegendItem[];
	/** Drawn under the legend on instrument maps: how much of the official count we hold, and its date. */
	readonly coverageNote?: string;
	/** States ringed for an active campaign: set on instrument maps (legend row), absent on others. */
	readonly activeCampaigns?: number;
	/** By iso3: every State in the shapes has an entry. */
	readonly states: Readonly<Record<string, StatePaint>>;
}

/** The key's rows: the paint's, then on instrument maps the ring that marks an active campaign. */
export function legendRows(
	paint: Pick<ChoroplethPaint, 'legend' | 'activeCampaigns'>
): readonly MapLegendItem[] {
	if (paint.activeCampaigns === undefined) return paint.legend;
	const ring: MapLegendItem = {
		key: 'campaign',
		label: 'Active campaign',
		fill: 'none',
		pattern: null,
		count: paint.activeCampaigns,
		symbol: 'ring'
	};
	return [...paint.legend, ring];
}

export type ChoroplethState = StateShape & StatePaint & { readonly iso3: string };

/** Everything ChoroplethMap draws. */
export interface Choropleth
	extends Omit<ChoroplethShapes, 'states'>, Omit<ChoroplethPaint, 'states'> {
	readonly states: readonly ChoroplethState[];
}

/** Group a geometry's shapes by State, with each State's marker; everything unclaimed is noData. */
export function choroplethShapes(geometry: MapGeometry): ChoroplethShapes {
	const paths = new Map<string, { name: string; d: string[]; area: number }>();
	const noData: NoDataShape[] = [];
	for (const shape of geometry.shapes) {
		if (!shape.iso3) {
			noData.push({ featureId: shape.featureId, name: shape.name, d: compactPath(shape.d) });
			continue;
		}
		const entry = paths.get(shape.iso3) ?? { name: shape.name, d: [], area: 0 };
		entry.d.push(shape.d);
		entry.area += shape.area;
		paths.set(shape.iso3, entry);
	}
	const markers = new Map(geometry.markers.map((m) => [m.iso3, m]));
	const names = new Map([...paths].map(([iso3, p]) => [iso3, p.name]));
	for (const m of geometry.markers) if (!names.has(m.iso3)) names.set(m.iso3, m.name);

	const states: StateShape[] = [...names].map(([iso3, name]) => {
		const m = markers.get(iso3);
		const path = paths.get(iso3);
		const d = path?.d.join('') ?? '';
		const centre = m ?? (path && path.area < SMALL_SHAPE_AREA_PX2 ? largestPartCentre(d) : null);
		return {
			iso3,
			name,
			shape: d !== '',
			d: compactPath(d),
			marker: m ? { x: m.x, y: m.y, r: m.r, anchorX: m.anchorX, anchorY: m.anchorY } : null,
			target: centre ? { x: centre.x, y: centre.y, r: Math.max(TARGET_RADIUS_PX, m?.r ?? 0) } : null
		};
	});
	const byName = (a: StateShape, b: StateShape) => a.name.localeCompare(b.name, 'en');
	return {
		view: geometry.view,
		width: geometry.width,
		height: geometry.height,
		outline: compactPath(geometry.outline),
		graticule: compactPath(geometry.graticule),
		// Small States last, so their targets and markers lie over their neighbours.
		states: [
			...states.filter((s) => !s.target).sort(byName),
			...states.filter((s) => s.target).sort(byName)
		],
		noData
	};
}

/**
 * Centre of the bounding box of the widest part of a d3 path (absolute M, L and Z commands only):
 * the main island of a small State, where its target disc goes.
 */
export function largestPartCentre(d: string): { x: number; y: number } | null {
	let best: { x: number; y: number; size: number } | null = null;
	for (const part of d.split('M').filter(Boolean)) {
		const numbers = part.match(/-?\d+(?:\.\d+)?/g)?.map(Number) ?? [];
		const xs = numbers.filter((_, i) => i % 2 === 0);
		const ys = numbers.filter((_, i) => i % 2 === 1);
		if (!xs.length || !ys.length) continue;
		const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
		const size = (x1 - x0) * (y1 - y0);
		if (!best || size > best.size) best = { x: (x0 + x1) / 2, y: (y0 + y1) / 2, size };
	}
	return best && { x: Math.round(best.x * 10) / 10, y: Math.round(best.y * 10) / 10 };
}

/**
 * Shapes and paint as the component's rows. A State the paint does not cover is a coupling error
 * (the shapes were built for other States than the paint): it throws rather than draw it blank.
 */
export function joinChoropleth(sent: ChoroplethShapes, paint: ChoroplethPaint): Choropleth {
	// On the server, shapes sent without paths get them back; in the browser they stay without.
	const shapes = drawnPaths(sent) ?? sent;
	const states = shapes.states.map((shape) => {
		const p = paint.states[shape.iso3];
		if (!p)
			throw new RangeError(
				`The map of ${shapes.view} draws ${shape.iso3} (${shape.name}) but its paint has no entry for it.`
			);
		return { ...shape, ...p };
	});
	return { ...shapes, ...paint, states };
}

export interface MapGroup {
	code: string;
	name: string;
	members: ReadonlySet<string>;
}

export interface InstrumentPaintInput {
	instrument: { code: string; shortTitle: string; body: 'ILO' | 'UN' };
	asOf: IsoDay;
	coverage: Pick<Coverage, 'sourcedStates' | 'officialCount' | 'officialCountAsOf' | 'complete'>;
	/** Every State the shapes draw, with its fact for this instrument on `asOf` and its campaign. */
	states: readonly {
		iso3: string;
		name: string;
		fact: StatusFact;
		campaign?: CampaignMarker | null;
	}[];
	/** Where to ring an active campaign, by iso3 (a State's point; see CampaignRing). */
	campaignRings?: Readonly<Record<string, CampaignRing>>;
	group: MapGroup | null;
	/** Region the map is framed on, for the words ("in Africa"); null for the world. */
	scope: string | null;
	/** Appended to every State's link, e.g. '?as_of=2010-12-31'. */
	hrefQuery: string;
}

export function instrumentPaint(input: InstrumentPaintInput): ChoroplethPaint {
	const { instrument, asOf, group } = input;
	const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
	const states: Record<string, StatePaint> = {};
	let activeCampaigns = 0;
	let limited = 0;
	for (const { iso3, name, fact, campaign } of input.states) {
		counts[fact.status]++;
		const isLimited = fact.status === 'in_force' && Boolean(fact.limit);
		if (isLimited) limited++;
		const pattern = isLimited ? LIMITED_PATTERN : STATUS_PATTERNS[fact.status];
		const ring = campaign?.active ? (input.campaignRings?.[iso3] ?? null) : null;
		if (campaign?.active) activeCampaigns++;
		states[iso3] = {
			status: fact.status,
			fill: STATUS_FILLS[fact.status],
			pattern: pattern ? pattern.id : null,
			label: `${name}: ${statusPhrase(instrument.code, fact)}${groupNote(group, iso3)}${campaignNote(campaign)}`,
			href: `/countries/${iso3}${input.hrefQuery}`,
			inGroup: group?.members.has(iso3) ?? false,
			ring
		};
	}
	const day = formatPartialDate(asOf);
	const noun = instrument.body === 'UN' ? 'parties' : 'ratifications';
	const where = input.scope ? ` in ${input.scope}` : '';
	return {
		title: `${instrument.code} ${instrument.shortTitle}: status by State${where}, as of ${day}`,
		description:
			`${instrument.code} ${instrument.shortTitle}, as of ${day}: ` +
			`${coverageSentence(input.coverage, instrument.body)}; ` +
			`of ${input.states.length} States shown${where}, ${statusCountsText(counts)}` +
			(limited
				? ` (${limited} in force limited in scope: a territory only or annexes excluded)`
				: '') +
			'.' +
			groupSentence(group, input.states) +
			(counts.unknown > 0
				? ' Unknown means we hold no sourced record, not that a State has not ratified.'
				: ''),
		patterns: [...Object.values(STATUS_PATTERNS), LIMITED_PATTERN],
		legend: buildLegend(counts).flatMap((row) => {
			const item = {
				key: row.status,
				label: row.label,
				fill: row.fill,
				pattern: row.pattern,
				count: row.count
			};
			if (row.status !== 'in_force') return [item];
			// Disjoint rows, so the key's counts add up to the States shown.
			return [
				{ ...item, count: row.count - limited },
				{
					key: 'in_force_limited',
					label: 'In force, limited in scope',
					fill: row.fill,
					pattern: LIMITED_PATTERN,
					count: limited
				}
			];
		}),
		coverageNote: `${instrument.code}: ${coverageSentence(input.coverage, instrument.body)}.`,
		activeCampaigns,
		states
	};
}

/** "; active campaign: Approved by cabinet (May 2024), reported by GEFONT", or ''. */
export function campaignNote(campaign: CampaignMarker | null | undefined): string {
	return campaign ? `; ${campaign.text.charAt(0).toLowerCase()}${campaign.text.slice(1)}` : '';
}

/** "; member of the Gulf Cooperation Council", said after the status of an outlined State. */
export function groupNote(group: MapGroup | null, iso3: string): string {
	return group?.members.has(iso3) ? `; member of ${group.name} (outlined)` : '';
}

/** " Outlined: Gulf Cooperation Council (6 States shown)." or ''. */
export function groupSentence(group: MapGroup | null, states: readonly { iso3: string }[]): string {
	if (!group) return '';
	const shown = states.filter((s) => group.members.has(s.iso3)).length;
	return ` Outlined: ${group.name} (${shown} ${shown === 1 ? 'State' : 'States'} shown).`;
}
