import { BINDING_KINDS, type RatificationEvent } from './ratification-event';

/** What an instrument's official count says, and how much of it we hold as sourced events. */
export interface InstrumentCount {
	code: string;
	officialCount: number;
	/** Earliest date the official count can be of (partial date), or null when the source gives none. */
	officialCountAsOf: string | null;
}

export interface Coverage {
	code: string;
	/** States with at least one sourced binding event (ratification, accession, succession, acceptance). */
	sourcedStates: number;
	officialCount: number;
	officialCountAsOf: string | null;
	/** Sourced states ≥ official count, with a dated count: a state with no record has not ratified. */
	complete: boolean;
	/** Share of the official count we hold, 0–1 (capped at 1). */
	share: number;
}

export function coverageOf(
	instrument: InstrumentCount,
	events: readonly Pick<RatificationEvent, 'iso3' | 'instrument' | 'kind'>[]
): Coverage {
	const states = new Set(
		events
			.filter((e) => e.instrument === instrument.code && BINDING_KINDS.includes(e.kind))
			.map((e) => e.iso3)
	);
	const sourcedStates = states.size;
	return {
		code: instrument.code,
		sourcedStates,
		officialCount: instrument.officialCount,
		officialCountAsOf: instrument.officialCountAsOf,
		// Without a date on the count we cannot say from when "no record" means "not ratified".
		complete: instrument.officialCountAsOf !== null && sourcedStates >= instrument.officialCount,
		share: instrument.officialCount > 0 ? Math.min(1, sourcedStates / instrument.officialCount) : 0
	};
}
