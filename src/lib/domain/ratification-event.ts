import type { DatePrecision } from './partial-date';

/**
 * What a source can say happened between a state and an instrument. The exact kind stays on the
 * record even where the campaign view folds several kinds into one status.
 */
export const EVENT_KINDS = [
	'signature',
	'ratification',
	'accession',
	'succession',
	'acceptance',
	'entry_into_force',
	'denunciation',
	'withdrawal'
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
	signature: 'Signature',
	ratification: 'Ratification',
	accession: 'Accession',
	succession: 'Succession',
	acceptance: 'Acceptance',
	entry_into_force: 'Entry into force',
	denunciation: 'Denunciation',
	withdrawal: 'Withdrawal'
};

/** Kinds by which a state becomes bound (a party, for a UN treaty). */
export const BINDING_KINDS: readonly EventKind[] = [
	'ratification',
	'accession',
	'succession',
	'acceptance'
];

/**
 * How far a record can be trusted, reviewed row by row (seeds/ratifications-review.csv): an official or
 * primary source (the depositary, the ILO's supervisory bodies, the state itself) states it; a secondary
 * source states it; part of it (status or date) is inferred; or sources disagree.
 */
export const CONFIDENCES = ['sourced', 'secondary', 'inferred', 'disputed'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const CONFIDENCE_LABELS: Record<Confidence, string> = {
	sourced: 'Sourced: an official or primary source states it',
	secondary: 'Secondary: a secondary source states it',
	inferred: 'Inferred: part of this record (status or date) is inferred, not stated by the source',
	disputed: 'Disputed: sources disagree'
};

/**
 * How a source limits what a ratification binds: a territory only (Zanzibar), annexes excluded (C097
 * art. 14), parts accepted (C143 art. 16), or a declaration (ICRMW arts. 76/77).
 */
export const SCOPE_KINDS = [
	'territory',
	'annexes_excluded',
	'parts_accepted',
	'declaration'
] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export const SCOPE_KIND_LABELS: Record<ScopeKind, string> = {
	territory: 'Territory',
	annexes_excluded: 'Annexes excluded',
	parts_accepted: 'Parts accepted',
	declaration: 'Declaration'
};

export const INSTRUMENT_BODIES = ['ILO', 'UN'] as const;
export type InstrumentBody = (typeof INSTRUMENT_BODIES)[number];

/** One dated, sourced fact about a state and an instrument. */
export interface RatificationEvent {
	id: number;
	iso3: string;
	instrument: string;
	kind: EventKind;
	/** As precise as the source: YYYY-MM-DD, YYYY-MM, YYYY, or null when the source gives no date. */
	date: string | null;
	precision: DatePrecision;
	/** The day the source was read: an undated event is known to have happened by then. */
	recordedOn: string;
	notes: string;
	sourceUrl: string;
	sourceTitle: string | null;
	confidence: Confidence;
	confidenceReason: string | null;
	/** A limit the source puts on what the ratification binds, if any (with `scope` in words). */
	scopeKind: ScopeKind | null;
	scope: string | null;
	/**
	 * For an undated event: the date of the source that states it (a report's or comment's date), so the
	 * event is known to have happened by then. Null when the source gives no date of its own.
	 */
	knownFrom: string | null;
	/** The source whose date `knownFrom` is. */
	knownFromSource: string | null;
}

/** A sourced statement that a state had not ratified an instrument as of a date. */
export interface NotRatifiedStatement {
	id: number;
	iso3: string;
	instrument: string;
	/** YYYY-MM-DD, YYYY-MM or YYYY. */
	asOf: string;
	precision: DatePrecision;
	statement: string;
	sourceUrl: string | null;
}
