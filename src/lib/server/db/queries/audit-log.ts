/**
 * Reads of the audit log for the public history and the Atom feeds, and the administrator's revert.
 * The log itself is written by recordAudit (src/lib/server/audit.ts) inside each write's transaction.
 */
import { and, desc, eq, type SQL } from 'drizzle-orm';
import { attributionOf } from '../../../domain/attribution';
import type { SessionUser } from '../../../domain/authorization';
import { revertRefusal, type RevertibleAction } from '../../../domain/revert-rule';
import { bumpDataVersion, recordAudit } from '../../audit';
import { undoImport } from '../../import/import-events';
import type { TrackerDb } from '../index';
import { auditLog, campaignContacts, countries, users } from '../schema';
import * as steps from './campaign-steps';
import * as contacts from './campaign-contacts';
import * as proposals from './proposals';
import { IMMEDIATE } from './write-outcome';

export interface HistoryEntry {
	id: number;
	/** ISO instant. */
	at: string;
	action: string;
	entity: string;
	entityId: string | null;
	iso3: string | null;
	countryName: string | null;
	instrument: string | null;
	summary: string;
	/** Parsed JSON of the record before and after; null where there is none. */
	before: unknown;
	after: unknown;
	source: string | null;
	public: boolean;
	/** The centre or administrator behind the change (never an e-mail address). */
	who: string;
	revertOf: number | null;
	revertedBy: number | null;
}

export interface HistoryFilter {
	iso3?: string;
	instrument?: string;
	/** Only changes of this kind (`import.apply`). */
	action?: string;
	/** At most this many rows, newest first. */
	limit?: number;
}

