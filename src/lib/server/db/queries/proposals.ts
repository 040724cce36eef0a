/**
 * Proposed ratification events: a centre proposes one with its source; an administrator approves it
 * (writing the event in the same transaction) or rejects it with a reason. Proposals and rejections
 * are private (legal status shows only once reviewed); an approval is a public change.
 */
import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { attributionOf } from '../../../domain/attribution';
import type { SessionUser } from '../../../domain/authorization';
import type { ProposalInput } from '../../../domain/forms/proposal-form';
import type { ReviewDecision } from '../../../domain/forms/review-form';
import { formatPartialDate, todayIso, type DatePrecision } from '../../../domain/partial-date';
import { EVENT_KIND_LABELS, type EventKind } from '../../../domain/ratification-event';
import type { ProposalState } from '../../../domain/roles';
import { bumpDataVersion, recordAudit } from '../../audit';
import type { TrackerDb } from '../index';
import {
	campaignContacts,
	countries,
	ratificationEvents,
	ratificationProposals,
	users
} from '../schema';
import { IMMEDIATE, type WriteOutcome } from './write-outcome';

export interface Proposal {
	id: number;
	iso3: string;
	countryName: string;
	instrument: string;
	kind: EventKind;
	date: string | null;
	precision: DatePrecision;
	notes: string;
	sourceUrl: string;
	sourceTitle: string | null;
	proposedBy: number;
	/** The centre (or administrator) who proposed it, never an e-mail address. */
	proposer: string;
	proposedAt: string;
	state: ProposalState;
	reviewedAt: string | null;
	reviewReason: string | null;
	/** The reviewing administrator's name. */
	reviewer: string | null;
	eventId: number | null;
	version: number;
}

/** The event an approval writes, as the history shows it. */
export interface ApprovedEventFacts {
	proposalId: number;
	eventId: number;
	instrument: string;
	kind: EventKind;
	date: string | null;
	precision: DatePrecision;
	notes: string;
	sourceUrl: string;
	sourceTitle: string | null;
	recordedOn: string;
}

const reviewers = alias(users, 'reviewers');

function selectProposals(db: Pick<TrackerDb, 'select'>) {
	return db
		.select({
			id: ratificationProposals.id,
			iso3: ratificationProposals.iso3,
			countryName: countries.name,
			instrument: ratificationProposals.instrument,
			kind: ratificationProposals.kind,
			date: ratificationProposals.date,
			precision: ratificationProposals.precision,
			notes: ratificationProposals.notes,
			sourceUrl: ratificationProposals.sourceUrl,
			sourceTitle: ratificationProposals.sourceTitle,
			proposedBy: ratificationProposals.proposedBy,
			proposedAt: ratificationProposals.proposedAt,
			state: ratificationProposals.state,
			reviewedAt: ratificationProposals.reviewedAt,
			reviewReason: ratificationProposals.reviewReason,
			eventId: ratificationProposals.eventId,
			version: ratificationProposals.version,
			proposerRole: users.role,
			proposerName: users.displayName,
			centreName: campaignContacts.centreName,
			reviewerRole: reviewers.role,
			reviewerName: reviewers.displayName
		})
		.from(ratificationProposals)
		.innerJoin(countries, eq(countries.iso3, ratificationProposals.iso3))
		.innerJoin(users, eq(users.id, ratificationProposals.proposedBy))
		.leftJoin(reviewers, eq(reviewers.id, ratificationProposals.reviewedBy))
		.leftJoin(campaignContacts, eq(campaignContacts.iso3, ratificationProposals.iso3));
}

type ProposalRow = Awaited<ReturnType<ReturnType<typeof selectProposals>['all']>>[number];

function toProposal(row: ProposalRow): Proposal {
	const { proposerRole, proposerName, centreName, reviewerRole, reviewerName, ...rest } = row;
	return {
		...rest,
		proposer: attributionOf({ role: proposerRole, displayName: proposerName, centreName }),
		reviewer:
			reviewerRole === null
				? null
				: attributionOf({ role: reviewerRole, displayName: reviewerName, centreName: null })
	};
}

export function get(db: Pick<TrackerDb, 'select'>, id: number): Proposal | null {
	const row = selectProposals(db).where(eq(ratificationProposals.id, id)).get();
	return row ? toProposal(row) : null;
}

/** The review queue: pending proposals, oldest first (first come, first reviewed). */
export function listPending(db: TrackerDb): Proposal[] {
	return selectProposals(db)
		.where(eq(ratificationProposals.state, 'pending'))
		.orderBy(asc(ratificationProposals.proposedAt), asc(ratificationProposals.id))
		.all()
		.map(toProposal);
}

/** Recently reviewed proposals, newest first, for the queue's "done" list. */
export function listReviewed(db: TrackerDb, limit = 20): Proposal[] {
	return selectProposals(db)
		.where(ne(ratificationProposals.state, 'pending'))
		.orderBy(desc(ratificationProposals.reviewedAt), desc(ratificationProposals.id))
		.limit(limit)
		.all()
		.map(toProposal);
}

/** One person's proposals for one country, newest first: the editor follows their state. */
export function listByProposer(db: TrackerDb, userId: number, iso3: string): Proposal[] {
	return selectProposals(db)
		.where(and(eq(ratificationProposals.proposedBy, userId), eq(ratificationProposals.iso3, iso3)))
		.orderBy(desc(ratificationProposals.proposedAt), desc(ratificationProposals.id))
		.all()
		.map(toProposal);
}

