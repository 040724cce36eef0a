/**
 * Maps as a URL asks for them: shared by the map pages, the embed pages and the SVG and PNG images,
 * so all of them draw the same States in the same colours with the same words.
 *
 * - `parseMapParams(params, allowed)`: the query, checked against the views and the data's groups.
 * - `instrumentLookup(code)`: the instrument, its canonical code, or a not-found answer.
 * - `instrumentMapView(code, query, width?)` and `coverageMapView(query, width?)`: everything the
 *   ChoroplethMap component, the legend and the table need; `map` is ready for the component.
 * - `mapShapes(view, width)`: where States are drawn; the same for every instrument and day.
 *
 * The geometry is built here, on the server only: it decodes a 756 kB topology.
 */
import { coverageListSentence } from '../domain/coverage';
import { campaignKey, campaignMarker, type CampaignMarker } from '../domain/campaign-progress';
import type { Coverage } from '../domain/coverage';
import { buildMatrix, type Matrix } from '../domain/matrix';
import {
	parseMapQuery,
	type MapParam,
	type MapQuery,
	type MapTableSort
} from '../domain/map-query';
import { formatPartialDate, type IsoDay } from '../domain/partial-date';
import type { ParseResult } from '../domain/query-error';
import type { Country, Instrument, TrackerData } from '../domain/tracker-data';
import {
	CAMPAIGN_RING_RADIUS_PX,
	choroplethShapes,
	joinChoropleth,
	type CampaignRing,
	type Choropleth,
	type ChoroplethPaint,
	type ChoroplethShapes,
	type MapGroup
} from '../map/choropleth';
import { buildMapGeometry } from '../map/geometry';
import {
	instrumentTableRows,
	sortCoverageTable,
	sortInstrumentTable,
	type CoverageTableRow,
	type MapTableRow
} from '../map/map-table';
import { MAP_VIEWS, mapView, type MapViewId } from '../map/projections';
import { statePoints } from '../map/state-points';
import { coveragePaintFromTable } from '../map/coverage-table-paint';
import { instrumentPaintFromTable, type TablePaintContext } from '../map/table-paint';
import { appDatabase } from './app-database';
import { readCampaignIndex } from './campaign-snapshot';
import { matrixStates, readTrackerData } from './tracker-snapshot';

/**
 * The page draws its map at this width and lets the browser scale it (up to 60rem, 1.33×: borders
 * stay within a pixel of true); images take `width`. Path data grows with width, and the world map
 * page must stay within 45 kB brotli: at 720 px its paths are about 19 kB of it.
 */
export const PAGE_MAP_WIDTH = 720;

export const MAP_VIEW_IDS: readonly string[] = MAP_VIEWS.map((v) => v.id);

const snapshot = () => readTrackerData(appDatabase());

export interface MapGroupSummary {
	code: string;
	name: string;
}

/** Parse a map address's query; `allowed` says which parameters this address takes. */
export function parseMapParams(
	params: URLSearchParams,
	allowed: readonly MapParam[],
	options: { defaultWidth?: number; sorts?: readonly MapTableSort[]; today?: IsoDay } = {},
	data: TrackerData = snapshot()
): ParseResult<MapQuery> {
	return parseMapQuery(params, {
		allowed,
		views: MAP_VIEW_IDS,
		groups: data.groups.map((g) => g.code),
		...options
	});
}

/** The States a view reports on: members of the ILO or UN, within the view's focus if it has one. */
function viewStates(data: TrackerData, viewId: string): Country[] {
	const focus = mapView(viewId).focus;
	const states = matrixStates(data);
	return focus ? states.filter((c) => focus.includes(c.iso3)) : states;
}

const mapCountries = (data: TrackerData, viewId: string) =>
	viewStates(data, viewId).map((c) => ({ iso3: c.iso3, m49: c.m49, name: c.name }));

/** Where each State of `viewId` is drawn at `width` px: shapes, markers, sea and graticule. */
export function mapShapes(
	viewId: string,
	width: number,
	data: TrackerData = snapshot()
): ChoroplethShapes {
	const view = mapView(viewId);
	return choroplethShapes(
		buildMapGeometry(view.id as MapViewId, width, mapCountries(data, view.id))
	);
}

