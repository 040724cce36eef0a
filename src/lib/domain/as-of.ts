/** The `as_of` parameter: the day every status is derived for. */
import * as v from 'valibot';
import { isRealDay, todayIso, type IsoDay } from './partial-date';
import { paramError, type ParamError } from './query-error';

export const AS_OF_ACCEPTED =
	"a real calendar date written YYYY-MM-DD, from 1919-01-01 (the ILO's founding) to today";
export const EARLIEST_AS_OF = '1919-01-01';

/** Built on first use, so a browser page importing this module does not pull in the validator. */
let asOfSchema: v.GenericSchema<string, string> | null = null;
const schema = () =>
	(asOfSchema ??= v.pipe(
		v.string(),
		v.check(isRealDay),
		v.check((s) => s >= EARLIEST_AS_OF)
	));

/** Parse `as_of`; missing or empty means today. Dates after today are refused: we record, not forecast. */
export function parseAsOf(
	raw: string | null,
	today: IsoDay = todayIso()
): { ok: true; value: IsoDay; explicit: boolean } | { ok: false; error: ParamError } {
	if (raw === null || raw === '') return { ok: true, value: today, explicit: false };
	const parsed = v.safeParse(schema(), raw);
	if (!parsed.success || raw > today)
		return { ok: false, error: paramError('as_of', raw, AS_OF_ACCEPTED.replace('today', today)) };
	return { ok: true, value: raw, explicit: true };
}
