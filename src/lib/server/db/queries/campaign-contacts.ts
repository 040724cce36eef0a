/**
 * A country's public campaign contact (the national centre) and the obstacles it notes. One row per
 * country, versioned; every write carries its audit row and bumps the data version.
 */
import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../../../domain/authorization';
import type { ContactInput } from '../../../domain/forms/contact-form';
import { bumpDataVersion, recordAudit } from '../../audit';
import type { TrackerDb } from '../index';
import { campaignContacts } from '../schema';
import { IMMEDIATE, type WriteOutcome } from './write-outcome';

export interface CampaignContact {
	iso3: string;
	centreName: string;
	centreUrl: string | null;
	obstacles: string;
	updatedAt: string;
	version: number;
}

/** What the history shows before and after a change. */
export interface ContactFacts {
	centreName: string;
	centreUrl: string | null;
	obstacles: string;
	version: number;
}

export function factsOf(contact: ContactFacts): ContactFacts {
	return {
		centreName: contact.centreName,
		centreUrl: contact.centreUrl,
		obstacles: contact.obstacles,
		version: contact.version
	};
}

export function get(db: Pick<TrackerDb, 'select'>, iso3: string): CampaignContact | null {
	return (
		db
			.select({
				iso3: campaignContacts.iso3,
				centreName: campaignContacts.centreName,
				centreUrl: campaignContacts.centreUrl,
				obstacles: campaignContacts.obstacles,
				updatedAt: campaignContacts.updatedAt,
				version: campaignContacts.version
			})
			.from(campaignContacts)
			.where(eq(campaignContacts.iso3, iso3))
			.get() ?? null
	);
}

/**
 * Create the contact (version null: the editor opened the form when there was none) or update the
 * one the editor opened. Anything else is a conflict answered with the contact as it is now.
 */
export function save(
	db: TrackerDb,
	iso3: string,
	input: ContactInput,
	actor: SessionUser,
	now: Date = new Date()
): WriteOutcome<CampaignContact, CampaignContact | null> {
	return db.transaction((tx) => {
		const before = get(tx, iso3);
		const expected = input.version;
		if ((before?.version ?? null) !== expected)
			return { ok: false, reason: 'conflict', current: before } as const;
		const fields = {
			centreName: input.centreName,
			centreUrl: input.centreUrl,
			obstacles: input.obstacles,
			updatedBy: actor.id,
			updatedAt: now.toISOString()
		};
		if (before)
			tx.update(campaignContacts)
				.set({ ...fields, version: before.version + 1 })
				.where(and(eq(campaignContacts.iso3, iso3), eq(campaignContacts.version, before.version)))
				.run();
		else
			tx.insert(campaignContacts)
				.values({ iso3, ...fields, version: 1 })
				.run();
		const after = get(tx, iso3)!;
		recordAudit(
			tx,
			{
				actorId: actor.id,
				action: before ? 'campaign_contact.update' : 'campaign_contact.create',
				entity: 'campaign_contact',
				entityId: iso3,
				iso3,
				summary: before
					? `Campaign contact and obstacles updated: ${after.centreName}`
					: `Campaign contact set: ${after.centreName}`,
				before: before ? factsOf(before) : null,
				after: factsOf(after),
				source: after.centreUrl,
				public: true
			},
			now
		);
		bumpDataVersion(db);
		return { ok: true, value: after } as const;
	}, IMMEDIATE);
}

/**
 * Put the contact back as it was before a change (a revert), inside the caller's transaction: `facts`
 * null removes it (the change created it).
 */
export function restoreFacts(
	tx: Pick<TrackerDb, 'update' | 'delete'>,
	iso3: string,
	facts: ContactFacts | null,
	nextVersion: number,
	actor: SessionUser,
	now: Date
): void {
	if (!facts) {
		tx.delete(campaignContacts).where(eq(campaignContacts.iso3, iso3)).run();
		return;
	}
	tx.update(campaignContacts)
		.set({
			centreName: facts.centreName,
			centreUrl: facts.centreUrl,
			obstacles: facts.obstacles,
			updatedBy: actor.id,
			updatedAt: now.toISOString(),
			version: nextVersion
		})
		.where(eq(campaignContacts.iso3, iso3))
		.run();
}
