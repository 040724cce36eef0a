/**
 * What a bulk import of ratification events would do, worked out before anything is written. Each
 * CSV row (the seed format, read by the same parseRatificationRow the seed loader uses) becomes
 * either its errors or one effect: insert, update with a before → after diff, or unchanged.
 *
 * How a row matches a recorded event: same state (iso3), instrument, kind and date (an empty date
 * matches an undated event). A match with different notes or source is an update of those fields; a
 * match with the same values is unchanged; no match is an insert keyed `import:<iso3>:<instrument>:
 * <kind>:<date>`, so importing the same file again changes nothing. The date is part of the match on
 * purpose: a different date for the same kind is a different claim, and it shows as a new event
 * beside the old one rather than silently moving it. Pure: the caller supplies rows and events.
 */
import type { ParsedRatificationRow } from './ratification-csv';
import { parseRatificationRow } from './ratification-csv';
import type { Confidence, EventKind } from './ratification-event';
import type { RowError } from './row-error';

/** One data row of the upload, with the line it starts on (line 1 is the header). */
export interface ImportRecord {
	line: number;
	values: Record<string, string>;
}

/** The part of a recorded event that an import can match and change. */
export interface RecordedEvent {
	id: number;
	iso3: string;
	instrument: string;
	kind: EventKind;
	date: string | null;
	notes: string;
	sourceUrl: string;
	sourceTitle: string | null;
	confidence: Confidence;
	confidenceReason: string | null;
}

/** The fields an update may change; the rest are the match or follow from it. */
export const UPDATABLE_FIELDS = [
	'notes',
	'sourceUrl',
	'sourceTitle',
	'confidence',
	'confidenceReason'
] as const;
export type UpdatableField = (typeof UPDATABLE_FIELDS)[number];

export const UPDATABLE_FIELD_LABELS: Record<UpdatableField, string> = {
	notes: 'Notes',
	sourceUrl: 'Source URL',
	sourceTitle: 'Second source',
	confidence: 'Confidence',
	confidenceReason: 'Confidence reason'
};

export interface FieldChange {
	field: UpdatableField;
	before: string | null;
	after: string | null;
}

export type PlannedRow =
	| { line: number; effect: 'error'; errors: RowError[] }
	| { line: number; effect: 'insert'; key: string; row: ParsedRatificationRow }
	| {
			line: number;
			effect: 'update';
			key: string;
			row: ParsedRatificationRow;
			eventId: number;
			changes: FieldChange[];
	  }
	| { line: number; effect: 'unchanged'; key: string; row: ParsedRatificationRow; eventId: number };

export type ImportEffect = PlannedRow['effect'];

export interface ImportCounts {
	rows: number;
	error: number;
	insert: number;
	update: number;
	unchanged: number;
}

export interface ImportPlan {
	rows: PlannedRow[];
	counts: ImportCounts;
	/** Every error of every row, in file order. */
	errors: RowError[];
	/** Applying is all or nothing: a plan with any error cannot be applied. */
	canApply: boolean;
}

export interface KnownCodes {
	countries: ReadonlySet<string>;
	instruments: ReadonlySet<string>;
}

/** The identity of an event for matching: state, instrument, kind and date. */
export function matchKey(e: {
	iso3: string;
	instrument: string;
	kind: EventKind;
	date: string | null;
}): string {
	return `${e.iso3}:${e.instrument}:${e.kind}:${e.date ?? ''}`;
}

/** The seed_key an imported event is stored under (seeded events keep their `<file>:…` key). */
export function importKey(row: ParsedRatificationRow): string {
	return `import:${matchKey(row)}`;
}

function changesBetween(before: RecordedEvent, after: ParsedRatificationRow): FieldChange[] {
	const differs = (f: UpdatableField) => (before[f] ?? null) !== (after[f] ?? null);
	// An import row carries no reviewed confidence: the recorded one (set by a reviewer for seeded rows)
	// stands while the notes and source stand; changed notes or source bring a fresh first reading.
	const evidenceChanged = UPDATABLE_FIELDS.some(
		(f) => f !== 'confidence' && f !== 'confidenceReason' && differs(f)
	);
	return UPDATABLE_FIELDS.filter(
		(f) => differs(f) && (evidenceChanged || (f !== 'confidence' && f !== 'confidenceReason'))
	).map((field) => ({
		field,
		before: before[field] ?? null,
		after: after[field] ?? null
	}));
}

export function planImport(
	records: readonly ImportRecord[],
	recorded: readonly RecordedEvent[],
	known: KnownCodes
): ImportPlan {
	const byKey = new Map<string, RecordedEvent[]>();
	for (const e of recorded) {
		const k = matchKey(e);
		byKey.set(k, [...(byKey.get(k) ?? []), e]);
	}
	const firstLineOf = new Map<string, number>();
	const rows: PlannedRow[] = records.map(({ line, values }): PlannedRow => {
		const parsed = parseRatificationRow(values, line, known);
		if (!parsed.ok) return { line, effect: 'error', errors: parsed.errors };
		const row = parsed.value;
		const k = matchKey(row);
		const earlier = firstLineOf.get(k);
		if (earlier !== undefined)
			return {
				line,
				effect: 'error',
				errors: [
					{
						line,
						column: 'event',
						value: values.event ?? '',
						reason: `the same ${row.kind} of ${row.instrument} by ${row.iso3} on "${row.date ?? 'no date'}" is already on line ${earlier}: keep one row per event`
					}
				]
			};
		firstLineOf.set(k, line);
		const matches = byKey.get(k) ?? [];
		if (matches.length > 1)
			return {
				line,
				effect: 'error',
				errors: [
					{
						line,
						column: 'date',
						value: values.date ?? '',
						reason: `matches ${matches.length} recorded events (ids ${matches.map((m) => m.id).join(', ')}) with the same state, instrument, kind and date: ask an administrator to merge them first`
					}
				]
			};
		const key = importKey(row);
		if (matches.length === 0) return { line, effect: 'insert', key, row };
		const [before] = matches;
		const changes = changesBetween(before, row);
		return changes.length
			? { line, effect: 'update', key, row, eventId: before.id, changes }
			: { line, effect: 'unchanged', key, row, eventId: before.id };
	});
	const counts: ImportCounts = { rows: rows.length, error: 0, insert: 0, update: 0, unchanged: 0 };
	for (const r of rows) counts[r.effect]++;
	const errors = rows.flatMap((r) => (r.effect === 'error' ? r.errors : []));
	return { rows, counts, errors, canApply: rows.length > 0 && errors.length === 0 };
}

/** One sentence for the page and the audit log. */
export function describeCounts(c: ImportCounts): string {
	const parts = [
		`${c.insert} to add`,
		`${c.update} to change`,
		`${c.unchanged} unchanged`,
		`${c.error} with errors`
	];
	return `${c.rows} row${c.rows === 1 ? '' : 's'}: ${parts.join(', ')}`;
}
