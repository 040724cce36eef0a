import { eq } from 'drizzle-orm';
import type { TrackerDb } from '../index';
import { dataVersion } from '../schema';

/** The current data version (0 before anything was loaded) and when it last changed. */
export function current(db: TrackerDb): { version: number; changedAt: string | null } {
	const row = db.select().from(dataVersion).where(eq(dataVersion.id, 1)).get();
	return { version: row?.version ?? 0, changedAt: row?.changedAt ?? null };
}
