/**
 * Campaign steps: recorded by a country's centre and published at once. Every write runs in one
 * transaction with its audit row and bumps the data version (the country page, matrix marker and
 * prospects read steps through caches keyed on it).
 */
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { attributionOf } from '../../../domain/attribution';
import type { CampaignStepInput } from '../../../domain/forms/campaign-step-form';
import type { SessionUser } from '../../../domain/authorization';
import { formatPartialDate, precisionOf, type DatePrecision } from '../../../domain/partial-date';
import { CAMPAIGN_STAGE_LABELS, type CampaignStage } from '../../../domain/strategy/campaign-stage';
import { bumpDataVersion, recordAudit } from '../../audit';
import type { TrackerDb } from '../index';
import { campaignContacts, campaignSteps, users } from '../schema';
import { IMMEDIATE, type WriteOutcome } from './write-outcome';

export interface CampaignStepRecord {
	id: number;
	iso3: string;
	instrument: string;
	stage: CampaignStage;
	date: string;
	precision: DatePrecision;
	text: string;
	stalledReason: string | null;
	evidenceUrl: string | null;
	createdBy: number;
	createdAt: string;
	withdrawnAt: string | null;
	version: number;
	/** Who the public sees behind the step: the centre, or the administrator who recorded it. */
	attribution: string;
}

/** The fields the history shows before and after a change (no ids of people). */
export interface CampaignStepFacts {
	instrument: string;
	stage: CampaignStage;
	date: string;
	text: string;
	stalledReason: string | null;
	evidenceUrl: string | null;
	withdrawnAt: string | null;
	version: number;
}

export function factsOf(step: CampaignStepFacts): CampaignStepFacts {
	return {
		instrument: step.instrument,
		stage: step.stage,
		date: step.date,
		text: step.text,
		stalledReason: step.stalledReason,
		evidenceUrl: step.evidenceUrl,
		withdrawnAt: step.withdrawnAt,
		version: step.version
	};
}

function selectSteps(db: Pick<TrackerDb, 'select'>) {
	return db
		.select({
			id: campaignSteps.id,
			iso3: campaignSteps.iso3,
			instrument: campaignSteps.instrument,
			stage: campaignSteps.stage,
			date: campaignSteps.date,
			precision: campaignSteps.precision,
			text: campaignSteps.text,
			stalledReason: campaignSteps.stalledReason,
			evidenceUrl: campaignSteps.evidenceUrl,
			createdBy: campaignSteps.createdBy,
			createdAt: campaignSteps.createdAt,
			withdrawnAt: campaignSteps.withdrawnAt,
			version: campaignSteps.version,
			role: users.role,
			displayName: users.displayName,
			centreName: campaignContacts.centreName
		})
		.from(campaignSteps)
		.innerJoin(users, eq(users.id, campaignSteps.createdBy))
		.leftJoin(campaignContacts, eq(campaignContacts.iso3, campaignSteps.iso3));
}

type StepRow = Awaited<ReturnType<ReturnType<typeof selectSteps>['all']>>[number];

function toRecord({ role, displayName, centreName, ...step }: StepRow): CampaignStepRecord {
	return { ...step, attribution: attributionOf({ role, displayName, centreName }) };
}

export function get(db: Pick<TrackerDb, 'select'>, id: number): CampaignStepRecord | null {
	const row = selectSteps(db).where(eq(campaignSteps.id, id)).get();
	return row ? toRecord(row) : null;
}

/** A country's steps, newest first; withdrawn ones only when asked (the editor's workspace shows them). */
export function listByCountry(
	db: TrackerDb,
	iso3: string,
	options: { includeWithdrawn?: boolean } = {}
): CampaignStepRecord[] {
	const where = options.includeWithdrawn
		? eq(campaignSteps.iso3, iso3)
		: and(eq(campaignSteps.iso3, iso3), isNull(campaignSteps.withdrawnAt));
	return selectSteps(db)
		.where(where)
		.orderBy(desc(campaignSteps.date), desc(campaignSteps.createdAt))
		.all()
		.map(toRecord);
}

/** Every published (not withdrawn) step, for the campaign layer of the matrix, maps and prospects. */
export function listPublished(db: TrackerDb): CampaignStepRecord[] {
	return selectSteps(db)
		.where(isNull(campaignSteps.withdrawnAt))
		.orderBy(asc(campaignSteps.iso3), asc(campaignSteps.instrument), asc(campaignSteps.date))
		.all()
		.map(toRecord);
}

function describe(step: Pick<CampaignStepFacts, 'instrument' | 'stage' | 'date'>): string {
	return `${step.instrument} campaign step: ${CAMPAIGN_STAGE_LABELS[step.stage]} (${formatPartialDate(step.date)})`;
}