function parseJson(text: string | null): unknown {
	if (text === null) return null;
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

function selectEntries(db: Pick<TrackerDb, 'select'>) {
	return db
		.select({
			id: auditLog.id,
			at: auditLog.at,
			action: auditLog.action,
			entity: auditLog.entity,
			entityId: auditLog.entityId,
			iso3: auditLog.iso3,
			countryName: countries.name,
			instrument: auditLog.instrument,
			summary: auditLog.summary,
			before: auditLog.before,
			after: auditLog.after,
			source: auditLog.source,
			public: auditLog.public,
			revertOf: auditLog.revertOf,
			revertedBy: auditLog.revertedBy,
			role: users.role,
			displayName: users.displayName,
			centreName: campaignContacts.centreName
		})
		.from(auditLog)
		.leftJoin(users, eq(users.id, auditLog.actorId))
		.leftJoin(countries, eq(countries.iso3, auditLog.iso3))
		.leftJoin(campaignContacts, eq(campaignContacts.iso3, auditLog.iso3));
}

type EntryRow = Awaited<ReturnType<ReturnType<typeof selectEntries>['all']>>[number];

function toEntry({ role, displayName, centreName, ...row }: EntryRow): HistoryEntry {
	return {
		...row,
		before: parseJson(row.before),
		after: parseJson(row.after),
		who: attributionOf({ role, displayName, centreName })
	};
}

export function get(db: Pick<TrackerDb, 'select'>, id: number): HistoryEntry | null {
	const row = selectEntries(db).where(eq(auditLog.id, id)).get();
	return row ? toEntry(row) : null;
}

/** Published changes, newest first, for a country, an instrument or everything. */
export function listPublic(db: TrackerDb, filter: HistoryFilter = {}): HistoryEntry[] {
	const conditions: SQL[] = [eq(auditLog.public, true)];
	if (filter.iso3) conditions.push(eq(auditLog.iso3, filter.iso3));
	if (filter.instrument) conditions.push(eq(auditLog.instrument, filter.instrument));
	if (filter.action) conditions.push(eq(auditLog.action, filter.action));
	return selectEntries(db)
		.where(and(...conditions))
		.orderBy(desc(auditLog.at), desc(auditLog.id))
		.limit(filter.limit ?? 200)
		.all()
		.map(toEntry);
}

export type RevertOutcome =
	{ ok: true; auditId: number } | { ok: false; status: 404 | 409; message: string };

const LATER_CHANGE =
	'has been changed again since this change: revert the later change first, newest first.';

/** Undo one action, inside the revert's transaction; answers what was before and after the undo. */
function undo(
	tx: Parameters<Parameters<TrackerDb['transaction']>[0]>[0],
	entry: HistoryEntry & { action: RevertibleAction },
	actor: SessionUser,
	now: Date
):
	| { ok: true; before: unknown; after: unknown }
	| { ok: false; status: 404 | 409; message: string } {
	const after = (entry.after ?? {}) as Record<string, unknown>;
	switch (entry.action) {
		case 'campaign_step.create':
		case 'campaign_step.update':
		case 'campaign_step.withdraw': {
			const step = steps.get(tx, Number(entry.entityId));
			if (!step) return { ok: false, status: 404, message: 'The campaign step no longer exists.' };
			if (entry.action === 'campaign_step.create') {
				if (step.withdrawnAt)
					return { ok: false, status: 409, message: 'The campaign step is already withdrawn.' };
				steps.restoreFacts(
					tx,
					step.id,
					{ ...steps.factsOf(step), withdrawnAt: now.toISOString() },
					step.version + 1
				);
			} else {
				if (step.version !== after.version)
					return { ok: false, status: 409, message: `The campaign step ${LATER_CHANGE}` };
				steps.restoreFacts(tx, step.id, entry.before as steps.CampaignStepFacts, step.version + 1);
			}
			return {
				ok: true,
				before: steps.factsOf(step),
				after: steps.factsOf(steps.get(tx, step.id)!)
			};
		}
		case 'campaign_contact.create':
		case 'campaign_contact.update': {
			const iso3 = entry.iso3 ?? '';
			const contact = contacts.get(tx, iso3);
			if (!contact || contact.version !== after.version)
				return { ok: false, status: 409, message: `The campaign contact ${LATER_CHANGE}` };
			const restored =
				entry.action === 'campaign_contact.create' ? null : (entry.before as contacts.ContactFacts);
			contacts.restoreFacts(tx, iso3, restored, contact.version + 1, actor, now);
			const now_ = contacts.get(tx, iso3);
			return {
				ok: true,
				before: contacts.factsOf(contact),
				after: now_ ? contacts.factsOf(now_) : null
			};
		}
		case 'proposal.approve': {
			const proposal = proposals.get(tx, Number(after.proposalId));
			const eventId = Number(after.eventId);
			if (!proposal || proposal.state !== 'approved' || proposal.eventId !== eventId)
				return {
					ok: false,
					status: 409,
					message: 'The proposal is no longer approved with this event: nothing to take back.'
				};
			proposals.unapprove(tx, proposal.id, eventId);
			return {
				ok: true,
				before: entry.after,
				after: { eventId, deleted: true, proposalState: 'pending' }
			};
		}
		case 'import.apply':
			return undoImport(tx, entry.before, entry.after);
	}
}

/**
 * Take back one published change. The revert is a new public audit row pointing at the original
 * (revertOf), and the original is marked with it (revertedBy), in one transaction.
 */
export function revert(
	db: TrackerDb,
	auditId: number,
	actor: SessionUser,
	now: Date = new Date()
): RevertOutcome {
	return db.transaction((tx) => {
		const entry = get(tx, auditId);
		if (!entry || !entry.public)
			return {
				ok: false,
				status: 404,
				message: `There is no published change number ${auditId}.`
			} as const;
		const refusal = revertRefusal(entry);
		if (refusal) return { ok: false, status: 409, message: refusal } as const;
		const done = undo(tx, entry as HistoryEntry & { action: RevertibleAction }, actor, now);
		if (!done.ok) return done;
		const id = recordAudit(
			tx,
			{
				actorId: actor.id,
				action: 'revert',
				entity: entry.entity,
				entityId: entry.entityId,
				iso3: entry.iso3,
				instrument: entry.instrument,
				summary: `Reverted: ${entry.summary}`,
				before: done.before,
				after: done.after,
				source: entry.source,
				public: true,
				revertOf: entry.id
			},
			now
		);
		tx.update(auditLog).set({ revertedBy: id }).where(eq(auditLog.id, entry.id)).run();
		bumpDataVersion(db);
		return { ok: true, auditId: id } as const;
	}, IMMEDIATE);
}
