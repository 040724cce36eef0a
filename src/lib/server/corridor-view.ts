/**
 * One state's corridors as a URL asks for them: shared by /corridors/[iso3] and
 * /api/v1/corridors/[iso3].json so the two always agree. The state's corridors are read through the
 * corridors table's indexes (at most one row per partner each way), never the whole matrix.
 */
import { SOLIDARITY_KIND_LABELS } from '../domain/corridor-export';
import {
	corridorQueryString,
	parseCorridorQuery,
	type CorridorQuery
} from '../domain/corridor-query';
import type { Matrix } from '../domain/matrix';
import type { ParamError } from '../domain/query-error';
import { corridorSections, type CorridorSections } from '../domain/strategy/corridor-sections';
import type { MigrantStockFigures } from '../domain/strategy/importance';
import type { Country, TrackerData } from '../domain/tracker-data';
import { corridorMap, type CorridorMap } from '../map/corridor-map';
import { buildMapGeometry } from '../map/geometry';
import type { MapViewId } from '../map/projections';
import { firstViewShowing, statePoints } from '../map/state-points';
import { appDatabase } from './app-database';
import type { TrackerDb } from './db';
import type { AgreementRecord } from './db/queries/agreements';
import * as agreements from './db/queries/agreements';
import * as corridors from './db/queries/corridors';
import { fullMatrix, readStrategyFacts, type StrategyFacts } from './strategy-view';
import { matrixStates, readTrackerData } from './tracker-snapshot';

export interface CorridorView {
	data: TrackerData;
	facts: StrategyFacts;
	query: CorridorQuery;
	matrix: Matrix;
	instrument: Matrix['instruments'][number];
	country: Country;
	/** The state's stock row used for its importance, or null. */
	stock: MigrantStockFigures | null;
	sections: CorridorSections<AgreementRecord>;
	/** Every agreement with unions of the state at either end, shown or not in the sections. */
	agreements: AgreementRecord[];
}

export type CorridorViewResult =
	| { ok: true; value: CorridorView }
	/** The address spells a listed state's code otherwise than its canonical upper case. */
	| { ok: false; kind: 'redirect'; iso3: string }
	| { ok: false; kind: 'not_found'; message: string; hint: string }
	| { ok: false; kind: 'bad_request'; errors: ParamError[] };

/** Longest echo of a code in a message: enough to recognise, too short to abuse. */
const ECHO = 24;

export const CORRIDOR_NOT_FOUND_HINT =
	'Every state is listed, with its code, on [the matrix](/matrix); the [strategy table](/strategy) links to the corridors of the countries of strategic importance.';

export function corridorView(
	rawIso3: string,
	params: URLSearchParams,
	db: TrackerDb = appDatabase()
): CorridorViewResult {
	const data = readTrackerData(db);
	const wanted = rawIso3.toUpperCase();
	const country = matrixStates(data).find((c) => c.iso3 === wanted);
	if (!country) {
		const area = data.countries.find((c) => c.iso3 === wanted);
		const shown = rawIso3.length > ECHO ? `${rawIso3.slice(0, ECHO)}…` : rawIso3;
		return {
			ok: false,
			kind: 'not_found',
			message: area
				? `"${area.iso3}" (${area.name}) appears in the migration data but is not an ILO or UN member State, so it has no ratification status; its corridors appear on the pages of the states at their other end.`
				: `No state has the code "${shown}": corridor pages are addressed by ISO 3166 alpha-3 codes, such as /corridors/NPL for Nepal.`,
			hint: CORRIDOR_NOT_FOUND_HINT
		};
	}
	if (rawIso3 !== country.iso3) return { ok: false, kind: 'redirect', iso3: country.iso3 };

	const parsed = parseCorridorQuery(params, {
		instruments: data.instruments.map((i) => i.code),
		groups: data.groups.map((g) => g.code)
	});
	if (!parsed.ok) return { ok: false, kind: 'bad_request', errors: parsed.errors };
	const query = parsed.value;
	const facts = readStrategyFacts(db, data);
	const matrix = fullMatrix(data, query.asOf);
	const year = Number(query.asOf.slice(0, 4));
	let stock: MigrantStockFigures | null = null;
	for (const s of facts.stocks)
		if (s.iso3 === country.iso3 && s.year <= year && (!stock || s.year > stock.year)) stock = s;
	const involving = agreements.involving(db, country.iso3);

	const sections = corridorSections({
		iso3: country.iso3,
		instrument: query.instrument,
		asOf: query.asOf,
		rows: matrix.rows,
		asOrigin: corridors.fromOrigin(db, country.iso3),
		asDestination: corridors.intoDestination(db, country.iso3),
		stock,
		remittances: facts.remittances.filter((r) => r.iso3 === country.iso3 && r.year <= year),
		agreements: involving,
		itucFacts: facts.itucFacts,
		names: facts.names,
		citizenshipData: facts.citizenshipData,
		group: query.group,
		limit: query.limit
	});
	return {
		ok: true,
		value: {
			data,
			facts,
			query,
			matrix,
			instrument: matrix.instruments.find((i) => i.code === query.instrument)!,
			country,
			stock,
			sections,
			agreements: involving
		}
	};
}

