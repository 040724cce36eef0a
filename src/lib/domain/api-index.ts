/**
 * The API's own description (/api/v1): endpoints, the parameters each takes and the codes they accept,
 * read from the data so that a new instrument or group appears here without an edit.
 */
import { AS_OF_ACCEPTED } from './as-of';
import { exportMeta, type ExportMeta } from './export-meta';
import { CORRIDOR_LIMIT_ACCEPTED } from './corridor-query';
import { MATRIX_CSV_CELL_COLUMNS, MATRIX_CSV_COUNTRY_COLUMNS } from './matrix-csv';
import { DEFAULT_STRATEGY_INSTRUMENT, STRATEGY_SIDES } from './strategy/strategy-query';
import { exportStatuses } from './matrix-export';
import { ILO_FILTERS, MATRIX_PARAMS, MAX_SEARCH_LENGTH, SORT_DIRECTIONS } from './matrix-query';
import type { IsoDay } from './partial-date';
import { STATUSES } from './statuses';
import type { Group, Instrument } from './tracker-data';

export interface ApiParameter {
	name: string;
	accepts: string;
}

export interface ApiEndpoint {
	path: string;
	contentType: string;
	description: string;
	parameters: ApiParameter[];
}

export interface ApiIndexDocument {
	meta: Omit<ExportMeta, 'asOf' | 'asOfExplicit'>;
	endpoints: ApiEndpoint[];
	instruments: { code: string; shortTitle: string; url: string }[];
	groups: { code: string; name: string }[];
	statuses: ReturnType<typeof exportStatuses>;
	/** How answers may be cached and revalidated. */
	caching: string;
	errors: string;
}

type MatrixParam = (typeof MATRIX_PARAMS)[number];

/** Typed by MATRIX_PARAMS, so a new matrix parameter cannot go undocumented. */
function matrixParameters(
	instruments: readonly string[],
	groups: readonly string[],
	today: IsoDay
) {
	const accepts: Record<MatrixParam, string> = {
		as_of: `${AS_OF_ACCEPTED.replace('today', today)}; default: today (UTC)`,
		group: `one of ${groups.join(', ')}; default: every state`,
		ilo: `one of ${ILO_FILTERS.join(', ')} (ILO membership); default: any`,
		status: `one of ${STATUSES.join(', ')}: states with this status for \`instrument\`, or for any instrument when none is given`,
		instrument: `one of ${instruments.join(', ')}: the instrument \`status\` applies to`,
		q: `text of at most ${MAX_SEARCH_LENGTH} characters found in a state's name or code, ignoring case and accents`,
		sort: `name, iso3, or an instrument code (${instruments.join(', ')}) to sort by its status then date; default: name`,
		dir: `one of ${SORT_DIRECTIONS.join(', ')}; default: asc`
	};
	return MATRIX_PARAMS.map((name) => ({ name, accepts: accepts[name] }));
}

export function apiIndexDocument(input: {
	instruments: readonly Pick<Instrument, 'code' | 'shortTitle'>[];
	groups: readonly Group[];
	dataVersion: number;
	origin: string;
	today: IsoDay;
}): ApiIndexDocument {
	const { origin, today } = input;
	const codes = input.instruments.map((i) => i.code);
	const matrixParams = matrixParameters(
		codes,
		input.groups.map((g) => g.code),
		today
	);
	const asOfOnly = matrixParams.filter((p) => p.name === 'as_of');
	const byName = (name: string) => matrixParams.find((p) => p.name === name)!;
	const instrumentParam = {
		name: 'instrument',
		accepts: `one of ${codes.join(', ')}; default: ${DEFAULT_STRATEGY_INSTRUMENT}`
	};
	const strategyParams: ApiParameter[] = [
		instrumentParam,
		{ name: 'side', accepts: `one of ${STRATEGY_SIDES.join(', ')}; default: both` },
		byName('group'),
		byName('as_of')
	];
	const corridorParams: ApiParameter[] = [
		instrumentParam,
		{
			name: 'group',
			accepts: `${byName('group').accepts.replace('every state', 'every partner')}`
		},
		{ name: 'limit', accepts: CORRIDOR_LIMIT_ACCEPTED },
		byName('as_of')
	];
	const {
		asOf: _asOf,
		asOfExplicit: _explicit,
		...meta
	} = exportMeta({
		asOf: today,
		asOfExplicit: false,
		dataVersion: input.dataVersion,
		origin
	});
	return {
		meta,
		endpoints: [
			{
				path: `${origin}/api/v1/matrix.json`,
				contentType: 'application/json',
				description:
					'Every state × instrument on the as_of day, filtered and sorted as on /matrix, with coverage and provenance in meta.',
				parameters: matrixParams
			},
			{
				path: `${origin}/data/matrix.csv`,
				contentType: 'text/csv',
				description: `The same rows as matrix.json for the same parameters, one per state: ${MATRIX_CSV_COUNTRY_COLUMNS.join(', ')}, then per instrument ${MATRIX_CSV_CELL_COLUMNS.map(([suffix]) => `<CODE>_${suffix}`).join(', ')}.`,
				parameters: matrixParams
			},
			{
				path: `${origin}/api/v1/countries/{iso3}.json`,
				contentType: 'application/json',
				description:
					'One state (ISO 3166-1 alpha-3, any case): memberships, derived status with every event and statement per instrument, migrant stock 2024, remittances 2022 and the top corridors each way.',
				parameters: asOfOnly
			},
			{
				path: `${origin}/api/v1/instruments/{code}.json`,
				contentType: 'application/json',
				description: 'One instrument: its coverage and every state grouped by derived status.',
				parameters: asOfOnly
			},
			{
				path: `${origin}/api/v1/strategy.json`,
				contentType: 'application/json',
				description:
					'Strategic origin and destination states for one instrument, ranked as on /strategy, each with its importance reasons, status, prospect band and sourced reasons.',
				parameters: strategyParams
			},
			{
				path: `${origin}/data/strategy.csv`,
				contentType: 'text/csv',
				description: 'The same rows as strategy.json for the same parameters.',
				parameters: strategyParams
			},
			{
				path: `${origin}/api/v1/corridors/{iso3}.json`,
				contentType: 'application/json',
				description:
					"One state's largest migration corridors each way (UN DESA 2020), with the instrument's status at both ends, solidarity opportunities and union agreements.",
				parameters: corridorParams
			}
		],
		instruments: input.instruments.map((i) => ({
			code: i.code,
			shortTitle: i.shortTitle,
			url: `${origin}/api/v1/instruments/${i.code}.json`
		})),
		groups: input.groups.map((g) => ({ code: g.code, name: g.name })),
		statuses: exportStatuses(),
		caching:
			'Answers carry a strong ETag (a hash of the body) and answer If-None-Match with 304. Answers for today are cached 5 minutes (CDNs 15); answers pinned by an as_of in the past, an hour (CDNs a day).',
		errors:
			'A parameter that cannot be read is a 400 with { error: { status, message, errors: [{ param, value, accepted, message }] } }; an unknown code or address is a 404 with { error: { status, message, hint } }.'
	};
}