/** Record a new step, published at once. Returns the new step. */
export function record(
	db: TrackerDb,
	iso3: string,
	input: CampaignStepInput,
	actor: SessionUser,
	now: Date = new Date()
): CampaignStepRecord {
	return db.transaction((tx) => {
		const { id } = tx
			.insert(campaignSteps)
			.values({
				iso3,
				instrument: input.instrument,
				stage: input.stage,
				date: input.date,
				precision: input.precision,
				text: input.text,
				stalledReason: input.stalledReason,
				evidenceUrl: input.evidenceUrl,
				createdBy: actor.id,
				createdAt: now.toISOString(),
				version: 1
			})
			.returning({ id: campaignSteps.id })
			.get();
		const step = get(tx, id)!;
		recordAudit(
			tx,
			{
				actorId: actor.id,
				action: 'campaign_step.create',
				entity: 'campaign_step',
				entityId: id,
				iso3,
				instrument: input.instrument,
				summary: `${describe(input)} recorded`,
				after: factsOf(step),
				source: input.evidenceUrl,
				public: true
			},
			now
		);
		bumpDataVersion(db);
		return step;
	}, IMMEDIATE);
}

/**
 * Change a step the editor opened at `version`. A stale version changes nothing and answers with
 * the step as it is now.
 */
export function update(
	db: TrackerDb,
	id: number,
	version: number,
	input: CampaignStepInput,
	actor: SessionUser,
	now: Date = new Date()
): WriteOutcome<CampaignStepRecord> {
	return db.transaction((tx) => {
		const before = get(tx, id);
		if (!before) return { ok: false, reason: 'not_found' } as const;
		if (before.version !== version || before.withdrawnAt)
			return { ok: false, reason: 'conflict', current: before } as const;
		tx.update(campaignSteps)
			.set({
				instrument: input.instrument,
				stage: input.stage,
				date: input.date,
				precision: input.precision,
				text: input.text,
				stalledReason: input.stalledReason,
				evidenceUrl: input.evidenceUrl,
				version: version + 1
			})
			.where(and(eq(campaignSteps.id, id), eq(campaignSteps.version, version)))
			.run();
		const after = get(tx, id)!;
		recordAudit(
			tx,
			{
				actorId: actor.id,
				action: 'campaign_step.update',
				entity: 'campaign_step',
				entityId: id,
				iso3: before.iso3,
				instrument: input.instrument,
				summary: `${describe(input)} edited`,
				before: factsOf(before),
				after: factsOf(after),
				source: input.evidenceUrl,
				public: true
			},
			now
		);
		bumpDataVersion(db);
		return { ok: true, value: after } as const;
	}, IMMEDIATE);
}

/** Withdraw a step: it leaves the pipeline but stays in the history. */
export function withdraw(
	db: TrackerDb,
	id: number,
	version: number,
	actor: SessionUser,
	now: Date = new Date()
): WriteOutcome<CampaignStepRecord> {
	return db.transaction((tx) => {
		const before = get(tx, id);
		if (!before) return { ok: false, reason: 'not_found' } as const;
		if (before.version !== version || before.withdrawnAt)
			return { ok: false, reason: 'conflict', current: before } as const;
		tx.update(campaignSteps)
			.set({ withdrawnAt: now.toISOString(), version: version + 1 })
			.where(and(eq(campaignSteps.id, id), eq(campaignSteps.version, version)))
			.run();
		const after = get(tx, id)!;
		recordAudit(
			tx,
			{
				actorId: actor.id,
				action: 'campaign_step.withdraw',
				entity: 'campaign_step',
				entityId: id,
				iso3: before.iso3,
				instrument: before.instrument,
				summary: `${describe(before)} withdrawn`,
				before: factsOf(before),
				after: factsOf(after),
				source: before.evidenceUrl,
				public: true
			},
			now
		);
		bumpDataVersion(db);
		return { ok: true, value: after } as const;
	}, IMMEDIATE);
}

/** Put a step's facts back as they were (a revert); the version moves on. Inside the caller's transaction. */
export function restoreFacts(
	tx: Pick<TrackerDb, 'update'>,
	id: number,
	facts: CampaignStepFacts,
	nextVersion: number
): void {
	tx.update(campaignSteps)
		.set({
			instrument: facts.instrument,
			stage: facts.stage,
			date: facts.date,
			precision: precisionOf(facts.date) ?? 'unknown',
			text: facts.text,
			stalledReason: facts.stalledReason,
			evidenceUrl: facts.evidenceUrl,
			withdrawnAt: facts.withdrawnAt,
			version: nextVersion
		})
		.where(eq(campaignSteps.id, id))
		.run();
}
