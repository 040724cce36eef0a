import type { Coverage } from './coverage';
import { formatPartialDate, interval, shiftPartialDate, type IsoDay } from './partial-date';
import {
	BINDING_KINDS,
	EVENT_KIND_LABELS,
	type InstrumentBody,
	type NotRatifiedStatement,
	type RatificationEvent
} from './ratification-event';
import type { Status } from './statuses';

/** ILO conventions enter into force for a state twelve months after the ratification is registered. */
export const ILO_ENTRY_INTO_FORCE_MONTHS = 12;

/** The campaign status of one state for one instrument on one day, with what decided it. */
export interface DerivedStatus {
	status: Status;
	/** The event that decides the status, when one does. */
	event: RatificationEvent | null;
	/** When the status began (partial date), where an event decides it. */
	since: string | null;
	/** For not_ratified: the day our knowledge dates from (may be before the day asked about). */
	knownAsOf: IsoDay | null;
	/** The statement that decides a not_ratified status, when one does. */
	statement: NotRatifiedStatement | null;
	/** One sentence, in campaign terms, saying why. */
	reason: string;
}

export interface StatusQuestion {
	instrument: { code: string; body: InstrumentBody };
	/** Events of this state for this instrument (others are ignored). */
	events: readonly RatificationEvent[];
	statements: readonly NotRatifiedStatement[];
	coverage: Pick<Coverage, 'complete' | 'officialCountAsOf' | 'sourcedStates' | 'officialCount'>;
	asOf: IsoDay;
	/** Why this state cannot be bound by the instrument at all (e.g. not an ILO member), if so. */
	ineligible?: string;
}

/** A change of status that an event brings about, over the days on which it may have happened. */
interface Milestone {
	event: RatificationEvent;
	status: Exclude<Status, 'not_ratified' | 'unknown'>;
	date: string | null;
	earliest: IsoDay;
	latest: IsoDay;
	implied: boolean;
}

const RANK: Record<Milestone['status'], number> = {
	signed: 0,
	ratified_not_in_force: 1,
	in_force: 2,
	denounced: 3
};

const BEFORE_ANY_RECORD = '0000-01-01';

function milestone(
	event: RatificationEvent,
	status: Milestone['status'],
	date: string | null,
	implied = false
): Milestone {
	// An undated event is known to have happened by the day its source was read.
	const span = date ? interval(date) : { earliest: BEFORE_ANY_RECORD, latest: event.recordedOn };
	return { event, status, date, implied, ...span };
}

function milestonesOf(body: InstrumentBody, events: readonly RatificationEvent[]): Milestone[] {
	const statedEntry = events.some((e) => e.kind === 'entry_into_force');
	const result: Milestone[] = [];
	for (const event of events) {
		if (event.kind === 'signature') result.push(milestone(event, 'signed', event.date));
		else if (event.kind === 'entry_into_force')
			result.push(milestone(event, 'in_force', event.date));
		else if (event.kind === 'denunciation' || event.kind === 'withdrawal')
			result.push(milestone(event, 'denounced', event.date));
		else if (BINDING_KINDS.includes(event.kind)) {
			// UN: ratification, accession or succession makes a party. ILO: a successor state is bound
			// from succession; otherwise in force twelve months after registration, unless a source
			// states the day of entry into force.
			if (body === 'UN' || event.kind === 'succession') {
				result.push(milestone(event, 'in_force', event.date));
			} else {
				result.push(milestone(event, 'ratified_not_in_force', event.date));
				if (!statedEntry) {
					const inForce = event.date
						? shiftPartialDate(event.date, ILO_ENTRY_INTO_FORCE_MONTHS)
						: null;
					result.push(milestone(event, 'in_force', inForce, true));
				}
			}
		}
	}
	return result.sort((a, b) =>
		a.earliest === b.earliest ? RANK[a.status] - RANK[b.status] : a.earliest < b.earliest ? -1 : 1
	);
}

/** The latest milestone that has happened, under one assumption about the undecidable ones. */
function latestHappened(
	milestones: Milestone[],
	asOf: IsoDay,
	uncertainHappened: boolean
): Milestone | null {
	let last: Milestone | null = null;
	for (const m of milestones) {
		const happened = m.latest <= asOf || (m.earliest <= asOf && uncertainHappened);
		if (happened) last = m;
	}
	return last;
}