export function describeEvent(p: {
	instrument: string;
	kind: EventKind;
	date: string | null;
}): string {
	return `${p.instrument} ${EVENT_KIND_LABELS[p.kind].toLowerCase()} (${formatPartialDate(p.date)})`;
}

/** Put a proposal in the review queue. */
export function propose(
	db: TrackerDb,
	iso3: string,
	input: ProposalInput,
	actor: SessionUser,
	now: Date = new Date()
): Proposal {
	return db.transaction((tx) => {
		const { id } = tx
			.insert(ratificationProposals)
			.values({
				iso3,
				instrument: input.instrument,
				kind: input.kind,
				date: input.date,
				precision: input.precision,
				notes: input.notes,
				sourceUrl: input.sourceUrl,
				sourceTitle: input.sourceTitle,
				proposedBy: actor.id,
				proposedAt: now.toISOString(),
				state: 'pending',
				version: 1
			})
			.returning({ id: ratificationProposals.id })
			.get();
		const proposal = get(tx, id)!;
		recordAudit(
			tx,
			{
				actorId: actor.id,
				action: 'proposal.create',
				entity: 'proposal',
				entityId: id,
				iso3,
				instrument: input.instrument,
				summary: `Proposed ${describeEvent(input)}, awaiting review`,
				after: { ...input, state: 'pending' },
				source: input.sourceUrl,
				// Legal status shows only once reviewed: the proposal itself is not published.
				public: false
			},
			now
		);
		return proposal;
	}, IMMEDIATE);
}

export interface ReviewRequest {
	id: number;
	version: number;
	decision: ReviewDecision;
	reason: string | null;
}

/**
 * Approve (write the event, sourced, recorded on the day of approval) or reject a pending proposal
 * opened at `version`. A proposal reviewed or changed since is a conflict answered with its state now.
 */
export function review(
	db: TrackerDb,
	request: ReviewRequest,
	actor: SessionUser,
	now: Date = new Date()
): WriteOutcome<Proposal> {
	return db.transaction((tx) => {
		const before = get(tx, request.id);
		if (!before) return { ok: false, reason: 'not_found' } as const;
		if (before.version !== request.version || before.state !== 'pending')
			return { ok: false, reason: 'conflict', current: before } as const;
		const reviewed = {
			reviewedBy: actor.id,
			reviewedAt: now.toISOString(),
			reviewReason: request.reason,
			version: before.version + 1
		};
		const guard = and(
			eq(ratificationProposals.id, before.id),
			eq(ratificationProposals.version, before.version)
		);
		if (request.decision === 'reject') {
			tx.update(ratificationProposals)
				.set({ ...reviewed, state: 'rejected' })
				.where(guard)
				.run();
			recordAudit(
				tx,
				{
					actorId: actor.id,
					action: 'proposal.reject',
					entity: 'proposal',
					entityId: before.id,
					iso3: before.iso3,
					instrument: before.instrument,
					summary: `Proposed ${describeEvent(before)} rejected: ${request.reason}`,
					before: { state: 'pending' },
					after: { state: 'rejected', reason: request.reason },
					source: before.sourceUrl,
					public: false
				},
				now
			);
			return { ok: true, value: get(tx, before.id)! } as const;
		}
		const recordedOn = todayIso(now);
		const { id: eventId } = tx
			.insert(ratificationEvents)
			.values({
				iso3: before.iso3,
				instrument: before.instrument,
				kind: before.kind,
				date: before.date,
				precision: before.precision,
				recordedOn,
				notes: before.notes,
				sourceUrl: before.sourceUrl,
				sourceTitle: before.sourceTitle,
				confidence: 'sourced',
				confidenceReason: null,
				seedKey: null
			})
			.returning({ id: ratificationEvents.id })
			.get();
		tx.update(ratificationProposals)
			.set({ ...reviewed, state: 'approved', eventId })
			.where(guard)
			.run();
		const event: ApprovedEventFacts = {
			proposalId: before.id,
			eventId,
			instrument: before.instrument,
			kind: before.kind,
			date: before.date,
			precision: before.precision,
			notes: before.notes,
			sourceUrl: before.sourceUrl,
			sourceTitle: before.sourceTitle,
			recordedOn
		};
		recordAudit(
			tx,
			{
				actorId: actor.id,
				action: 'proposal.approve',
				entity: 'ratification_event',
				entityId: eventId,
				iso3: before.iso3,
				instrument: before.instrument,
				summary: `${describeEvent(before)} recorded after review of a proposal by ${before.proposer}`,
				after: event,
				source: before.sourceUrl,
				public: true
			},
			now
		);
		bumpDataVersion(db);
		return { ok: true, value: get(tx, before.id)! } as const;
	}, IMMEDIATE);
}

/**
 * Take an approval back (a revert), inside the caller's transaction: the event it wrote is deleted,
 * so it leaves the matrix, maps and exports; the audit rows keep what it said. The proposal returns
 * to the queue, as it was before the approval.
 */
export function unapprove(
	tx: Pick<TrackerDb, 'update' | 'delete'>,
	proposalId: number,
	eventId: number
): void {
	tx.update(ratificationProposals)
		.set({
			state: 'pending',
			reviewedBy: null,
			reviewedAt: null,
			reviewReason: null,
			eventId: null,
			version: sql`${ratificationProposals.version} + 1`
		})
		.where(eq(ratificationProposals.id, proposalId))
		.run();
	tx.delete(ratificationEvents).where(eq(ratificationEvents.id, eventId)).run();
}
