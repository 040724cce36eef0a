/**
 * What the audit row of a bulk import (`import.apply`, written by src/lib/server/import/import-events.ts)
 * keeps about the events it touched, read back for the history (audit-change.ts) and for a revert
 * (revert-rule.ts). The row's JSON:
 * - `after.inserted[]`: each event added, `{ id, line, key, iso3, instrument, kind, date, notes, … }`;
 * - `before.updated[]` / `after.updated[]`: each event changed, `{ id, …identity, field: value }` with
 *   only the fields the import changed.
 * A revert of an import keeps `after.removed[]` (the events it deleted) and the updated lists turned
 * round. Rows written before the identity fields were stored carry only `id`, `line` and `key`
 * (`import:<iso3>:<instrument>:<kind>:<date>`), from which the identity is read.
 */
import { EVENT_KIND_LABELS, type EventKind } from './ratification-event';
import { UPDATABLE_FIELD_LABELS, UPDATABLE_FIELDS, type UpdatableField } from './import-plan';

/** One event as an import's audit row names it: its id, what identifies it, and field values. */
export interface AuditedEvent {
	id: number;
	/** The event's fields the row records (identity and/or updatable fields); never id, line, key. */
	fields: Record<string, unknown>;
}

export interface ImportAudit {
	inserted: AuditedEvent[];
	removed: AuditedEvent[];
	/** The changed fields of each updated event, before and after the change, in the same order. */
	updatedBefore: AuditedEvent[];
	updatedAfter: AuditedEvent[];
}

/** Bookkeeping an entry carries that is not a field of the event. */
const BOOKKEEPING = new Set(['id', 'line', 'key']);

function identityFromKey(key: unknown): Record<string, unknown> {
	if (typeof key !== 'string') return {};
	const [prefix, iso3, instrument, kind, ...date] = key.split(':');
	if (prefix !== 'import' || !iso3 || !instrument || !kind) return {};
	return { iso3, instrument, kind, date: date.join(':') || null };
}

function auditedEvents(list: unknown): AuditedEvent[] {
	if (!Array.isArray(list)) return [];
	return list.flatMap((item) => {
		if (!item || typeof item !== 'object') return [];
		const entry = item as Record<string, unknown>;
		const id = Number(entry.id);
		if (!Number.isInteger(id)) return [];
		const own = Object.fromEntries(Object.entries(entry).filter(([k]) => !BOOKKEEPING.has(k)));
		return [{ id, fields: { ...identityFromKey(entry.key), ...own } }];
	});
}

function listOf(record: unknown, name: string): unknown {
	return record && typeof record === 'object' ? (record as Record<string, unknown>)[name] : null;
}

/** The events an import's (or its revert's) audit row names; empty lists where it names none. */
export function readImportAudit(before: unknown, after: unknown): ImportAudit {
	return {
		inserted: auditedEvents(listOf(after, 'inserted')),
		removed: auditedEvents(listOf(after, 'removed')),
		updatedBefore: auditedEvents(listOf(before, 'updated')),
		updatedAfter: auditedEvents(listOf(after, 'updated'))
	};
}

/** True when the row lists events in the import's way (so the history describes them one by one). */
export function isEventListChange(before: unknown, after: unknown): boolean {
	return [listOf(after, 'inserted'), listOf(after, 'removed'), listOf(after, 'updated')].some(
		Array.isArray
	);
}

/** "C097 ratification for NPL, 2019-03-04", or "event 812" when the row does not say more. */
export function eventLabel(event: AuditedEvent, also?: AuditedEvent): string {
	const f = { ...also?.fields, ...event.fields };
	if (typeof f.iso3 !== 'string' || typeof f.instrument !== 'string') return `event ${event.id}`;
	const kind =
		typeof f.kind === 'string' && f.kind in EVENT_KIND_LABELS
			? EVENT_KIND_LABELS[f.kind as EventKind].toLowerCase()
			: 'event';
	const date = typeof f.date === 'string' && f.date ? f.date : 'undated';
	return `${f.instrument} ${kind} for ${f.iso3}, ${date}`;
}

/** "notes", "source URL": an updatable field named inside a sentence. */
export function fieldName(field: string): string {
	const label = (UPDATABLE_FIELD_LABELS as Record<string, string>)[field] ?? field;
	return label.charAt(0).toLowerCase() + label.slice(1);
}

/** The updatable fields an entry records, in their usual order. */
export function updatableFieldsOf(event: AuditedEvent): UpdatableField[] {
	return UPDATABLE_FIELDS.filter((f) => f in event.fields);
}
