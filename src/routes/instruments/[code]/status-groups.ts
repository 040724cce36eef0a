/**
 * An instrument's states grouped by derived status, in the campaign's status order, each row with
 * the date, source and confidence that decide it. Pure: built from a Matrix for one day.
 */
import type { Matrix } from '$lib/domain/matrix';
import type { Confidence } from '$lib/domain/ratification-event';
import { STATUSES, type Status } from '$lib/domain/statuses';

export interface StatusRow {
	iso3: string;
	name: string;
	/** The day the status dates from (partial date), or the day a "not ratified" is known as of. */
	date: string | null;
	/** Why, in one sentence; null when no record exists (the section explains "unknown" once). */
	reason: string | null;
	sourceUrl: string | null;
	sourceTitle: string | null;
	/** Null when no event decides the row: a statement, the complete count, or no record at all. */
	confidence: Confidence | null;
	confidenceReason: string | null;
}

export interface StatusGroup {
	status: Status;
	rows: StatusRow[];
}

export function statusGroups(matrix: Matrix, code: string): StatusGroup[] {
	const groups = new Map<Status, StatusRow[]>(STATUSES.map((s) => [s, []]));
	for (const row of matrix.rows) {
		const cell = row.cells[code];
		const event = cell.event;
		groups.get(cell.status)!.push({
			iso3: row.country.iso3,
			name: row.country.name,
			date: cell.since ?? cell.knownAsOf ?? event?.date ?? null,
			reason: event || cell.statement || cell.status !== 'unknown' ? cell.reason : null,
			sourceUrl: event?.sourceUrl ?? cell.statement?.sourceUrl ?? null,
			sourceTitle: event?.sourceTitle ?? null,
			confidence: event?.confidence ?? null,
			confidenceReason: event?.confidenceReason ?? null
		});
	}
	return STATUSES.map((status) => ({ status, rows: groups.get(status)! }));
}
