/**
 * The bulk import of ratification events against the database: the plan for a dry run, and the apply
 * that re-reads the database and re-plans inside ONE transaction, so what is written is what was
 * checked against the data as it is at that moment. All or nothing: a plan with any error, or one
 * that differs from the dry run the admin saw, writes nothing.
 *
 * The audit row (`import.apply`) keeps what a revert needs: `after.inserted` (each new event's id
 * and fields) and `before.updated` / `after.updated` (each changed event's fields before and after);
 * src/lib/domain/import-audit.ts reads it back, and undoImport takes it back.
 */
import { IMMEDIATE } from '../db/queries/write-outcome';
import { eq } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import {
	describeCounts,
	planImport,
	UPDATABLE_FIELDS,
	type ImportPlan,
	type ImportRecord,
	type KnownCodes,
	type RecordedEvent,
	type UpdatableField
} from '../../domain/import-plan';
import { readImportAudit } from '../../domain/import-audit';
import type { ParsedRatificationRow } from '../../domain/ratification-csv';
import { importRevertRefusal } from '../../domain/revert-rule';
import { bumpDataVersion, recordAudit } from '../audit';
import type { TrackerDb } from '../db';
import { ratificationEvents } from '../db/schema';
import type { ImportText } from './read-upload';

type Reader = Pick<TrackerDb, 'select'>;

function knownCodes(db: TrackerDb): KnownCodes {
	const sqlite = db.$client;
	const column = (sql: string) => new Set((sqlite.prepare(sql).pluck().all() as string[]) ?? []);
	return {
		countries: column('SELECT iso3 FROM countries'),
		instruments: column('SELECT code FROM instruments ORDER BY position')
	};
}

function recordedEvents(db: Reader): RecordedEvent[] {
	return db
		.select({
			id: ratificationEvents.id,
			iso3: ratificationEvents.iso3,
			instrument: ratificationEvents.instrument,
			kind: ratificationEvents.kind,
			date: ratificationEvents.date,
			notes: ratificationEvents.notes,
			sourceUrl: ratificationEvents.sourceUrl,
			sourceTitle: ratificationEvents.sourceTitle,
			confidence: ratificationEvents.confidence,
			confidenceReason: ratificationEvents.confidenceReason
		})
		.from(ratificationEvents)
		.all();
}

/** What importing these records would do to the database as it is now. Writes nothing. */
export function planAgainstDatabase(db: TrackerDb, records: readonly ImportRecord[]): ImportPlan {
	return planImport(records, recordedEvents(db), knownCodes(db));
}

/**
 * A fingerprint of a plan's effects (which rows, which events, which changes): apply refuses when
 * the plan it computes differs from the one the admin reviewed.
 */
export function planDigest(plan: ImportPlan): string {
	const effects = plan.rows.map((r) =>
		r.effect === 'error'
			? [r.line, r.effect, r.errors.map((e) => [e.column, e.reason])]
			: r.effect === 'insert'
				? [r.line, r.effect, r.key, r.row]
				: r.effect === 'update'
					? [r.line, r.effect, r.eventId, r.changes]
					: [r.line, r.effect, r.eventId]
	);
	return createHash('sha256').update(JSON.stringify(effects)).digest('hex');
}

export class ImportRefused extends Error {
	constructor(
		readonly reason: 'errors' | 'stale' | 'empty',
		readonly plan: ImportPlan
	) {
		super(
			reason === 'errors'
				? `The import was not applied: ${plan.errors.length} error(s) in the file. Nothing was changed.`
				: reason === 'stale'
					? 'The data changed since your dry run, so the import would not do what you reviewed. Nothing was changed: review the new dry run below and apply again.'
					: 'Nothing to import: every row is already recorded exactly so. Nothing was changed.'
		);
	}
}

export interface AppliedImport {
	auditId: number;
	plan: ImportPlan;
	summary: string;
}

/** Today in UTC: the day an imported source was read, as `recorded_on`. */
const today = () => new Date().toISOString().slice(0, 10);

/** The single state or instrument every row is about, so the audit row shows on that history page. */
function onlyValue(values: string[]): string | null {
	const set = new Set(values);
	return set.size === 1 ? values[0] : null;
}

/** What identifies an event to a reader of the history: state, instrument, kind and date. */
const identityOf = (row: Pick<ParsedRatificationRow, 'iso3' | 'instrument' | 'kind' | 'date'>) => ({
	iso3: row.iso3,
	instrument: row.instrument,
	kind: row.kind,
	date: row.date
});

const updatableOf = (row: ParsedRatificationRow) =>
	Object.fromEntries(UPDATABLE_FIELDS.map((f) => [f, row[f]])) as Pick<
		ParsedRatificationRow,
		UpdatableField
	>;