function describeMilestone(m: Milestone, body: InstrumentBody): string {
	const { event } = m;
	const what = `${EVENT_KIND_LABELS[event.kind].toLowerCase()} ${formatPartialDate(event.date)}`;
	switch (m.status) {
		case 'in_force':
			if (body === 'UN') return `Party: ${what}`;
			if (m.implied)
				return `In force from ${formatPartialDate(m.date)}: ratified ${formatPartialDate(event.date)}, in force ${ILO_ENTRY_INTO_FORCE_MONTHS} months after registration`;
			return `In force: ${what}`;
		case 'ratified_not_in_force':
			return `Ratified ${formatPartialDate(event.date)}; an ILO convention enters into force ${ILO_ENTRY_INTO_FORCE_MONTHS} months after registration`;
		case 'signed':
			return `Signed ${formatPartialDate(event.date)}; no ratification on record`;
		case 'denounced':
			return `Denounced: ${what}`;
	}
}

/** Whether our knowledge says "not ratified" on this day, and from what. */
function notRatifiedKnowledge(
	q: StatusQuestion
): { knownAsOf: IsoDay; statement: NotRatifiedStatement | null; reason: string } | null {
	let best: { knownAsOf: IsoDay; statement: NotRatifiedStatement | null; reason: string } | null =
		null;
	const consider = (knownAsOf: IsoDay, statement: NotRatifiedStatement | null, reason: string) => {
		if (!best || knownAsOf > best.knownAsOf) best = { knownAsOf, statement, reason };
	};
	const { coverage, asOf } = q;
	// A dated first binding event after this day: the state had not yet ratified.
	const later = q.events
		.filter((e) => BINDING_KINDS.includes(e.kind) && e.date && interval(e.date).earliest > asOf)
		.sort((a, b) => (a.date! < b.date! ? -1 : 1))[0];
	if (later)
		consider(
			asOf,
			null,
			`Not yet ratified on ${formatPartialDate(asOf)}: ${EVENT_KIND_LABELS[later.kind].toLowerCase()} dated ${formatPartialDate(later.date)}`
		);
	if (q.ineligible) consider(asOf, null, `Not ratified: ${q.ineligible}`);
	if (coverage.complete && coverage.officialCountAsOf) {
		const countDay = interval(coverage.officialCountAsOf).earliest;
		consider(
			countDay < asOf ? countDay : asOf,
			null,
			`Not ratified as of ${formatPartialDate(coverage.officialCountAsOf)}: we hold all ${coverage.officialCount} ${q.instrument.body === 'UN' ? 'parties' : 'ratifications'} of the official count of that date, and this state is not among them`
		);
	}
	for (const statement of q.statements) {
		// "Not ratified as of 2016" is safe only up to the first day that 2016 can stand for.
		const statedDay = interval(statement.asOf).earliest;
		consider(
			statedDay < asOf ? statedDay : asOf,
			statement,
			`Not ratified as of ${formatPartialDate(statement.asOf)}, per a sourced statement`
		);
	}
	return best;
}

/** Derive the campaign status of one state and instrument on one day from its sourced records. */
export function deriveStatus(q: StatusQuestion): DerivedStatus {
	const events = q.events.filter((e) => e.instrument === q.instrument.code);
	const milestones = milestonesOf(q.instrument.body, events);
	const ifHappened = latestHappened(milestones, q.asOf, true);
	const ifNot = latestHappened(milestones, q.asOf, false);

	if (ifHappened && ifHappened === ifNot) {
		return {
			status: ifHappened.status,
			event: ifHappened.event,
			since: ifHappened.date,
			knownAsOf: null,
			statement: null,
			reason: describeMilestone(ifHappened, q.instrument.body)
		};
	}
	if (ifHappened) {
		const undecided = milestones.find((m) => m.earliest <= q.asOf && m.latest > q.asOf)!;
		const dateText = undecided.date
			? `known only as ${formatPartialDate(undecided.date)}`
			: `not stated by the source (known by ${formatPartialDate(undecided.event.recordedOn)})`;
		return {
			status: 'unknown',
			event: undecided.event,
			since: null,
			knownAsOf: null,
			statement: null,
			reason: `Cannot be decided for ${formatPartialDate(q.asOf)}: the date of the ${EVENT_KIND_LABELS[undecided.event.kind].toLowerCase()}${undecided.implied ? "'s entry into force" : ''} is ${dateText}`
		};
	}
	const knowledge = notRatifiedKnowledge(q);
	if (knowledge) {
		return {
			status: 'not_ratified',
			event: null,
			since: null,
			knownAsOf: knowledge.knownAsOf,
			statement: knowledge.statement,
			reason: knowledge.reason
		};
	}
	return {
		status: 'unknown',
		event: null,
		since: null,
		knownAsOf: null,
		statement: null,
		reason: `No sourced record for this date; our coverage of ${q.instrument.code} is partial (${q.coverage.sourcedStates} of ${q.coverage.officialCount} official ${q.instrument.body === 'UN' ? 'parties' : 'ratifications'}), so this does not mean "not ratified"`
	};
}