/** Views the corridor map may use: the Gulf and South Asia when every end falls in it. */
export const CORRIDOR_MAP_VIEWS = [
	'gulf-south-asia',
	'world'
] as const satisfies readonly MapViewId[];
export const CORRIDOR_MAP_WIDTH = 960;

/** The corridor map for a view: the state, its partners shown, and the agreements' other ends. */
export function corridorMapOf(view: CorridorView, width = CORRIDOR_MAP_WIDTH): CorridorMap {
	const { data, country, sections, query } = view;
	const countries = matrixStates(data).map((c) => ({ iso3: c.iso3, m49: c.m49, name: c.name }));
	const rows = sections.sections.flatMap((s) => s.rows);
	const statusOf = (iso3: string) => {
		const row = view.matrix.rows.find((r) => r.country.iso3 === iso3);
		return row?.cells[query.instrument]?.status ?? null;
	};
	const names = view.facts.names;
	const endIso3s = new Set<string>([
		country.iso3,
		...rows.map((r) => r.partner.iso3),
		...view.agreements.flatMap((a) => [a.originIso3, a.destinationIso3])
	]);
	const listed = new Set(countries.map((c) => c.iso3));
	const mapView = firstViewShowing(
		CORRIDOR_MAP_VIEWS,
		width,
		countries,
		[...endIso3s].filter((iso3) => listed.has(iso3))
	);
	const { points } = statePoints(mapView, width, countries);
	return corridorMap({
		geometry: buildMapGeometry(mapView, width, countries),
		points,
		focus: { iso3: country.iso3, name: country.name, status: statusOf(country.iso3) },
		ends: [...endIso3s].map((iso3) => ({
			iso3,
			name: names[iso3] ?? iso3,
			status: statusOf(iso3)
		})),
		flows: rows.map((r) => ({
			originIso3: r.corridor.originIso3,
			destinationIso3: r.corridor.destinationIso3,
			originName: names[r.corridor.originIso3] ?? r.corridor.originIso3,
			destinationName: names[r.corridor.destinationIso3] ?? r.corridor.destinationIso3,
			migrants: r.corridor.migrants,
			year: r.corridor.year,
			note: r.fact?.opportunity ? SOLIDARITY_KIND_LABELS[r.fact.opportunity] : ''
		})),
		agreements: view.agreements.map((a) => ({
			originIso3: a.originIso3,
			destinationIso3: a.destinationIso3,
			originName: names[a.originIso3] ?? a.originIso3,
			destinationName: names[a.destinationIso3] ?? a.destinationIso3,
			signedOn: a.signedOn
		})),
		instrument: query.instrument,
		asOf: query.asOf,
		hrefQuery: corridorQueryString(query),
		countryHrefQuery: query.asOfExplicit ? `?as_of=${query.asOf}` : ''
	});
}
