import type { Coverage } from './coverage';
import {
	bindingDay,
	describePartyRule,
	parsePartyRule,
	type EntryIntoForce,
	type PartyRule
} from './entry-into-force';
import { formatPartialDate, interval, type IsoDay } from './partial-date';
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
	/** When the status began (partial date), where an event decides it and the day is known that well. */
	since: string | null;
	/** For not_ratified: the day our knowledge dates from (may be before the day asked about). */
	knownAsOf: IsoDay | null;
	/** The statement that decides a not_ratified status, when one does. */
	statement: NotRatifiedStatement | null;
	/** One sentence, in campaign terms, saying why. */
	reason: string;
}

/** What the derivation needs of an instrument: its body and, where known, its own entry-into-force rule. */
export interface StatusInstrument {
	code: string;
	body: InstrumentBody;
	/** The instrument's own entry into force; null while not in force; absent: treated as always in force. */
	enteredIntoForce?: string | null;
	/** `months_after_registration:12`, …; absent: the body's usual rule. */
	laterPartyRule?: string;
}

export interface StatusQuestion {
	instrument: StatusInstrument;
	/** Events of this state for this instrument (others are ignored). */
	events: readonly RatificationEvent[];
	statements: readonly NotRatifiedStatement[];
	coverage: Pick<Coverage, 'complete' | 'officialCountAsOf' | 'sourcedStates' | 'officialCount'>;
	asOf: IsoDay;
	/** Why this state cannot be bound by the instrument at all (e.g. not an ILO member), if so. */
	ineligible?: string;
}

/** The usual rule of each body, for an instrument whose data gives none. */
const USUAL_RULES: Record<InstrumentBody, PartyRule> = {
	ILO: { kind: 'months_after_registration', n: ILO_ENTRY_INTO_FORCE_MONTHS },
	UN: { kind: 'on_deposit', n: 0 }
};

const BEFORE_ANY_RECORD = '0000-01-01';

/** A successor state is bound from the day of succession (never before the instrument is in force). */
const ON_SUCCESSION: PartyRule = { kind: 'on_deposit', n: 0 };

/** The instrument's entry into force as the derivation applies it. */
export function entryIntoForceOf(instrument: StatusInstrument): EntryIntoForce {
	const rule =
		(instrument.laterPartyRule ? parsePartyRule(instrument.laterPartyRule) : null) ??
		USUAL_RULES[instrument.body];
	return {
		enteredIntoForce:
			instrument.enteredIntoForce === undefined ? BEFORE_ANY_RECORD : instrument.enteredIntoForce,
		rule
	};
}

/**
 * The days an event may have happened on. An undated event is known to have happened by the date of
 * the source that states it (`knownFrom`), or failing that by the day its source was read.
 */
export function eventSpan(event: Pick<RatificationEvent, 'date' | 'knownFrom' | 'recordedOn'>): {
	earliest: IsoDay;
	latest: IsoDay;
} {
	if (event.date) return interval(event.date);
	return {
		earliest: BEFORE_ANY_RECORD,
		latest: event.knownFrom ? interval(event.knownFrom).latest : event.recordedOn
	};
}

/** A span of days as a partial date when it is exactly one day, month or year; otherwise null. */
function spanAsPartialDate(earliest: IsoDay, latest: IsoDay): string | null {
	if (earliest === latest) return earliest;
	const month = earliest.slice(0, 7);
	if (earliest === `${month}-01` && interval(month).latest === latest) return month;
	const year = earliest.slice(0, 4);
	if (earliest === `${year}-01-01` && latest === `${year}-12-31`) return year;
	return null;
}

function formatSpan(earliest: IsoDay, latest: IsoDay): string {
	const partial = spanAsPartialDate(earliest, latest);
	if (partial) return formatPartialDate(partial);
	if (earliest === BEFORE_ANY_RECORD) return `a date not stated, by ${formatPartialDate(latest)}`;
	return `between ${formatPartialDate(earliest)} and ${formatPartialDate(latest)}`;
}

/** A change of status that an event brings about, over the days on which it may have happened. */
interface Milestone {
	event: RatificationEvent;
	status: Exclude<Status, 'not_ratified' | 'unknown'>;
	/** The day, month or year the change happened, where the span is exactly one of those. */
	date: string | null;
	earliest: IsoDay;
	latest: IsoDay;
	/** Derived from the instrument's rule rather than stated by a source. */
	implied: boolean;
}

const RANK: Record<Milestone['status'], number> = {
	signed: 0,
	ratified_not_in_force: 1,
	in_force: 2,
	denounced: 3
};

function milestone(
	event: RatificationEvent,
	status: Milestone['status'],
	span: { earliest: IsoDay; latest: IsoDay },
	implied = false
): Milestone {
	return {
		event,
		status,
		date: spanAsPartialDate(span.earliest, span.latest),
		implied,
		...span
	};
}