export function applyImport(
	db: TrackerDb,
	input: { file: ImportText; records: readonly ImportRecord[]; actorId: number; digest: string }
): AppliedImport {
	return db.transaction((tx) => {
		const plan = planImport(input.records, recordedEvents(tx), knownCodes(db));
		if (!plan.canApply) throw new ImportRefused('errors', plan);
		if (planDigest(plan) !== input.digest) throw new ImportRefused('stale', plan);
		if (plan.counts.insert + plan.counts.update === 0) throw new ImportRefused('empty', plan);

		const recordedOn = today();
		const inserted: Record<string, unknown>[] = [];
		const updatedBefore: Record<string, unknown>[] = [];
		const updatedAfter: Record<string, unknown>[] = [];
		for (const r of plan.rows) {
			if (r.effect === 'insert') {
				const { id } = tx
					.insert(ratificationEvents)
					.values({ ...r.row, recordedOn, seedKey: r.key })
					.returning({ id: ratificationEvents.id })
					.get();
				inserted.push({
					id,
					line: r.line,
					key: r.key,
					...identityOf(r.row),
					...updatableOf(r.row)
				});
			} else if (r.effect === 'update') {
				const set = updatableOf(r.row);
				tx.update(ratificationEvents).set(set).where(eq(ratificationEvents.id, r.eventId)).run();
				updatedBefore.push({
					id: r.eventId,
					...Object.fromEntries(r.changes.map((c) => [c.field, c.before]))
				});
				updatedAfter.push({
					id: r.eventId,
					line: r.line,
					...identityOf(r.row),
					...Object.fromEntries(r.changes.map((c) => [c.field, c.after]))
				});
			}
		}
		const applied = plan.rows.flatMap((r) => (r.effect === 'error' ? [] : [r.row]));
		const summary = `Imported ${plan.counts.rows} event${plan.counts.rows === 1 ? '' : 's'} from ${input.file.name} (${plan.counts.insert} added, ${plan.counts.update} changed, ${plan.counts.unchanged} unchanged)`;
		const auditId = recordAudit(tx, {
			actorId: input.actorId,
			action: 'import.apply',
			entity: 'ratification_events',
			entityId: null,
			iso3: onlyValue(applied.map((r) => r.iso3)),
			instrument: onlyValue(applied.map((r) => r.instrument)),
			summary,
			before: { updated: updatedBefore },
			after: {
				file: input.file.name,
				sha256: input.file.sha256,
				rows: plan.counts.rows,
				counts: describeCounts(plan.counts),
				inserted,
				updated: updatedAfter
			},
			source: input.file.name,
			public: true
		});
		bumpDataVersion(db);
		return { auditId, plan, summary };
	}, IMMEDIATE);
}

type Transaction = Parameters<Parameters<TrackerDb['transaction']>[0]>[0];

/**
 * Take back an import inside the revert's transaction (src/lib/server/db/queries/audit-log.ts):
 * delete the events it added and put back the values it changed, or change nothing and say why
 * when any of those events is no longer as the import left it. Answers the revert row's before and
 * after: the events as they were, and what the revert removed and restored.
 */
export function undoImport(
	tx: Transaction,
	importBefore: unknown,
	importAfter: unknown
): { ok: true; before: unknown; after: unknown } | { ok: false; status: 409; message: string } {
	const audit = readImportAudit(importBefore, importAfter);
	const current = new Map<number, RecordedEvent>();
	for (const { id } of [...audit.inserted, ...audit.updatedAfter]) {
		const event = tx
			.select({
				id: ratificationEvents.id,
				iso3: ratificationEvents.iso3,
				instrument: ratificationEvents.instrument,
				kind: ratificationEvents.kind,
				date: ratificationEvents.date,
				notes: ratificationEvents.notes,
				sourceUrl: ratificationEvents.sourceUrl,
				sourceTitle: ratificationEvents.sourceTitle,
				confidence: ratificationEvents.confidence,
				confidenceReason: ratificationEvents.confidenceReason
			})
			.from(ratificationEvents)
			.where(eq(ratificationEvents.id, id))
			.get();
		if (event) current.set(id, event);
	}
	const refusal = importRevertRefusal(audit, current);
	if (refusal) return { ok: false, status: 409, message: refusal };

	for (const { id } of audit.inserted)
		tx.delete(ratificationEvents).where(eq(ratificationEvents.id, id)).run();
	for (const { id, fields } of audit.updatedBefore) {
		const set = Object.fromEntries(
			UPDATABLE_FIELDS.filter((f) => f in fields).map((f) => [f, fields[f]])
		);
		if (Object.keys(set).length)
			tx.update(ratificationEvents).set(set).where(eq(ratificationEvents.id, id)).run();
	}
	const identity = (id: number) => ({ id, ...identityOf(current.get(id)!) });
	return {
		ok: true,
		before: {
			updated: audit.updatedAfter.map((e) => ({ ...identity(e.id), ...e.fields }))
		},
		after: {
			removed: audit.inserted.map((e) => ({ ...current.get(e.id) })),
			updated: audit.updatedBefore.map((e) => ({ ...identity(e.id), ...e.fields }))
		}
	};
}
