/**
 * How much of an instrument's official count we hold, judged by date: coverage is complete when the
 * states we hold as bound by the count's date are exactly the official count. A record dated after the
 * count (an import, an approved proposal) is held, but never completes coverage by itself.
 */
import { formatPartialDate, interval } from './partial-date';
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
	/**
	 * States with a sourced binding event (ratification, accession, succession, acceptance) known to be
	 * on or before the count's date: the ones the official count is made of. Without a date on the
	 * count, every state with a binding event.
	 */
	sourcedStates: number;
	/** States with a binding event dated after the count's date (not part of the count). */
	laterStates: number;
	officialCount: number;
	officialCountAsOf: string | null;
	/** The states held by the count's date equal the official count: a state with no record has not ratified. */
	complete: boolean;
	/** Share of the official count we hold, 0–1 (capped at 1). */
	share: number;
}

type CountedEvent = Pick<RatificationEvent, 'iso3' | 'instrument' | 'kind' | 'date'> &
	Partial<Pick<RatificationEvent, 'knownFrom' | 'recordedOn'>>;

/**
 * The last day an event can have happened: its date's last day; for an undated event, the date of
 * the source that states it; failing that, the day its source was read.
 */
function latestDay(e: CountedEvent): string | null {
	if (e.date) return interval(e.date).latest;
	if (e.knownFrom) return interval(e.knownFrom).latest;
	return e.recordedOn ?? null;
}

export function coverageOf(instrument: InstrumentCount, events: readonly CountedEvent[]): Coverage {
	// "Of 2021 or later": an event dated within 2021 may be part of a count of 2021 (the count's
	// source dates it by the latest ratification it includes), so compare with the count's last day.
	const countDay = instrument.officialCountAsOf
		? interval(instrument.officialCountAsOf).latest
		: null;
	const held = new Set<string>();
	const later = new Set<string>();
	for (const e of events) {
		if (e.instrument !== instrument.code || !BINDING_KINDS.includes(e.kind)) continue;
		const last = latestDay(e);
		if (countDay === null || (last !== null && last <= countDay)) held.add(e.iso3);
		else later.add(e.iso3);
	}
	for (const iso3 of held) later.delete(iso3);
	const sourcedStates = held.size;
	return {
		code: instrument.code,
		sourcedStates,
		laterStates: later.size,
		officialCount: instrument.officialCount,
		officialCountAsOf: instrument.officialCountAsOf,
		// Without a date on the count we cannot say from when "no record" means "not ratified". More
		// states than the count means a record is wrong or a denunciation is missing: not complete.
		complete: countDay !== null && sourcedStates === instrument.officialCount,
		share: instrument.officialCount > 0 ? Math.min(1, sourcedStates / instrument.officialCount) : 0
	};
}

/**
 * Coverage in one sentence for every output (drawn maps, images, CSV metadata): "54 of 54 official
 * ratifications held, count of 26 Oct 2023: complete, so a State with no record has not ratified".
 */
export function coverageSentence(
	coverage: Pick<Coverage, 'sourcedStates' | 'officialCount' | 'officialCountAsOf' | 'complete'>,
	body: 'ILO' | 'UN'
): string {
	const noun = body === 'UN' ? 'parties' : 'ratifications';
	const held = `${coverage.sourcedStates} of ${coverage.officialCount} official ${noun} held`;
	const date = coverage.officialCountAsOf
		? `count of ${formatPartialDate(coverage.officialCountAsOf)}`
		: 'date of the count not stated';
	return coverage.complete
		? `${held}, ${date}: complete, so a State with no record had not ratified by then`
		: `${held}, ${date}: partial, so a State with no record is unknown, not "not ratified"`;
}

/** Every instrument's coverage in one line, for the map of all instruments: "C087 157/158 (…); …". */
export function coverageListSentence(
	instruments: readonly {
		code: string;
		coverage: Pick<Coverage, 'sourcedStates' | 'officialCount' | 'officialCountAsOf' | 'complete'>;
	}[]
): string {
	return `Official counts held: ${instruments
		.map(
			({ code, coverage: c }) =>
				`${code} ${c.sourcedStates} of ${c.officialCount} (${c.officialCountAsOf ? `count of ${formatPartialDate(c.officialCountAsOf)}` : 'count undated'}, ${c.complete ? 'complete' : 'partial'})`
		)
		.join('; ')}. Partial: a State with no record is unknown, not "not ratified".`;
}
