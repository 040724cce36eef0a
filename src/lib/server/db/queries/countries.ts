import { asc, eq } from 'drizzle-orm';
import type { Country, Group, GroupMembership } from '../../../domain/tracker-data';
import type { TrackerDb } from '../index';
import { countries, groupMemberships, groups } from '../schema';

export function list(db: TrackerDb): Country[] {
	return db.select().from(countries).orderBy(asc(countries.name)).all();
}

export function get(db: TrackerDb, iso3: string): Country | undefined {
	return db.select().from(countries).where(eq(countries.iso3, iso3)).get();
}

export function listGroups(db: TrackerDb): Group[] {
	return db.select().from(groups).orderBy(asc(groups.code)).all();
}

export function listMemberships(db: TrackerDb): GroupMembership[] {
	return db.select().from(groupMemberships).all();
}
