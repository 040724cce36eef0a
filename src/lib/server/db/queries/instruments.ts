import { asc, eq } from 'drizzle-orm';
import type { Instrument } from '../../../domain/tracker-data';
import type { TrackerDb } from '../index';
import { instruments } from '../schema';

export function list(db: TrackerDb): Instrument[] {
	return db.select().from(instruments).orderBy(asc(instruments.position)).all();
}

export function get(db: TrackerDb, code: string): Instrument | undefined {
	return db.select().from(instruments).where(eq(instruments.code, code)).get();
}
