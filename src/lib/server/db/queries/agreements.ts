/**
 * Union solidarity agreements between an origin and a destination country
 * (solidarity_agreements.csv): each with the parties exactly as its source states them.
 */
import { asc, eq, or } from 'drizzle-orm';
import type { TrackerDb } from '../index';
import { solidarityAgreements } from '../schema';

export type AgreementRecord = typeof solidarityAgreements.$inferSelect;

const order = [
	asc(solidarityAgreements.signedOn),
	asc(solidarityAgreements.originIso3),
	asc(solidarityAgreements.destinationIso3)
];

/** Every agreement, oldest first. */
export function list(db: TrackerDb): AgreementRecord[] {
	return db
		.select()
		.from(solidarityAgreements)
		.orderBy(...order)
		.all();
}

/** The agreements with unions of `iso3` at either end, oldest first. */
export function involving(db: TrackerDb, iso3: string): AgreementRecord[] {
	return db
		.select()
		.from(solidarityAgreements)
		.where(
			or(eq(solidarityAgreements.originIso3, iso3), eq(solidarityAgreements.destinationIso3, iso3))
		)
		.orderBy(...order)
		.all();
}
