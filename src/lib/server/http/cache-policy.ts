/**
 * Cache-Control for exports and API answers. They are public and the same for everyone, so CDNs may
 * keep them (s-maxage) and serve a stale copy while fetching a fresh one (stale-while-revalidate);
 * the ETag makes every revalidation cheap.
 */
import type { IsoDay } from '../../domain/partial-date';
import { todayIso } from '../../domain/partial-date';

/**
 * "Today" answers follow data changes and the UTC day rolling over: browsers keep them 5 minutes, CDNs
 * 15. An explicit as_of in the past cannot roll over; it changes only when the data is corrected, so
 * browsers keep it an hour and CDNs a day.
 */
export const CACHE_CONTROL = {
	current: 'public, max-age=300, s-maxage=900, stale-while-revalidate=3600',
	pinned: 'public, max-age=3600, s-maxage=86400, stale-while-revalidate=604800',
	/** 400 and 404 answers: deterministic, but the data (codes, groups) or "today" can change them soon. */
	error: 'public, max-age=60, s-maxage=60',
	/** A redirect to a code's canonical spelling (gha → GHA) never changes. */
	redirect: 'public, max-age=86400, s-maxage=86400'
} as const;

export function cacheControlFor(
	query: { asOf: IsoDay; asOfExplicit: boolean },
	today: IsoDay = todayIso()
): string {
	return query.asOfExplicit && query.asOf < today ? CACHE_CONTROL.pinned : CACHE_CONTROL.current;
}
