/**
 * Everything the matrix is derived from, read once per data version and kept in memory: a few
 * hundred events and a few hundred countries, so every view derives statuses without a query.
 */
import type { TrackerData } from '../domain/tracker-data';
import type { TrackerDb } from './db';
import * as countries from './db/queries/countries';
import * as dataVersion from './db/queries/data-version';
import * as instruments from './db/queries/instruments';
import * as ratifications from './db/queries/ratifications';

const cache = new WeakMap<TrackerDb, TrackerData>();

export function readTrackerData(db: TrackerDb): TrackerData {
	const { version } = dataVersion.current(db);
	const cached = cache.get(db);
	if (cached && cached.version === version) return cached;
	const data: TrackerData = {
		countries: countries.list(db),
		instruments: instruments.list(db),
		groups: countries.listGroups(db),
		memberships: countries.listMemberships(db),
		events: ratifications.listEvents(db),
		statements: ratifications.listStatements(db),
		version
	};
	cache.set(db, data);
	return data;
}

/** The states the matrix lists: members of the ILO or the UN (territories appear only in migration data). */
export function matrixStates(data: TrackerData) {
	return data.countries.filter((c) => c.iloMember || c.unMember);
}