function milestonesOf(eif: EntryIntoForce, events: readonly RatificationEvent[]): Milestone[] {
	const statedEntry = events.some((e) => e.kind === 'entry_into_force');
	const result: Milestone[] = [];
	for (const event of events) {
		const span = eventSpan(event);
		if (event.kind === 'signature') result.push(milestone(event, 'signed', span));
		else if (event.kind === 'entry_into_force') result.push(milestone(event, 'in_force', span));
		else if (event.kind === 'denunciation' || event.kind === 'withdrawal')
			result.push(milestone(event, 'denounced', span));
		else if (BINDING_KINDS.includes(event.kind)) {
			// Deposited (registered, for the ILO): bound from the day the instrument's own rule gives,
			// never before the instrument itself is in force, unless a source states the day. A
			// successor state is bound from succession: it continues its predecessor's obligation.
			const succession = event.kind === 'succession';
			if (!succession) result.push(milestone(event, 'ratified_not_in_force', span));
			if (statedEntry) continue;
			const rule = succession ? { ...eif, rule: ON_SUCCESSION } : eif;
			const from = bindingDay(rule, span.earliest);
			const to = bindingDay(rule, span.latest);
			if (from && to)
				result.push(milestone(event, 'in_force', { earliest: from, latest: to }, true));
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

/** "ratification 27 Jun 1949", or "ratification (date not stated; known by 2010, the date of its source)". */
function eventText(event: RatificationEvent): string {
	const kind = EVENT_KIND_LABELS[event.kind].toLowerCase();
	if (event.date) return `${kind} ${formatPartialDate(event.date)}`;
	return event.knownFrom
		? `${kind} (date not stated; known by ${formatPartialDate(event.knownFrom)}, the date of its source)`
		: `${kind} (date not stated by any source; known by ${formatPartialDate(event.recordedOn)}, when the source was read)`;
}

function describeMilestone(m: Milestone, q: StatusQuestion, eif: EntryIntoForce): string {
	const { event } = m;
	const code = q.instrument.code;
	const ownEntry = eif.enteredIntoForce
		? eif.enteredIntoForce === BEFORE_ANY_RECORD
			? ''
			: `${code} entered into force on ${formatPartialDate(eif.enteredIntoForce)}; `
		: `${code} itself is not yet in force; `;
	switch (m.status) {
		case 'in_force':
			if (m.implied && event.kind === 'succession')
				return `In force from ${formatSpan(m.earliest, m.latest)}: ${eventText(event)}; a successor state is bound from succession${eif.enteredIntoForce && eif.enteredIntoForce !== BEFORE_ANY_RECORD ? `, never before ${code}'s own entry into force (${formatPartialDate(eif.enteredIntoForce)})` : ''}`;
			if (m.implied)
				return `In force from ${formatSpan(m.earliest, m.latest)}: ${eventText(event)}; ${ownEntry}${describePartyRule(eif.rule)}`;
			return `In force: ${eventText(event)}`;
		case 'ratified_not_in_force':
			return `${eventText(event).replace(/^./, (c) => c.toUpperCase())}; not yet in force: ${ownEntry}${describePartyRule(eif.rule)}`;
		case 'signed':
			return `Signed ${formatPartialDate(event.date)}; no ratification on record`;
		case 'denounced':
			return `Denounced: ${eventText(event)}`;
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
	const eif = entryIntoForceOf(q.instrument);
	const milestones = milestonesOf(eif, events);
	const ifHappened = latestHappened(milestones, q.asOf, true);
	const ifNot = latestHappened(milestones, q.asOf, false);

	if (ifHappened && ifHappened === ifNot) {
		return {
			status: ifHappened.status,
			event: ifHappened.event,
			since: ifHappened.date,
			knownAsOf: null,
			statement: null,
			reason:
				describeMilestone(ifHappened, q, eif) +
				(ifHappened.event.scope &&
				(ifHappened.status === 'in_force' || ifHappened.status === 'ratified_not_in_force')
					? `; limited in scope: ${ifHappened.event.scope}`
					: '')
		};
	}
	if (ifHappened) {
		const undecided = milestones.find((m) => m.earliest <= q.asOf && m.latest > q.asOf)!;
		const what = undecided.implied
			? `the entry into force of the ${EVENT_KIND_LABELS[undecided.event.kind].toLowerCase()} (${eventText(undecided.event)})`
			: `the ${eventText(undecided.event)}`;
		return {
			status: 'unknown',
			event: undecided.event,
			since: null,
			knownAsOf: null,
			statement: null,
			reason: `Cannot be decided for ${formatPartialDate(q.asOf)}: ${what} falls on ${formatSpan(undecided.earliest, undecided.latest)}`
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
