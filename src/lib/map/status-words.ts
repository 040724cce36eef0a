/**
 * The words a map uses for a status: the fact behind a State's colour (status and date) and the
 * phrases of its accessible name and of the map's description. Shared by the map, its table and
 * its details panel, so all three say the same thing.
 */
import { formatPartialDate, type IsoDay } from '$lib/domain/partial-date';
import type { DerivedStatus } from '$lib/domain/ratification-status';
import { STATUSES, type Status } from '$lib/domain/statuses';

/** What a State's label and table row say about one instrument: the status and its date. */
export interface StatusFact {
	status: Status;
	/**
	 * Partial date: when the status began; for "not ratified", the date our knowledge dates from, as
	 * precise as its source; for "unknown", the date on the record that cannot decide the day.
	 */
	date: string | null;
	/** Where a source limits what the ratification binds (in force or ratified): the limit in words. */
	limit?: string | null;
}

/**
 * The date to print beside a derived status. "Not ratified" from a statement keeps the statement's
 * precision (2023, not 1 Jan 2023); from the complete official count, the count's date.
 */
export function statusFact(
	cell: DerivedStatus,
	officialCountAsOf: string | null,
	asOf: IsoDay
): StatusFact {
	if (cell.status === 'not_ratified') {
		const earlier = cell.knownAsOf !== null && cell.knownAsOf < asOf;
		const date = earlier ? (cell.statement?.asOf ?? officialCountAsOf ?? cell.knownAsOf) : asOf;
		return { status: cell.status, date };
	}
	if (cell.status === 'unknown') return { status: cell.status, date: cell.event?.date ?? null };
	return { status: cell.status, date: cell.since, limit: cell.event?.scope ?? null };
}

/** "C097 in force since 1 Jan 2000", "ICRMW not ratified as of 2023", "C097 unknown, no sourced record". */
export function statusPhrase(code: string, fact: StatusFact): string {
	const on = fact.date ? formatPartialDate(fact.date) : null;
	const limit = fact.limit ? `; limited in scope: ${fact.limit}` : '';
	switch (fact.status) {
		case 'in_force':
			return `${code} in force${on ? ` since ${on}` : ''}${limit}`;
		case 'ratified_not_in_force':
			return `${code} ratified${on ? ` ${on}` : ''}, not yet in force${limit}`;
		case 'signed':
			return `${code} signed${on ? ` ${on}` : ''}, not ratified`;
		case 'denounced':
			return `${code} denounced${on ? ` ${on}` : ''}`;
		case 'not_ratified':
			return `${code} not ratified${on ? ` as of ${on}` : ''}`;
		case 'unknown':
			return on
				? `${code} unknown on this day: the record is dated only ${on}`
				: `${code} unknown, no sourced record`;
	}
}

/** Status names that read inside a comma-separated list ("1 ratified but not yet in force"). */
const STATUS_IN_LIST: Record<Status, string> = {
	in_force: 'in force',
	ratified_not_in_force: 'ratified but not yet in force',
	signed: 'signed but not ratified',
	denounced: 'denounced',
	not_ratified: 'not ratified',
	unknown: 'unknown'
};

/** "53 in force, 1 ratified but not yet in force, 141 unknown": statuses held by any State. */
export function statusCountsText(counts: Readonly<Record<Status, number>>): string {
	const parts = STATUSES.filter((s) => counts[s] > 0).map(
		(s) => `${counts[s]} ${STATUS_IN_LIST[s]}`
	);
	return parts.length ? parts.join(', ') : 'no States';
}
