/**
 * The strategy table as a URL asks for it: shared by /strategy, /data/strategy.csv and
 * /api/v1/strategy.json so the three always agree. The migration facts the rules weigh (stocks,
 * corridors, remittances, ITUC facts, agreements) are read once per data version and kept in memory,
 * like the ratification records in tracker-snapshot.ts.
 */
import { buildMatrix, type Matrix } from '../domain/matrix';
import type { ParseResult } from '../domain/query-error';
import type { CorridorStock } from '../domain/strategy/corridors';
import type { MigrantStockFigures, RemittanceFigures } from '../domain/strategy/importance';
import type { ItucFact } from '../domain/strategy/ituc-facts';
import { buildStrategyRows, type StrategyRow } from '../domain/strategy/strategy-rows';
import { parseStrategyQuery, type StrategyQuery } from '../domain/strategy/strategy-query';
import type { TrackerData } from '../domain/tracker-data';
import { buildMapGeometry } from '../map/geometry';
import type { MapViewId } from '../map/projections';
import { firstViewShowing, statePoints } from '../map/state-points';
import { strategyMap, type StrategyMap } from '../map/strategy-map';
import { appDatabase } from './app-database';
import { readCampaignProgress } from './campaign-snapshot';
import type { TrackerDb } from './db';
import * as agreements from './db/queries/agreements';
import * as corridors from './db/queries/corridors';
import * as ituc from './db/queries/ituc-facts';
import * as migrantStock from './db/queries/migrant-stock';
import * as remittances from './db/queries/remittances';
import { matrixStates, readTrackerData } from './tracker-snapshot';

/** Everything the strategy weighs besides ratifications: small tables, read whole. */
export interface StrategyFacts {
	version: number;
	stocks: MigrantStockFigures[];
	remittances: RemittanceFigures[];
	itucFacts: ItucFact[];
	agreements: agreements.AgreementRecord[];
	/** Names of every area, territories included, by iso3. */
	names: Record<string, string>;
	/** Areas whose latest UN stock counts migrants by citizenship (IMS data type C). */
	citizenshipData: Set<string>;
}

const factsCache = new WeakMap<TrackerDb, StrategyFacts>();
const corridorCache = new WeakMap<TrackerDb, { version: number; rows: CorridorStock[] }>();

/** The strategy's facts for the current data version, read once per version. */
export function readStrategyFacts(db: TrackerDb, data = readTrackerData(db)): StrategyFacts {
	const cached = factsCache.get(db);
	if (cached && cached.version === data.version) return cached;
	const stocks = migrantStock.list(db);
	const latest = new Map<string, MigrantStockFigures>();
	for (const s of stocks) if ((latest.get(s.iso3)?.year ?? -1) < s.year) latest.set(s.iso3, s);
	const facts: StrategyFacts = {
		version: data.version,
		stocks,
		remittances: remittances.list(db),
		itucFacts: ituc.list(db),
		agreements: agreements.list(db),
		names: Object.fromEntries(data.countries.map((c) => [c.iso3, c.name])),
		citizenshipData: new Set(
			[...latest.values()]
				.filter((s) => (s.imsDataType ?? '').split(/\s+/).includes('C'))
				.map((s) => s.iso3)
		)
	};
	factsCache.set(db, facts);
	return facts;
}

/** Every corridor (11,537 rows), read once per data version: only the strategy table needs them all. */
export function readAllCorridors(db: TrackerDb, version = readTrackerData(db).version) {
	const cached = corridorCache.get(db);
	if (cached && cached.version === version) return cached.rows;
	const rows = corridors.list(db);
	corridorCache.set(db, { version, rows });
	return rows;
}

/**
 * A small least-recently-used cache per snapshot of the data: a new data version is a new
 * TrackerData object, so its entries go with the old one.
 */
function snapshotCache<T>(size: number) {
	const bySnapshot = new WeakMap<TrackerData, Map<string, T>>();
	return (data: TrackerData, key: string, make: () => T): T => {
		let entries = bySnapshot.get(data);
		if (!entries) bySnapshot.set(data, (entries = new Map()));
		const cached = entries.get(key);
		if (cached !== undefined) {
			entries.delete(key);
			entries.set(key, cached);
			return cached;
		}
		const value = make();
		entries.set(key, value);
		if (entries.size > size) entries.delete(entries.keys().next().value!);
		return value;
	};
}

