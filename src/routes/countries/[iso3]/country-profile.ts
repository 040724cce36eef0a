/**
 * What the country page shows about ratifications and memberships, shaped from TrackerData: one
 * derived status per instrument with its full timeline and the sourced "not ratified" statements.
 * Pure, so it can be tested without a server; the page load only reads and validates.
 */
import { coverageSentence } from '$lib/domain/coverage';
import { buildMatrix } from '$lib/domain/matrix';
import { interval, type IsoDay } from '$lib/domain/partial-date';
import {
	BINDING_KINDS,
	type Confidence,
	type EventKind,
	type InstrumentBody,
	type RatificationEvent
} from '$lib/domain/ratification-event';
import type { Status } from '$lib/domain/statuses';
import type { Country, TrackerData } from '$lib/domain/tracker-data';

export interface TimelineEvent {
	kind: EventKind;
	date: string | null;
	recordedOn: string;
	notes: string;
	sourceUrl: string;
	sourceTitle: string | null;
	confidence: Confidence;
	confidenceReason: string | null;
	/** A source's limit on what the ratification binds, in words. */
	scope: string | null;
	/** For an undated event: the date of the source that states it, and that source. */
	knownFrom: string | null;
	knownFromSource: string | null;
	/** True when the event may only have happened after the day the page is for. */
	afterAsOf: boolean;
}

export interface StatementView {
	asOf: string;
	statement: string;
	sourceUrl: string | null;
	/** The binding event that superseded the statement from its date, when there is one. */
	supersededBy: { kind: EventKind; date: string } | null;
}

export interface InstrumentProfile {
	code: string;
	body: InstrumentBody;
	shortTitle: string;
	status: Status;
	reason: string;
	/** How much of the official count we hold, and the count's date, in one sentence. */
	coverage: string;
	timeline: TimelineEvent[];
	statements: StatementView[];
}

export interface MembershipView {
	code: string;
	name: string;
	status: string;
	note: string;
}

export interface CountryProfile {
	iso3: string;
	name: string;
	iloMember: boolean;
	unMember: boolean | null;
	membershipSource: string;
	/** Null for areas outside the ILO and the UN: the tracker derives no statuses for them. */
	instruments: InstrumentProfile[] | null;
	memberships: MembershipView[];
}

/** Dated events in date order; undated ones last, by the day their source was read. */
function byWhen(a: RatificationEvent, b: RatificationEvent): number {
	const ka = a.date ? interval(a.date).earliest : `~${a.recordedOn}`;
	const kb = b.date ? interval(b.date).earliest : `~${b.recordedOn}`;
	return ka.localeCompare(kb);
}

function timelineEvent(e: RatificationEvent, asOf: IsoDay): TimelineEvent {
	return {
		kind: e.kind,
		date: e.date,
		recordedOn: e.recordedOn,
		notes: e.notes,
		sourceUrl: e.sourceUrl,
		sourceTitle: e.sourceTitle,
		confidence: e.confidence,
		confidenceReason: e.confidenceReason,
		scope: e.scope,
		knownFrom: e.knownFrom,
		knownFromSource: e.knownFromSource,
		afterAsOf: e.date
			? interval(e.date).earliest > asOf
			: (e.knownFrom ? interval(e.knownFrom).latest : e.recordedOn) > asOf
	};
}

/** The first dated binding event that certainly comes after the statement's date. */
function supersedingEvent(statementAsOf: string, events: readonly RatificationEvent[]) {
	const after = interval(statementAsOf).latest;
	const event = events.find(
		(e) => BINDING_KINDS.includes(e.kind) && e.date !== null && interval(e.date).earliest > after
	);
	return event && event.date ? { kind: event.kind, date: event.date } : null;
}

/** Statements open with their source URL (the seed's source column); the page links it beside. */
function withoutLeadingUrl(statement: string, url: string | null): string {
	return url && statement.startsWith(url) ? statement.slice(url.length).trim() : statement;
}

export function countryProfile(
	data: TrackerData,
	country: Country,
	asOf: IsoDay,
	listed: boolean
): CountryProfile {
	const groupNames = new Map(data.groups.map((g) => [g.code, g.name]));
	const memberships = data.memberships
		.filter((m) => m.iso3 === country.iso3)
		.map((m) => ({
			code: m.groupCode,
			name: groupNames.get(m.groupCode) ?? m.groupCode,
			status: m.status,
			note: m.note
		}))
		.sort((a, b) => a.name.localeCompare(b.name, 'en'));

	let instruments: InstrumentProfile[] | null = null;
	if (listed) {
		const matrix = buildMatrix(data, asOf, [country]);
		const [row] = matrix.rows;
		instruments = data.instruments.map((instrument) => {
			const events = data.events
				.filter((e) => e.iso3 === country.iso3 && e.instrument === instrument.code)
				.sort(byWhen);
			const statements = data.statements
				.filter((s) => s.iso3 === country.iso3 && s.instrument === instrument.code)
				.sort((a, b) => interval(a.asOf).earliest.localeCompare(interval(b.asOf).earliest))
				.map((s) => ({
					asOf: s.asOf,
					statement: withoutLeadingUrl(s.statement, s.sourceUrl),
					sourceUrl: s.sourceUrl,
					supersededBy: supersedingEvent(s.asOf, events)
				}));
			const cell = row.cells[instrument.code];
			return {
				code: instrument.code,
				body: instrument.body,
				shortTitle: instrument.shortTitle,
				status: cell.status,
				reason: cell.reason,
				coverage: coverageSentence(
					matrix.instruments.find((i) => i.code === instrument.code)!.coverage,
					instrument.body
				),
				timeline: events.map((e) => timelineEvent(e, asOf)),
				statements
			};
		});
	}

	return {
		iso3: country.iso3,
		name: country.name,
		iloMember: country.iloMember,
		unMember: country.unMember,
		membershipSource: country.membershipSource,
		instruments,
		memberships
	};
}
