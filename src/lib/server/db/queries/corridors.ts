/**
 * Migration corridors (UN DESA IMS 2020 bilateral matrix, 11,537 origin → destination stocks), as
 * the strategy domain reads them (`CorridorStock`). The views read one state's corridors through
 * the primary key (origin first) or `corridors_by_destination`; only the strategy table, which
 * weighs every state, reads them all.
 */
import { asc, desc, eq } from 'drizzle-orm';
import type { CorridorStock } from '../../../domain/strategy/corridors';
import type { TrackerDb } from '../index';
import { corridors } from '../schema';

const columns = {
	originIso3: corridors.originIso3,
	destinationIso3: corridors.destinationIso3,
	year: corridors.year,
	migrants: corridors.migrants,
	pctOfOriginEmigrants: corridors.pctOfOriginEmigrants,
	pctOfDestinationImmigrants: corridors.pctOfDestinationImmigrants
};

/** Every corridor, largest first. */
export function list(db: TrackerDb): CorridorStock[] {
	return db
		.select(columns)
		.from(corridors)
		.orderBy(desc(corridors.migrants), asc(corridors.originIso3), asc(corridors.destinationIso3))
		.all();
}

/** The corridors out of an origin, largest first; `limit` null for all of them. */
export function fromOrigin(db: TrackerDb, origin: string, limit: number | null = null) {
	const q = db
		.select(columns)
		.from(corridors)
		.where(eq(corridors.originIso3, origin))
		.orderBy(desc(corridors.migrants), asc(corridors.destinationIso3));
	return (limit === null ? q : q.limit(limit)).all();
}

/** The corridors into a destination, largest first; `limit` null for all of them. */
export function intoDestination(db: TrackerDb, destination: string, limit: number | null = null) {
	const q = db
		.select(columns)
		.from(corridors)
		.where(eq(corridors.destinationIso3, destination))
		.orderBy(desc(corridors.migrants), asc(corridors.originIso3));
	return (limit === null ? q : q.limit(limit)).all();
}
