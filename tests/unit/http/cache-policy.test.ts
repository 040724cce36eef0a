import { describe, expect, it } from 'vitest';
import { CACHE_CONTROL, cacheControlFor } from '../../../src/lib/server/http/cache-policy';

const TODAY = '2026-11-23';
const maxAge = (policy: string) => Number(/(?:^|\s)max-age=(\d+)/.exec(policy)![1]);

describe('cache policy of exports and API answers', () => {
	it('lets CDNs keep every answer and serve it stale while revalidating', () => {
		for (const policy of [CACHE_CONTROL.current, CACHE_CONTROL.pinned])
			expect(policy).toMatch(/^public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+$/);
	});

	it('keeps an answer pinned to a past day longer than an answer for today', () => {
		const pinned = cacheControlFor({ asOf: '2020-01-01', asOfExplicit: true }, TODAY);
		const current = cacheControlFor({ asOf: TODAY, asOfExplicit: false }, TODAY);
		expect(pinned).toBe(CACHE_CONTROL.pinned);
		expect(current).toBe(CACHE_CONTROL.current);
		expect(maxAge(pinned)).toBeGreaterThan(maxAge(current));
	});

	it('treats today named explicitly as today, since it can still change', () => {
		expect(cacheControlFor({ asOf: TODAY, asOfExplicit: true }, TODAY)).toBe(CACHE_CONTROL.current);
	});
});
