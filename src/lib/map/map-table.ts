/**
 * The table of equal standing beside a map: the same States, statuses and dates as the map, with
 * the reason and the source the map has no room for, in an order the reader picks. Plain rows, so
 * the page table, the CSV and the map can be checked against each other.
 */
import type { CampaignMarker } from '$lib/domain/campaign-progress';
import type { Coverage } from '$lib/domain/coverage';
import type { IsoDay } from '$lib/domain/partial-date';
import type { DerivedStatus } from '$lib/domain/ratification-status';
import { STATUSES, type Status } from '$lib/domain/statuses';
import type { MapSortDirection, MapTableSort } from '$lib/domain/map-query';
import { statusFact } from './status-words';

export interface MapTableRow {
	iso3: string;
	name: string;
	status: Status;
	/** Partial date (see StatusFact): since when, known as of when, or the undecisive record's. */
	date: string | null;
	/** A source's limit on what the ratification binds (Zanzibar only, annexes excluded), if any. */
	limit: string | null;
	/** Why, in one sentence; null when we hold no record (the table says so once). */
	reason: string | null;
	sourceUrl: string | null;
	sourceTitle: string | null;
	inGroup: boolean;
	/** The national campaign recorded for this State and instrument (campaign-progress.ts), if any. */
	campaign: CampaignMarker | null;
}

export interface MapTableInput {
	code: string;
	asOf: IsoDay;
	/** The instrument's official status page: where a "not ratified" from the full count is checked. */
	officialStatusUrl: string | null;
	coverage: Pick<Coverage, 'officialCountAsOf'>;
	states: readonly {
		iso3: string;
		name: string;
		cell: DerivedStatus;
		inGroup: boolean;
		campaign?: CampaignMarker | null;
	}[];
}

export function instrumentTableRows(input: MapTableInput): MapTableRow[] {
	return input.states.map(({ iso3, name, cell, inGroup, campaign = null }) => {
		const fact = statusFact(cell, input.coverage.officialCountAsOf, input.asOf);
		const { event, statement } = cell;
		const decided = event !== null || statement !== null || cell.status !== 'unknown';
		return {
			iso3,
			name,
			status: cell.status,
			date: fact.date,
			limit: fact.limit ?? null,
			reason: decided ? cell.reason : null,
			sourceUrl:
				event?.sourceUrl ??
				statement?.sourceUrl ??
				(cell.status === 'not_ratified' ? input.officialStatusUrl : null),
			sourceTitle: event?.sourceTitle ?? null,
			inGroup,
			campaign
		};
	});
}

export interface CoverageTableRow {
	iso3: string;
	name: string;
	inForce: number;
	/** One status per instrument, in the instruments' order. */
	statuses: Status[];
	inGroup: boolean;
}

const STATUS_ORDER = Object.fromEntries(STATUSES.map((s, i) => [s, i])) as Record<Status, number>;
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en');

/** Rows in the asked order; ties always fall back to the name, so the order is stable. */
export function sortInstrumentTable(
	rows: readonly MapTableRow[],
	sort: MapTableSort,
	dir: MapSortDirection
): MapTableRow[] {
	const compare: Record<MapTableSort, (a: MapTableRow, b: MapTableRow) => number> = {
		name: byName,
		status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || byName(a, b),
		// Undated rows last in either direction: "no date" is not earlier than every date.
		date: (a, b) =>
			a.date === b.date
				? byName(a, b)
				: a.date === null
					? 1
					: b.date === null
						? -1
						: a.date.localeCompare(b.date) * (dir === 'desc' ? -1 : 1)
	};
	const sorted = [...rows].sort(compare[sort]);
	return dir === 'desc' && sort !== 'date' ? sorted.reverse() : sorted;
}

export function sortCoverageTable(
	rows: readonly CoverageTableRow[],
	sort: MapTableSort,
	dir: MapSortDirection
): CoverageTableRow[] {
	const sorted = [...rows].sort(
		sort === 'status' ? (a, b) => a.inForce - b.inForce || byName(a, b) : byName
	);
	return dir === 'desc' ? sorted.reverse() : sorted;
}
