/**
 * How much of each instrument's official count we hold, and how good it is: per instrument, the
 * states with a sourced binding event (ratification, accession, succession, acceptance), how many of
 * those have the exact day, and how many rest on an inferred or disputed record. Counted from the
 * data, never typed in, so the page cannot drift from the seeds.
 */
import { coverageByInstrument } from '$lib/domain/matrix';
import { BINDING_KINDS } from '$lib/domain/ratification-event';
import type { TrackerData } from '$lib/domain/tracker-data';

export interface CoverageRow {
	code: string;
	shortTitle: string;
	/** States with at least one binding event. */
	sourced: number;
	official: number;
	officialKind: string;
	officialAsOf: string | null;
	complete: boolean;
	/** States whose binding event is dated to the day. */
	exactDay: number;
	/** States with an inferred binding event (and none disputed). */
	inferred: number;
	/** States with a disputed binding event. */
	disputed: number;
	/** Sourced statements that a state had not ratified. */
	statements: number;
}

export function coverageTable(
	data: Pick<TrackerData, 'instruments' | 'events' | 'statements'>
): CoverageRow[] {
	const coverage = coverageByInstrument(data);
	return data.instruments.map((instrument) => {
		const binding = data.events.filter(
			(e) => e.instrument === instrument.code && BINDING_KINDS.includes(e.kind)
		);
		const statesWhere = (test: (e: (typeof binding)[number]) => boolean) =>
			new Set(binding.filter(test).map((e) => e.iso3));
		const disputed = statesWhere((e) => e.confidence === 'disputed');
		const inferred = statesWhere((e) => e.confidence === 'inferred' && !disputed.has(e.iso3));
		const c = coverage.get(instrument.code)!;
		return {
			code: instrument.code,
			shortTitle: instrument.shortTitle,
			sourced: c.sourcedStates,
			official: c.officialCount,
			officialKind: instrument.officialCountKind,
			officialAsOf: c.officialCountAsOf,
			complete: c.complete,
			exactDay: statesWhere((e) => e.precision === 'day').size,
			inferred: inferred.size,
			disputed: disputed.size,
			statements: data.statements.filter((s) => s.instrument === instrument.code).length
		};
	});
}
