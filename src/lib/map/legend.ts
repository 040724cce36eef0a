/**
 * The map legend: one row for every status, in the vocabulary's order, including statuses no
 * State has today, so the key reads the same on every map and a zero is shown as a zero.
 */
import { STATUSES, STATUS_LABELS, type Status } from '$lib/domain/statuses';
import { STATUS_FILLS, STATUS_PATTERNS, type StatusPattern } from './palette';

export interface LegendRow {
	readonly status: Status;
	readonly label: string;
	/** The flat colour (the swatch's background, and the fill of markers too small for texture). */
	readonly fill: string;
	/** The texture drawn over `fill`, or null for solid statuses. */
	readonly pattern: StatusPattern | null;
	readonly count: number;
}

export function buildLegend(counts: Partial<Record<Status, number>>): LegendRow[] {
	return STATUSES.map((status) => {
		const count = counts[status] ?? 0;
		if (!Number.isInteger(count) || count < 0) {
			throw new RangeError(
				`Expected a count of States for '${status}' that is 0 or more, got ${count}.`
			);
		}
		return {
			status,
			label: STATUS_LABELS[status],
			fill: STATUS_FILLS[status],
			pattern: STATUS_PATTERNS[status] ?? null,
			count
		};
	});
}
