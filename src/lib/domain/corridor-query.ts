/**
 * The corridor view's URL state: `/corridors/NPL?instrument=C097&group=GCC&limit=10&as_of=`.
 * Parsed strictly, like the matrix and the strategy view: an unknown value is an error naming what
 * is accepted, never silently ignored.
 */
import * as v from 'valibot';
import { parseAsOf } from './as-of';
import type { IsoDay } from './partial-date';
import { paramError, type ParamError, type ParseResult } from './query-error';
import { DEFAULT_STRATEGY_INSTRUMENT } from './strategy/strategy-query';

/**
 * Ten partners each way: enough to hold every Gulf destination of the large South Asian origins
 * (Nepal's fourth is Qatar, Sri Lanka's sixth Kuwait) while keeping the map's links readable.
 */
export const DEFAULT_CORRIDOR_LIMIT = 10;
/** No state has more partners than there are areas in the UN matrix (235); 250 leaves room. */
export const MAX_CORRIDOR_LIMIT = 250;
export const ALL_CORRIDORS = 'all';

export const CORRIDOR_PARAMS = ['instrument', 'group', 'limit', 'as_of'] as const;

export interface CorridorQuery {
	instrument: string;
	/** Only partners in this group; null: every partner. */
	group: string | null;
	/** How many partners each way, largest first; null: all of them. */
	limit: number | null;
	asOf: IsoDay;
	/** True when the URL named a date (false: today). */
	asOfExplicit: boolean;
}

export const CORRIDOR_LIMIT_ACCEPTED = `a whole number from 1 to ${MAX_CORRIDOR_LIMIT}, or "${ALL_CORRIDORS}" for every corridor; ${DEFAULT_CORRIDOR_LIMIT} if left out`;

const LimitSchema = v.pipe(
	v.string(),
	v.regex(/^\d{1,3}$/),
	v.transform(Number),
	v.minValue(1),
	v.maxValue(MAX_CORRIDOR_LIMIT)
);

export function parseCorridorQuery(
	params: URLSearchParams,
	known: { instruments: readonly string[]; groups: readonly string[] },
	today?: IsoDay
): ParseResult<CorridorQuery> {
	const errors: ParamError[] = [];
	for (const name of new Set(params.keys()))
		if (!(CORRIDOR_PARAMS as readonly string[]).includes(name))
			errors.push(
				paramError(
					name,
					params.get(name) ?? '',
					`no value: this page takes only ${CORRIDOR_PARAMS.join(', ')}`
				)
			);

	const fallbackInstrument = known.instruments.includes(DEFAULT_STRATEGY_INSTRUMENT)
		? DEFAULT_STRATEGY_INSTRUMENT
		: (known.instruments[0] ?? null);
	let instrument = fallbackInstrument;
	const rawInstrument = params.get('instrument') ?? '';
	if (rawInstrument !== '') {
		if (known.instruments.includes(rawInstrument)) instrument = rawInstrument;
		else
			errors.push(
				paramError(
					'instrument',
					rawInstrument,
					`one of ${known.instruments.join(', ')}; ${fallbackInstrument} if left out`
				)
			);
	}
	if (instrument === null)
		errors.push(paramError('instrument', '', 'an instrument code, but none is loaded'));

	let group: string | null = null;
	const rawGroup = params.get('group') ?? '';
	if (rawGroup !== '') {
		if (known.groups.includes(rawGroup)) group = rawGroup;
		else
			errors.push(
				paramError('group', rawGroup, `one of ${known.groups.join(', ')}, or nothing for all`)
			);
	}

	let limit: number | null = DEFAULT_CORRIDOR_LIMIT;
	const rawLimit = params.get('limit') ?? '';
	if (rawLimit === ALL_CORRIDORS) limit = null;
	else if (rawLimit !== '') {
		const parsed = v.safeParse(LimitSchema, rawLimit);
		if (parsed.success) limit = parsed.output;
		else errors.push(paramError('limit', rawLimit, CORRIDOR_LIMIT_ACCEPTED));
	}

	const asOf = parseAsOf(params.get('as_of'), today);
	if (!asOf.ok) errors.push(asOf.error);

	if (errors.length || !asOf.ok || instrument === null) return { ok: false, errors };
	return {
		ok: true,
		value: { instrument, group, limit, asOf: asOf.value, asOfExplicit: asOf.explicit }
	};
}

/** The query string for a query, leaving out defaults, so links stay short and canonical. */
export function corridorQueryString(
	query: CorridorQuery,
	overrides: Partial<CorridorQuery> = {}
): string {
	const q = { ...query, ...overrides };
	const params = new URLSearchParams();
	if (q.instrument !== DEFAULT_STRATEGY_INSTRUMENT) params.set('instrument', q.instrument);
	if (q.group) params.set('group', q.group);
	if (q.limit !== DEFAULT_CORRIDOR_LIMIT)
		params.set('limit', q.limit === null ? ALL_CORRIDORS : String(q.limit));
	if (q.asOfExplicit) params.set('as_of', q.asOf);
	const s = params.toString();
	return s ? `?${s}` : '';
}
