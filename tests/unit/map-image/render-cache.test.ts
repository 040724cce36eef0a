import { describe, expect, it } from 'vitest';
import { acceptedCodings } from '$lib/server/map-image/precompressed';
import { RenderCache } from '$lib/server/map-image/render-cache';

const bytes = (s: string) => s.length;

describe('the cache of rendered maps', () => {
	it('renders a map once and serves it from memory after', async () => {
		const cache = new RenderCache<string>({ maxEntries: 10, maxBytes: 1000 }, bytes);
		let renders = 0;
		const render = () => `svg ${++renders}`;
		expect(await cache.getOrRender('C097|world', 1, render)).toBe('svg 1');
		expect(await cache.getOrRender('C097|world', 1, render)).toBe('svg 1');
		expect(cache.stats()).toMatchObject({ entries: 1, hits: 1, misses: 1 });
	});

	it('renders once for requests that arrive while the first render runs', async () => {
		const cache = new RenderCache<string>({ maxEntries: 10, maxBytes: 1000 }, bytes);
		let renders = 0;
		const slow = () => new Promise<string>((r) => setTimeout(() => r(`png ${++renders}`), 10));
		const answers = await Promise.all([1, 2, 3].map(() => cache.getOrRender('k', 1, slow)));
		expect(answers).toEqual(['png 1', 'png 1', 'png 1']);
	});

	it('empties itself when the data version changes', async () => {
		const cache = new RenderCache<string>({ maxEntries: 10, maxBytes: 1000 }, bytes);
		await cache.getOrRender('a', 1, () => 'old a');
		await cache.getOrRender('b', 1, () => 'old b');
		expect(await cache.getOrRender('a', 2, () => 'new a')).toBe('new a');
		expect(cache.stats()).toMatchObject({ entries: 1, version: 2 });
	});

	it('does not keep a render that finished after the data changed', async () => {
		const cache = new RenderCache<string>({ maxEntries: 10, maxBytes: 1000 }, bytes);
		let release!: () => void;
		const stale = cache.getOrRender(
			'a',
			1,
			() => new Promise<string>((r) => (release = () => r('v1')))
		);
		await cache.getOrRender('b', 2, () => 'v2');
		release();
		expect(await stale).toBe('v1');
		expect(await cache.getOrRender('a', 2, () => 'fresh')).toBe('fresh');
	});

	it('drops the least recently used maps to stay within its entries and bytes', async () => {
		const cache = new RenderCache<string>({ maxEntries: 3, maxBytes: 10 }, bytes);
		for (const key of ['a', 'b', 'c']) await cache.getOrRender(key, 1, () => 'xx');
		await cache.getOrRender('a', 1, () => 'unused'); // a is now the most recent
		await cache.getOrRender('d', 1, () => 'xx');
		expect(cache.stats().entries).toBe(3);
		expect(await cache.getOrRender('a', 1, () => 'rendered again')).toBe('xx');
		expect(await cache.getOrRender('b', 1, () => 'rendered again')).toBe('rendered again');
		await cache.getOrRender('big', 1, () => 'xxxxxxxx');
		expect(cache.stats().bytes).toBeLessThanOrEqual(10);
	});

	it('serves a map larger than its whole budget without keeping it', async () => {
		const cache = new RenderCache<string>({ maxEntries: 3, maxBytes: 4 }, bytes);
		expect(await cache.getOrRender('huge', 1, () => 'xxxxxxxx')).toBe('xxxxxxxx');
		expect(cache.stats().entries).toBe(0);
	});
});

describe('content codings a client accepts', () => {
	it('reads a browser header, q-values and refusals', () => {
		expect([...acceptedCodings('gzip, deflate, br, zstd')].sort()).toEqual(['br', 'gzip']);
		expect([...acceptedCodings('gzip;q=1.0, br;q=0')]).toEqual(['gzip']);
		expect([...acceptedCodings('*;q=0.5, gzip;q=0')]).toEqual(['br']);
		expect([...acceptedCodings('identity')]).toEqual([]);
		expect([...acceptedCodings(null)]).toEqual([]);
	});
});
