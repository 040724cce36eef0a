/**
 * The matrix's URL state: every filter and sort lives in the query string, so a view can be shared,
 * bookmarked, exported (CSV, JSON) and used without JavaScript. Parsed strictly: an unknown value is
 * an error naming what is accepted, never silently ignored.
 */
import * as v from 'valibot';
import { parseAsOf } from './as-of';
import { searchKey } from './search-key';
import type { Matrix, MatrixRow } from './matrix';
import type { IsoDay } from './partial-date';
import { paramError, type ParamError, type ParseResult } from './query-error';
import { STATUSES, type Status } from './statuses';

export const ILO_FILTERS = ['any', 'member', 'non_member'] as const;
export type IloFilter = (typeof ILO_FILTERS)[number];
export const SORT_DIRECTIONS = ['asc', 'desc'] as const;
export const MAX_SEARCH_LENGTH = 100;

export interface MatrixQuery {
	asOf: IsoDay;
	/** True when the URL named a date (false: today). */
	asOfExplicit: boolean;
	group: string | null;
	ilo: IloFilter;
	status: Status | null;
	/** Which instrument `status` applies to; null: any instrument. */
	instrument: string | null;
	q: string;
	sort: string;
	dir: (typeof SORT_DIRECTIONS)[number];
}

export const DEFAULT_SORT = 'name';

/** The parameters this query accepts, for error messages and for keeping URLs clean. */
export const MATRIX_PARAMS = [
	'as_of',
	'group',
	'ilo',
	'status',
	'instrument',
	'q',
	'sort',
	'dir'
] as const;

export function parseMatrixQuery(
	params: URLSearchParams,
	known: { groups: readonly string[]; instruments: readonly string[] },
	today?: IsoDay
): ParseResult<MatrixQuery> {
	const errors: ParamError[] = [];
	const get = (name: string) => params.get(name) ?? '';
	const pick = <T extends string>(
		name: string,
		accepted: readonly T[],
		fallback: T | null
	): T | null => {
		const raw = get(name);
		if (raw === '') return fallback;
		const result = v.safeParse(v.picklist(accepted), raw);
		if (result.success) return result.output;
		errors.push(
			paramError(
				name,
				raw,
				`one of ${accepted.join(', ')}${fallback === null ? ', or nothing' : ''}`
			)
		);
		return fallback;
	};

	for (const name of params.keys())
		if (!(MATRIX_PARAMS as readonly string[]).includes(name))
			errors.push(
				paramError(name, get(name), `no value: this address takes only ${MATRIX_PARAMS.join(', ')}`)
			);

	const asOf = parseAsOf(params.get('as_of'), today);
	if (!asOf.ok) errors.push(asOf.error);
	const group = pick('group', known.groups, null);
	const ilo = pick('ilo', ILO_FILTERS, 'any')!;
	const status = pick('status', STATUSES, null);
	const instrument = pick('instrument', known.instruments, null);
	const q = get('q').trim();
	if (q.length > MAX_SEARCH_LENGTH)
		errors.push(
			paramError(
				'q',
				`${q.slice(0, 20)}…`,
				`a name or code of at most ${MAX_SEARCH_LENGTH} characters`
			)
		);
	const sort = pick('sort', ['name', 'iso3', ...known.instruments], DEFAULT_SORT)!;
	const dir = pick('dir', SORT_DIRECTIONS, 'asc')!;
	if (errors.length) return { ok: false, errors };
	return {
		ok: true,
		value: {
			asOf: asOf.ok ? asOf.value : '',
			asOfExplicit: asOf.ok && asOf.explicit,
			group,
			ilo,
			status,
			instrument,
			q,
			sort,
			dir
		}
	};
}

/** The query string for a query, leaving out defaults, so links stay short and canonical. */
export function matrixQueryString(
	query: Partial<MatrixQuery>,
	overrides: Partial<MatrixQuery> = {}
): string {
	const q = { ...query, ...overrides };
	const params = new URLSearchParams();
	if (q.asOfExplicit && q.asOf) params.set('as_of', q.asOf);
	if (q.group) params.set('group', q.group);
	if (q.ilo && q.ilo !== 'any') params.set('ilo', q.ilo);
	if (q.status) params.set('status', q.status);
	if (q.instrument) params.set('instrument', q.instrument);
	if (q.q) params.set('q', q.q);
	if (q.sort && q.sort !== DEFAULT_SORT) params.set('sort', q.sort);
	if (q.dir && q.dir !== 'asc') params.set('dir', q.dir);
	const s = params.toString();
	return s ? `?${s}` : '';
}

const STATUS_ORDER = Object.fromEntries(STATUSES.map((s, i) => [s, i])) as Record<Status, number>;

function compareRows(sort: string): (a: MatrixRow, b: MatrixRow) => number {
	if (sort === 'name') return (a, b) => a.country.name.localeCompare(b.country.name, 'en');
	if (sort === 'iso3') return (a, b) => a.country.iso3.localeCompare(b.country.iso3);
	return (a, b) => {
		const x = a.cells[sort];
		const y = b.cells[sort];
		return (
			STATUS_ORDER[x.status] - STATUS_ORDER[y.status] ||
			(x.event?.date ?? '').localeCompare(y.event?.date ?? '') ||
			a.country.name.localeCompare(b.country.name, 'en')
		);
	};
}

/** Rows that pass the filters, in the asked order. */
export function applyMatrixQuery(matrix: Matrix, query: MatrixQuery): MatrixRow[] {
	const needle = searchKey(query.q);
	const rows = matrix.rows.filter((row) => {
		if (query.group && !row.groups.includes(query.group)) return false;
		if (query.ilo === 'member' && !row.country.iloMember) return false;
		if (query.ilo === 'non_member' && row.country.iloMember) return false;
		if (query.status) {
			const codes = query.instrument ? [query.instrument] : matrix.instruments.map((i) => i.code);
			if (!codes.some((c) => row.cells[c]?.status === query.status)) return false;
		}
		if (
			needle &&
			!searchKey(row.country.name).includes(needle) &&
			!searchKey(row.country.iso3).includes(needle)
		)
			return false;
		return true;
	});
	rows.sort(compareRows(query.sort));
	if (query.dir === 'desc') rows.reverse();
	return rows;
}
