/**
 * The country × instrument matrix as of one day: each cell is a derived status with the event or
 * statement that decides it. Pure: built from TrackerData, filtered and sorted by a MatrixQuery.
 */
import { coverageOf, type Coverage } from './coverage';
import type { IsoDay } from './partial-date';
import { deriveStatus, type DerivedStatus } from './ratification-status';
import type { NotRatifiedStatement, RatificationEvent } from './ratification-event';
import { STATUSES, type Status } from './statuses';
import type { Country, Instrument, TrackerData } from './tracker-data';

export interface MatrixRow {
	country: Country;
	/** Group codes the state belongs to now (member, associate or suspended; not withdrawn). */
	groups: string[];
	cells: Record<string, DerivedStatus>;
}

export interface Matrix {
	asOf: IsoDay;
	instruments: (Instrument & { coverage: Coverage })[];
	rows: MatrixRow[];
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
	const map = new Map<string, T[]>();
	for (const item of items) {
		const k = key(item);
		const list = map.get(k);
		if (list) list.push(item);
		else map.set(k, [item]);
	}
	return map;
}

/** ILO Constitution, art. 19(5): conventions are communicated to, and ratified by, Members. */
export const NOT_ILO_MEMBER =
	'not an ILO member State (ilo_members.csv, Feb 2025); only member States can ratify ILO conventions (ILO Constitution, art. 19)';

const pairKey = (x: { iso3: string; instrument: string }) => `${x.iso3}:${x.instrument}`;

/** Coverage of every instrument from the events we hold. */
export function coverageByInstrument(
	data: Pick<TrackerData, 'instruments' | 'events'>
): Map<string, Coverage> {
	return new Map(data.instruments.map((i) => [i.code, coverageOf(i, data.events)]));
}

export function buildMatrix(
	data: TrackerData,
	asOf: IsoDay,
	countries: readonly Country[] = data.countries
): Matrix {
	const coverage = coverageByInstrument(data);
	const events = groupBy<RatificationEvent>(data.events, pairKey);
	const statements = groupBy<NotRatifiedStatement>(data.statements, pairKey);
	const groups = groupBy(
		data.memberships.filter((m) => m.status !== 'withdrawn'),
		(m) => m.iso3
	);
	const instruments = data.instruments.map((i) => ({ ...i, coverage: coverage.get(i.code)! }));
	const rows = countries.map((country) => {
		const cells: Record<string, DerivedStatus> = {};
		for (const instrument of instruments) {
			const key = `${country.iso3}:${instrument.code}`;
			cells[instrument.code] = deriveStatus({
				instrument,
				events: events.get(key) ?? [],
				statements: statements.get(key) ?? [],
				coverage: instrument.coverage,
				asOf,
				ineligible: instrument.body === 'ILO' && !country.iloMember ? NOT_ILO_MEMBER : undefined
			});
		}
		return { country, groups: (groups.get(country.iso3) ?? []).map((m) => m.groupCode), cells };
	});
	return { asOf, instruments, rows };
}

/** How many states hold each status for each instrument. */
export function statusCounts(matrix: Matrix): Record<string, Record<Status, number>> {
	const counts: Record<string, Record<Status, number>> = {};
	for (const i of matrix.instruments) {
		counts[i.code] = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
		for (const row of matrix.rows) counts[i.code][row.cells[i.code].status]++;
	}
	return counts;
}
