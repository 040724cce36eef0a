/**
 * One matrix cell cut down to what the page prints. The page lists ~200 states × every instrument,
 * so each cell carries only the fields it shows, not the whole event and statement records.
 */
import type { CampaignMarker } from '$lib/domain/campaign-progress';
import type { Coverage } from '$lib/domain/coverage';
import type { IsoDay } from '$lib/domain/partial-date';
import type { Confidence, EventKind } from '$lib/domain/ratification-event';
import type { DerivedStatus } from '$lib/domain/ratification-status';
import type { Status } from '$lib/domain/statuses';
import type { Instrument } from '$lib/domain/tracker-data';

export interface MatrixCellView {
	status: Status;
	/** Kind and date (partial) of the event that decides the status, or that leaves it undecided. */
	kind: EventKind | null;
	date: string | null;
	/** For an undated deciding event: the date of the source that states it. */
	knownFrom: string | null;
	/** For not_ratified: the (partial) date our knowledge dates from, only when before the as-of day. */
	knownAsOf: string | null;
	sourceUrl: string | null;
	sourceTitle: string | null;
	/** Confidence of the deciding event; null when no event decides (a statement or coverage does). */
	confidence: Confidence | null;
	confidenceReason: string | null;
	/** A source's limit on what the ratification binds (Zanzibar only, annexes excluded), if any. */
	scope: string | null;
	/** One sentence saying why, from deriveStatus. */
	reason: string;
	/** The national campaign recorded for this state and instrument, if any. */
	campaign: CampaignMarker | null;
}

/**
 * The date to print for "not ratified as of …", as precise as its source: knownAsOf is the first
 * day a partial date can stand for (2021 → 2021-01-01), which would claim a precision we lack.
 */
function knownAsOfText(cell: DerivedStatus, coverage: Coverage, asOf: IsoDay): string | null {
	if (cell.status !== 'not_ratified' || !cell.knownAsOf || cell.knownAsOf >= asOf) return null;
	if (cell.statement) return cell.statement.asOf;
	return coverage.officialCountAsOf ?? cell.knownAsOf;
}

export function matrixCellView(
	cell: DerivedStatus,
	instrument: Pick<Instrument, 'officialStatusUrl'> & { coverage: Coverage },
	asOf: IsoDay,
	campaign: CampaignMarker | null = null
): MatrixCellView {
	const { event, statement } = cell;
	// "Not ratified" from complete coverage rests on the official list: that is where to check it.
	const sourceUrl =
		event?.sourceUrl ??
		statement?.sourceUrl ??
		(cell.status === 'not_ratified' ? instrument.officialStatusUrl : null);
	return {
		status: cell.status,
		kind: event?.kind ?? null,
		date: event?.date ?? null,
		knownFrom: event?.knownFrom ?? null,
		knownAsOf: knownAsOfText(cell, instrument.coverage, asOf),
		sourceUrl,
		sourceTitle: event?.sourceTitle ?? statement?.statement ?? null,
		confidence: event?.confidence ?? null,
		confidenceReason: event?.confidenceReason ?? null,
		scope: event?.scope ?? null,
		reason: cell.reason,
		campaign
	};
}
