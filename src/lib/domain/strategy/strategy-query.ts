/**
 * The strategy view's URL state: `?instrument=C097&side=origin|destination|both&group=GCC&as_of=`.
 * Parsed strictly, like the matrix: an unknown value is an error naming what is accepted.
 */
import * as v from 'valibot';
import { parseAsOf } from '../as-of';
import type { IsoDay } from '../partial-date';
import { paramError, type ParamError, type ParseResult } from '../query-error';
import { MIGRATION_SIDES, type MigrationSide } from './migration-side';

export const STRATEGY_SIDES = ['both', ...MIGRATION_SIDES] as const;
export type StrategySide = (typeof STRATEGY_SIDES)[number];

/**
 * C097 by default: the Kuwait 2010 concept note's programme is "the wider ratification and
 * implementation of the two ILO migrant worker Conventions", C097 first, and the Brussels 2012 plan
 * directs its strategic focus ("origin and destination countries of strategic importance") at the
 * ILO conventions. Of the two, C097 has the more ratifying states (54 against C143's 29), so more
 * related ratifications and group peers to build on.
 */
export const DEFAULT_STRATEGY_INSTRUMENT = 'C097';
/** Both sides by default: the plan names "origin and destination countries" together. */
export const DEFAULT_STRATEGY_SIDE: StrategySide = 'both';

export const STRATEGY_PARAMS = ['instrument', 'side', 'group', 'as_of'] as const;

export interface StrategyQuery {
	instrument: string;
	side: StrategySide;
	/** Only states of this group; null: every state. */
	group: string | null;
	asOf: IsoDay;
	/** True when the URL named a date (false: today). */
	asOfExplicit: boolean;
}

/** The migration sides a query asks about. */
export function sidesOf(side: StrategySide): MigrationSide[] {
	return side === 'both' ? [...MIGRATION_SIDES] : [side];
}

export function parseStrategyQuery(
	params: URLSearchParams,
	known: { instruments: readonly string[]; groups: readonly string[] },
	today?: IsoDay
): ParseResult<StrategyQuery> {
	const errors: ParamError[] = [];
	const pick = <T extends string>(
		name: string,
		accepted: readonly T[],
		fallback: T | null
	): T | null => {
		const raw = params.get(name) ?? '';
		if (raw === '') return fallback;
		const result = v.safeParse(v.picklist(accepted), raw);
		if (result.success) return result.output;
		const orNothing = fallback === null ? ', or nothing for all' : `; ${fallback} if left out`;
		errors.push(paramError(name, raw, `one of ${accepted.join(', ')}${orNothing}`));
		return fallback;
	};

	for (const name of new Set(params.keys()))
		if (!(STRATEGY_PARAMS as readonly string[]).includes(name))
			errors.push(
				paramError(
					name,
					params.get(name) ?? '',
					`no value: this page takes only ${STRATEGY_PARAMS.join(', ')}`
				)
			);

	const fallbackInstrument = known.instruments.includes(DEFAULT_STRATEGY_INSTRUMENT)
		? DEFAULT_STRATEGY_INSTRUMENT
		: (known.instruments[0] ?? null);
	const instrument = pick('instrument', known.instruments, fallbackInstrument);
	const side = pick('side', STRATEGY_SIDES, DEFAULT_STRATEGY_SIDE)!;
	const group = pick('group', known.groups, null);
	const asOf = parseAsOf(params.get('as_of'), today);
	if (!asOf.ok) errors.push(asOf.error);
	if (instrument === null)
		errors.push(paramError('instrument', '', 'an instrument code, but none is loaded'));

	if (errors.length || !asOf.ok || instrument === null) return { ok: false, errors };
	return {
		ok: true,
		value: { instrument, side, group, asOf: asOf.value, asOfExplicit: asOf.explicit }
	};
}

/** The query string for a query, leaving out defaults, so links stay short and canonical. */
export function strategyQueryString(
	query: StrategyQuery,
	overrides: Partial<StrategyQuery> = {}
): string {
	const q = { ...query, ...overrides };
	const params = new URLSearchParams();
	if (q.instrument !== DEFAULT_STRATEGY_INSTRUMENT) params.set('instrument', q.instrument);
	if (q.side !== DEFAULT_STRATEGY_SIDE) params.set('side', q.side);
	if (q.group) params.set('group', q.group);
	if (q.asOfExplicit) params.set('as_of', q.asOf);
	const s = params.toString();
	return s ? `?${s}` : '';
}
