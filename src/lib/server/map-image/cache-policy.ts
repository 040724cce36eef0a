/**
 * Cache-Control for map images and embeds. They are public, identical for everyone and embedded on
 * busy campaign pages, so CDNs are meant to answer nearly every request (s-maxage) and to keep
 * answering from a stale copy while they refetch (stale-while-revalidate); the ETag turns each
 * refetch into a 304 when nothing changed.
 *
 * - Today's map follows data changes and the UTC day: browsers keep it 5 minutes, CDNs an hour,
 *   and a CDN may serve it a day stale while it revalidates.
 * - A past day (as_of before today) cannot roll over, but it is not immutable: a corrected or newly
 *   sourced record changes the past too (a ratification found with an earlier date). Browsers and
 *   CDNs keep it a day, which is when a correction is guaranteed to show, and a CDN may serve it a
 *   week stale while it revalidates. `immutable` would keep a wrong map in browsers for a year.
 */
import { todayIso, type IsoDay } from '$lib/domain/partial-date';

export const IMAGE_CACHE_CONTROL = {
	current: 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400',
	pinned: 'public, max-age=86400, s-maxage=86400, stale-while-revalidate=604800'
} as const;

export function imageCacheControl(
	query: { asOf: IsoDay; asOfExplicit: boolean },
	today: IsoDay = todayIso()
): string {
	return query.asOfExplicit && query.asOf < today
		? IMAGE_CACHE_CONTROL.pinned
		: IMAGE_CACHE_CONTROL.current;
}