const matrixCache = snapshotCache<Matrix>(8);
const rowsCache = snapshotCache<StrategyRow[]>(16);

/**
 * The matrix of every listed state for a day, kept for the last few days asked: the strategy and
 * corridor pages weigh every state's row (group peers) on every request.
 */
export function fullMatrix(data: TrackerData, asOf: string): Matrix {
	return matrixCache(data, asOf, () => buildMatrix(data, asOf, matrixStates(data)));
}

/**
 * The strategy rows for a query, kept for the last few (data version, query) pairs: building them
 * weighs every state at both sides, which costs tens of milliseconds, and the answer is the same
 * for the page and its two exports.
 */
function strategyRows(
	db: TrackerDb,
	data: TrackerData,
	facts: StrategyFacts,
	matrix: Matrix,
	query: StrategyQuery
) {
	const key = [query.instrument, query.side, query.group ?? '', query.asOf].join('|');
	return rowsCache(data, key, () =>
		buildStrategyRows(
			{
				rows: matrix.rows,
				stocks: facts.stocks,
				corridors: readAllCorridors(db, data.version),
				remittances: facts.remittances,
				itucFacts: facts.itucFacts,
				campaigns: readCampaignProgress(db, query.asOf),
				names: facts.names
			},
			query
		)
	);
}

export interface StrategyView {
	data: TrackerData;
	facts: StrategyFacts;
	query: StrategyQuery;
	matrix: Matrix;
	instrument: Matrix['instruments'][number];
	/** In campaign order: strategic states first, then by band, then by importance. */
	rows: StrategyRow[];
}

export function strategyView(
	params: URLSearchParams,
	db: TrackerDb = appDatabase()
): ParseResult<StrategyView> {
	const data = readTrackerData(db);
	const parsed = parseStrategyQuery(params, {
		instruments: data.instruments.map((i) => i.code),
		groups: data.groups.map((g) => g.code)
	});
	if (!parsed.ok) return parsed;
	const query = parsed.value;
	const facts = readStrategyFacts(db, data);
	const matrix = fullMatrix(data, query.asOf);
	const rows = strategyRows(db, data, facts, matrix, query);
	return {
		ok: true,
		value: {
			data,
			facts,
			query,
			matrix,
			instrument: matrix.instruments.find((i) => i.code === query.instrument)!,
			rows
		}
	};
}

/**
 * Views the strategy map may use, smallest first: a view limited to a group is drawn on the first
 * of these that shows every State in it (the GCC on the Gulf and South Asia, the EU on Europe).
 */
export const STRATEGY_MAP_VIEWS = [
	'gulf-south-asia',
	'arab-states',
	'europe-central-asia',
	'africa',
	'americas',
	'asia-pacific',
	'world'
] as const satisfies readonly MapViewId[];
export const STRATEGY_MAP_WIDTH = 960;

export function strategyMapOf(view: StrategyView, width = STRATEGY_MAP_WIDTH): StrategyMap {
	const { data, query, rows } = view;
	const countries = matrixStates(data).map((c) => ({ iso3: c.iso3, m49: c.m49, name: c.name }));
	const mapView = query.group
		? firstViewShowing(
				STRATEGY_MAP_VIEWS,
				width,
				countries,
				rows.map((r) => r.country.iso3)
			)
		: 'world';
	return strategyMap({
		geometry: buildMapGeometry(mapView, width, countries),
		points: statePoints(mapView, width, countries).points,
		rows: rows.map((r) => ({
			iso3: r.country.iso3,
			name: r.country.name,
			strategicSides: r.strategicSides,
			status: r.status.status,
			prospects: r.prospects
		})),
		instrument: query.instrument,
		asOf: query.asOf,
		groupName: data.groups.find((g) => g.code === query.group)?.name ?? null,
		hrefQuery: query.asOfExplicit ? `?as_of=${query.asOf}` : ''
	});
}
