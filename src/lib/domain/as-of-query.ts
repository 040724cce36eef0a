/**
 * The query of a single-resource answer (one country, one instrument): only `as_of`, parsed as the
 * matrix parses it. Any other parameter is an error naming what is accepted, never silently ignored.
 */
import { parseAsOf } from './as-of';
import type { IsoDay } from './partial-date';
import { paramError, type ParamError, type ParseResult } from './query-error';

export const AS_OF_QUERY_PARAMS = ['as_of'] as const;

export interface AsOfQuery {
	asOf: IsoDay;
	/** True when the URL named a date (false: today). */
	asOfExplicit: boolean;
}

export function parseAsOfQuery(params: URLSearchParams, today?: IsoDay): ParseResult<AsOfQuery> {
	const errors: ParamError[] = [];
	for (const [name, value] of params)
		if (!(AS_OF_QUERY_PARAMS as readonly string[]).includes(name))
			errors.push(
				paramError(
					name,
					value,
					`no value: this address takes only ${AS_OF_QUERY_PARAMS.join(', ')}`
				)
			);
	const asOf = parseAsOf(params.get('as_of'), today);
	if (!asOf.ok) errors.push(asOf.error);
	if (errors.length || !asOf.ok) return { ok: false, errors };
	return { ok: true, value: { asOf: asOf.value, asOfExplicit: asOf.explicit } };
}

/** The query string for an as_of query, empty when it defaulted to today. */
export function asOfQueryString(query: AsOfQuery): string {
	return query.asOfExplicit ? `?as_of=${query.asOf}` : '';
}
