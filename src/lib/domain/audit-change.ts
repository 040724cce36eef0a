/**
 * A change's before and after (the JSON the audit log keeps) as lines a campaigner can read: field
 * labels instead of column names, stage and event labels instead of codes, dates as precise as their
 * source. Shared by the history page and the Atom feeds.
 */
import {
	eventLabel,
	fieldName,
	isEventListChange,
	readImportAudit,
	updatableFieldsOf
} from './import-audit';
import { formatPartialDate } from './partial-date';
import { EVENT_KIND_LABELS, type EventKind } from './ratification-event';
import { CAMPAIGN_STAGE_LABELS, type CampaignStage } from './strategy/campaign-stage';

export interface ChangeLine {
	field: string;
	/** null: the field had no value (or the record did not exist). */
	before: string | null;
	after: string | null;
}

/** Fields shown, in this order, with their labels; others follow under their own names. */
const FIELD_LABELS: Record<string, string> = {
	instrument: 'Instrument',
	stage: 'Stage',
	kind: 'Event',
	date: 'Date',
	text: 'Description',
	stalledReason: 'Why it stalled',
	centreName: 'Centre',
	centreUrl: 'Centre’s web address',
	obstacles: 'Obstacles',
	notes: 'Notes',
	evidenceUrl: 'Evidence',
	sourceUrl: 'Source',
	sourceTitle: 'Source title',
	recordedOn: 'Recorded on',
	withdrawnAt: 'Withdrawn on',
	state: 'Review state',
	proposalState: 'Review state',
	reason: 'Reason',
	deleted: 'Event deleted',
	file: 'File',
	rows: 'Rows',
	counts: 'Counts'
};

/** Bookkeeping that means nothing to a reader (ids, versions, precision implied by the date, hashes). */
const HIDDEN = new Set(['version', 'precision', 'eventId', 'proposalId', 'sha256', 'id']);

const MAX_TEXT = 400;

/** An import's lists of events, described one event a line by eventLines. */
const EVENT_LISTS = new Set(['inserted', 'removed', 'updated']);

function readable(field: string, value: unknown): string | null {
	if (value === null || value === undefined || value === '') return null;
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	if (Array.isArray(value)) return `${value.length} record${value.length === 1 ? '' : 's'}`;
	if (typeof value === 'object') {
		const text = Object.entries(value as Record<string, unknown>)
			.map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
			.join(', ');
		return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
	}
	const text = String(value);
	if (field === 'stage' && text in CAMPAIGN_STAGE_LABELS)
		return CAMPAIGN_STAGE_LABELS[text as CampaignStage];
	if (field === 'kind' && text in EVENT_KIND_LABELS) return EVENT_KIND_LABELS[text as EventKind];
	if (field === 'date' || field === 'recordedOn') return formatPartialDate(text);
	if (field === 'withdrawnAt') return formatPartialDate(text.slice(0, 10));
	return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

function asRecord(value: unknown): Record<string, unknown> | null {
	return value && typeof value === 'object' && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: null;
}

/** An import lists events one line each up to here, then says how many more it touched. */
export const MAX_EVENT_LINES = 20;

/** The event lists of an import's row (or its revert's) as "Added …", "Changed notes of …" lines. */
function eventLines(before: unknown, after: unknown): ChangeLine[] {
	const audit = readImportAudit(before, after);
	const beforeById = new Map(audit.updatedBefore.map((e) => [e.id, e]));
	const afterIds = new Set(audit.updatedAfter.map((e) => e.id));
	const lines: ChangeLine[] = [
		...audit.inserted.map((e) => ({ field: 'Added', before: null, after: eventLabel(e) })),
		...audit.removed.map((e) => ({ field: 'Removed', before: eventLabel(e), after: null })),
		...audit.updatedAfter.flatMap((e) => {
			const was = beforeById.get(e.id);
			return updatableFieldsOf(e).map((field) => ({
				field: `Changed ${fieldName(field)} of ${eventLabel(e, was)}`,
				before: readable(field, was?.fields[field]),
				after: readable(field, e.fields[field])
			}));
		}),
		// A before-value without its after-value: show it rather than drop it.
		...audit.updatedBefore
			.filter((e) => !afterIds.has(e.id))
			.flatMap((e) =>
				updatableFieldsOf(e).map((field) => ({
					field: `Changed ${fieldName(field)} of ${eventLabel(e)}`,
					before: readable(field, e.fields[field]),
					after: null
				}))
			)
	];
	if (lines.length <= MAX_EVENT_LINES) return lines;
	return [
		...lines.slice(0, MAX_EVENT_LINES),
		{ field: 'More', before: null, after: `and ${lines.length - MAX_EVENT_LINES} more` }
	];
}

/**
 * The fields a change touched: every field of a record created or removed, only the differing ones
 * of a record changed. An import's lists of events become one line per event added, removed or
 * field changed, at most MAX_EVENT_LINES of them.
 */
export function describeChange(before: unknown, after: unknown): ChangeLine[] {
	const b = asRecord(before);
	const a = asRecord(after);
	const eventList = isEventListChange(before, after);
	const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].filter(
		(k) => !HIDDEN.has(k) && !(eventList && EVENT_LISTS.has(k))
	);
	const order = Object.keys(FIELD_LABELS);
	keys.sort((x, y) => {
		const [ix, iy] = [order.indexOf(x), order.indexOf(y)];
		return (ix === -1 ? order.length : ix) - (iy === -1 ? order.length : iy);
	});
	const lines: ChangeLine[] = [];
	for (const key of keys) {
		const line = {
			field: FIELD_LABELS[key] ?? key,
			before: b ? readable(key, b[key]) : null,
			after: a ? readable(key, a[key]) : null
		};
		if (b && a && line.before === line.after) continue;
		if (line.before === null && line.after === null) continue;
		lines.push(line);
	}
	return eventList ? [...lines, ...eventLines(before, after)] : lines;
}

/** The same lines as plain text, one per line ("Stage: Ministry study → Approved by cabinet"). */
export function changeText(lines: readonly ChangeLine[]): string {
	return lines
		.map((l) =>
			l.before === null
				? `${l.field}: ${l.after}`
				: l.after === null
					? `${l.field}: ${l.before} (removed)`
					: `${l.field}: ${l.before} → ${l.after}`
		)
		.join('\n');
}