/**
 * Where to ring each active campaign: at the State's point (its small-state marker, else the
 * representative point of its largest polygon; state-points.ts), around the marker's rim.
 */
function campaignRings(
	shapes: ChoroplethShapes,
	data: TrackerData,
	active: readonly string[]
): Record<string, CampaignRing> {
	if (!active.length) return {};
	const { points } = statePoints(
		shapes.view as MapViewId,
		shapes.width,
		mapCountries(data, shapes.view)
	);
	const markers = new Map(shapes.states.map((s) => [s.iso3, s.marker]));
	const rings: Record<string, CampaignRing> = {};
	for (const iso3 of active) {
		const point = points.get(iso3);
		const marker = markers.get(iso3);
		if (point)
			rings[iso3] = {
				x: point[0],
				y: point[1],
				r: marker ? marker.r + 3 : CAMPAIGN_RING_RADIUS_PX
			};
	}
	return rings;
}

export type InstrumentLookup =
	| { status: 'found'; instrument: Instrument }
	/** The same instrument, asked in another spelling (c097): redirect to `code`. */
	| { status: 'moved'; code: string }
	| { status: 'not_found'; message: string; hint: string };

export function instrumentLookup(asked: string, data: TrackerData = snapshot()): InstrumentLookup {
	const instrument = data.instruments.find((i) => i.code === asked.toUpperCase());
	if (instrument && instrument.code === asked) return { status: 'found', instrument };
	if (instrument) return { status: 'moved', code: instrument.code };
	// Echo only the start of a long address: enough to recognise, too short to abuse.
	const shown = asked.length > 24 ? `${asked.slice(0, 24)}…` : asked;
	const known = data.instruments.map((i) => `[${i.code}](/maps/${i.code}): ${i.shortTitle}`);
	return {
		status: 'not_found',
		message: `No map has the code "${shown}".`,
		// Links in a hint are written [label](/path); +error.svelte turns them into links.
		hint: `There is a map for each instrument the tracker follows: ${known.join('; ')}; and [the coverage map](/maps/coverage) of all of them. See [all maps](/maps).`
	};
}

interface MapViewBase {
	query: MapQuery;
	/** Data version: caches of rendered maps key on it. */
	version: number;
	viewLabel: string;
	group: MapGroupSummary | null;
	shapes: ChoroplethShapes;
	/** With the table's rows, all that the paint is made of (table-paint.ts): pages send this. */
	paintContext: TablePaintContext;
	paint: ChoroplethPaint;
	/** Shapes and paint joined: the ChoroplethMap component's `map` prop. */
	map: Choropleth;
}

export interface InstrumentMapView extends MapViewBase {
	instrument: Pick<
		Instrument,
		'code' | 'body' | 'title' | 'shortTitle' | 'adoptedYear' | 'officialStatusUrl'
	>;
	coverage: Coverage;
	/** In the query's order. */
	table: MapTableRow[];
}

export type InstrumentMapResult =
	{ status: 'found'; view: InstrumentMapView } | Exclude<InstrumentLookup, { status: 'found' }>;

/** The campaign marker for a State and an instrument as of the query's day, or null for none. */
export type CampaignLookup = (iso3: string, instrument: string) => CampaignMarker | null;

function appCampaigns(asOf: IsoDay): CampaignLookup {
	const index = readCampaignIndex(appDatabase(), asOf);
	return (iso3, instrument) => campaignMarker(index.get(campaignKey(iso3, instrument)));
}

/**
 * `campaigns` defaults to the app database's published steps (cached by data version, which
 * campaign writes bump, so image caches keyed on the version stay right).
 */
