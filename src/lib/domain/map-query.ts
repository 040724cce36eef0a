/**
 * A map's URL state: the day, the view, the group to outline and, for images and embeds, the size
 * and look. Every map address (page, SVG, PNG, embed) is parsed here, each allowing its own subset,
 * so the same link means the same map everywhere. Parsed strictly: an unknown or repeated
 * parameter, or a value outside what is accepted, is an error naming what would be right.
 *
 * Flags (`plain`, `dark`, `transparent`) are on when present bare or empty (`?dark`, `?dark=`, as
 * HTML boolean attributes read) or given `1` or `true`, and off when absent or given `0` or `false`;
 * any other value is an error, not a guess. Links we write use `1`.
 */
import * as v from 'valibot';
import { parseAsOf } from './as-of';
import {
	DEFAULT_MAP_VIEW,
	DEFAULT_MAP_WIDTH,
	FLAG_ACCEPTED,
	MAP_SORT_DIRECTIONS,
	MAP_TABLE_SORTS,
	MAX_QUERY_WIDTH,
	MIN_QUERY_WIDTH,
	type MapParam,
	type MapQuery,
	type MapTableSort
} from './map-address';
import type { IsoDay } from './partial-date';
import { paramError, type ParamError, type ParseResult } from './query-error';

// Re-exported so that one import serves code that parses and builds map addresses on the server.
export * from './map-address';

export interface MapQueryOptions {
	/** The parameters this address takes; any other is an error. */
	allowed: readonly MapParam[];
	/** View ids accepted for `view` (from MAP_VIEWS). */
	views: readonly string[];
	/** Group codes accepted for `group` (from the data, never a fixed list). */
	groups: readonly string[];
	/** Table orders this address offers; all of MAP_TABLE_SORTS unless given. */
	sorts?: readonly MapTableSort[];
	/** Width when `width` is not given. */
	defaultWidth?: number;
	/** Today, for `as_of`; defaults to the real today (tests pass a fixed day). */
	today?: IsoDay;
}

// Schemas are built when parsing, not at import: pages import mapQueryString into the browser,
// and a schema built at the top of the module would bring valibot along.
const widthSchema = () =>
	v.pipe(
		v.string(),
		v.regex(/^\d{1,5}$/),
		v.transform(Number),
		v.minValue(MIN_QUERY_WIDTH),
		v.maxValue(MAX_QUERY_WIDTH)
	);
const flagSchema = () => v.picklist(['', '1', 'true', '0', 'false']);

export function parseMapQuery(
	params: URLSearchParams,
	options: MapQueryOptions
): ParseResult<MapQuery> {
	const errors: ParamError[] = [];
	const allowed = options.allowed as readonly string[];
	const only = `no value: this address takes only ${options.allowed.join(', ')}`;
	const reported = new Set<string>();
	for (const [name, value] of params) {
		if (reported.has(name)) continue;
		if (!allowed.includes(name)) {
			errors.push(paramError(name, value, only));
			reported.add(name);
		} else if (params.getAll(name).length > 1) {
			errors.push(paramError(name, params.getAll(name).join(', '), 'a single value'));
			reported.add(name);
		}
	}
	/** The value of an allowed parameter given once, else null (its error is already listed). */
	const get = (name: MapParam) =>
		allowed.includes(name) && !reported.has(name) ? params.get(name) : null;

	const pick = <T extends string>(name: MapParam, accepted: readonly T[], fallback: T): T => {
		const raw = get(name);
		if (raw === null || raw === '') return fallback;
		const result = v.safeParse(v.picklist(accepted), raw);
		if (result.success) return result.output;
		errors.push(paramError(name, raw, `one of ${accepted.join(', ')}`));
		return fallback;
	};

	const asOf = parseAsOf(get('as_of'), options.today);
	if (!asOf.ok) errors.push(asOf.error);
	const view = pick('view', options.views, DEFAULT_MAP_VIEW);
	const group = pickGroup(get('group'), options.groups, errors);
	const sort = pick('sort', options.sorts ?? MAP_TABLE_SORTS, 'name');
	const dir = pick('dir', MAP_SORT_DIRECTIONS, 'asc');
	const width = parseWidth(get('width'), options.defaultWidth ?? DEFAULT_MAP_WIDTH, errors);
	const flag = (name: MapParam) => parseFlag(name, get(name), errors);
	const [plain, dark, transparent] = [flag('plain'), flag('dark'), flag('transparent')];

	if (errors.length || !asOf.ok) return { ok: false, errors };
	return {
		ok: true,
		value: {
			asOf: asOf.value,
			asOfExplicit: asOf.explicit,
			view,
			group,
			sort,
			dir,
			width,
			plain,
			dark,
			transparent
		}
	};
}

function pickGroup(raw: string | null, groups: readonly string[], errors: ParamError[]) {
	if (raw === null || raw === '') return null;
	if (groups.includes(raw)) return raw;
	errors.push(paramError('group', raw, `one of ${groups.join(', ')}, or nothing`));
	return null;
}

function parseWidth(raw: string | null, fallback: number, errors: ParamError[]): number {
	if (raw === null) return fallback;
	const result = v.safeParse(widthSchema(), raw);
	if (result.success) return result.output;
	errors.push(
		paramError(
			'width',
			raw,
			`a whole number of pixels from ${MIN_QUERY_WIDTH} to ${MAX_QUERY_WIDTH} (default ${fallback})`
		)
	);
	return fallback;
}

function parseFlag(name: MapParam, raw: string | null, errors: ParamError[]): boolean {
	if (raw === null) return false;
	const result = v.safeParse(flagSchema(), raw);
	if (result.success) return result.output !== '0' && result.output !== 'false';
	errors.push(paramError(name, raw, FLAG_ACCEPTED));
	return false;
}
