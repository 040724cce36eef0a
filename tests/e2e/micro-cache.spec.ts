import { expect, test } from '@playwright/test';

// scripts/micro-cache.js holds map images and embeds for a second in front of the app.
test.describe('the one-second cache in front of maps and embeds', () => {
	test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'plain HTTP: run once');

	test('answers a repeated map image from the cache with the same bytes, headers and ETag', async ({
		request
	}) => {
		const url = `/maps/C143.svg?view=europe-central-asia&width=640`;
		const first = await request.get(url, { headers: { 'Accept-Encoding': 'br' } });
		const second = await request.get(url, { headers: { 'Accept-Encoding': 'br' } });
		expect(first.status()).toBe(200);
		expect(second.headers()['age']).toBeDefined();
		expect(second.headers()['etag']).toBe(first.headers()['etag']);
		expect(second.headers()['content-type']).toBe(first.headers()['content-type']);
		expect(second.headers()['cache-control']).toBe(first.headers()['cache-control']);
		expect(await second.body()).toEqual(await first.body());
		const revalidated = await request.get(url, {
			headers: { 'Accept-Encoding': 'br', 'If-None-Match': first.headers()['etag'] }
		});
		expect(revalidated.status()).toBe(304);
	});

	test('keeps nothing that is not public: a 400 is answered by the app every time', async ({
		request
	}) => {
		const bad = '/maps/C097.svg?width=5';
		await request.get(bad);
		const again = await request.get(bad);
		expect(again.status()).toBe(400);
		expect(again.headers()['age']).toBeUndefined();
	});
});