export function instrumentMapView(
	code: string,
	query: MapQuery,
	width: number = query.width,
	data: TrackerData = snapshot(),
	campaigns: CampaignLookup = appCampaigns(query.asOf)
): InstrumentMapResult {
	const lookup = instrumentLookup(code, data);
	if (lookup.status !== 'found') return lookup;
	const { instrument } = lookup;
	const context = mapContext(data, query, width);
	const { matrix } = context;
	const coverage = matrix.instruments.find((i) => i.code === instrument.code)!.coverage;
	const states = matrix.rows.map((row) => ({
		iso3: row.country.iso3,
		name: row.country.name,
		cell: row.cells[instrument.code],
		inGroup: context.group?.members.has(row.country.iso3) ?? false,
		campaign: campaigns(row.country.iso3, instrument.code)
	}));
	const table = instrumentTableRows({
		code: instrument.code,
		asOf: query.asOf,
		officialStatusUrl: instrument.officialStatusUrl,
		coverage,
		states
	});
	const paintContext: TablePaintContext = {
		...context.paintContext,
		campaignRings: campaignRings(
			context.base.shapes,
			data,
			table.filter((r) => r.campaign?.active).map((r) => r.iso3)
		)
	};
	const paint = instrumentPaintFromTable(table, { ...paintContext, instrument, coverage });
	return {
		status: 'found',
		view: {
			...context.base,
			paintContext,
			paint,
			map: joinChoropleth(context.base.shapes, paint),
			instrument: {
				code: instrument.code,
				body: instrument.body,
				title: instrument.title,
				shortTitle: instrument.shortTitle,
				adoptedYear: instrument.adoptedYear,
				officialStatusUrl: instrument.officialStatusUrl
			},
			coverage,
			table: sortInstrumentTable(table, query.sort, query.dir)
		}
	};
}

export interface CoverageMapView extends MapViewBase {
	instruments: { code: string; body: Instrument['body']; shortTitle: string; coverage: Coverage }[];
	table: CoverageTableRow[];
}

export function coverageMapView(
	query: MapQuery,
	width: number = query.width,
	data: TrackerData = snapshot()
): CoverageMapView {
	const context = mapContext(data, query, width);
	const { matrix } = context;
	const codes = matrix.instruments.map((i) => i.code);
	const table: CoverageTableRow[] = matrix.rows.map((row) => {
		const statuses = Object.fromEntries(codes.map((c) => [c, row.cells[c].status]));
		return {
			iso3: row.country.iso3,
			name: row.country.name,
			inForce: codes.filter((c) => statuses[c] === 'in_force').length,
			statuses: codes.map((c) => statuses[c]),
			inGroup: context.group?.members.has(row.country.iso3) ?? false
		};
	});
	const paint = coveragePaintFromTable(table, {
		...context.paintContext,
		codes,
		coverageNote: coverageListSentence(matrix.instruments)
	});
	return {
		...context.base,
		paintContext: context.paintContext,
		paint,
		map: joinChoropleth(context.base.shapes, paint),
		instruments: matrix.instruments.map((i) => ({
			code: i.code,
			body: i.body,
			shortTitle: i.shortTitle,
			coverage: i.coverage
		})),
		table: sortCoverageTable(table, query.sort, query.dir)
	};
}

/** What both maps share: the States of the view, their statuses, the group and the shapes. */
function mapContext(data: TrackerData, query: MapQuery, width: number) {
	const view = mapView(query.view);
	const matrix: Matrix = buildMatrix(data, query.asOf, viewStates(data, view.id));
	const groupRow = query.group ? data.groups.find((g) => g.code === query.group) : undefined;
	const group: MapGroup | null = groupRow
		? {
				code: groupRow.code,
				name: groupRow.name,
				members: new Set(
					data.memberships
						.filter((m) => m.groupCode === groupRow.code && m.status !== 'withdrawn')
						.map((m) => m.iso3)
				)
			}
		: null;
	const base: Omit<MapViewBase, 'paint' | 'map' | 'paintContext'> = {
		query,
		version: data.version,
		viewLabel: view.label,
		group: groupRow ? { code: groupRow.code, name: groupRow.name } : null,
		shapes: mapShapes(view.id, width, data)
	};
	const paintContext: TablePaintContext = {
		asOf: query.asOf,
		group: base.group,
		scope: view.focus ? view.label : null,
		// A historical map's links open the country as of the same day.
		hrefQuery: query.asOfExplicit ? `?as_of=${query.asOf}` : ''
	};
	return { matrix, group, paintContext, base };
}

/** "as of 23 Nov 2026" or "today, 23 Nov 2026", for page text. */
export function asOfText(query: Pick<MapQuery, 'asOf' | 'asOfExplicit'>): string {
	return query.asOfExplicit
		? `as of ${formatPartialDate(query.asOf)}`
		: `today, ${formatPartialDate(query.asOf)}`;
}
