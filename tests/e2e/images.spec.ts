/**
 * Map images against the built server: the PNG is drawn at the width asked for, the SVG is a
 * well-formed standalone document with a title, caches get validators and a policy, and anything
 * typed wrongly into the address is a 400 or 404 naming what is accepted, never a 500.
 */
import { expect, test, type APIResponse } from '@playwright/test';
import {
	DEFAULT_MAP_WIDTH,
	MAX_QUERY_WIDTH,
	MIN_QUERY_WIDTH
} from '../../src/lib/domain/map-query';
import { readSeedCsv } from '../support/seed-rows';

const instrumentCodes = readSeedCsv('instruments.csv').map((r) => r.code);
const MAPS = [...instrumentCodes.map((code) => `/maps/${code}`), '/maps/coverage'];
const PAST = '2020-01-01';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, which always comes first (bytes 16–23, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect([...bytes.subarray(0, 8)], 'PNG signature').toEqual(PNG_SIGNATURE);
	expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function directive(response: APIResponse, name: string): number | null {
	const match = new RegExp(`(?:^|[\\s,])${name}=(\\d+)`).exec(response.headers()['cache-control']);
	return match ? Number(match[1]) : null;
}

test.describe('map images', () => {
	test('the PNG is drawn at the width asked for, and at the default width when none is asked', async ({
		request
	}) => {
		for (const [query, width] of [
			['', DEFAULT_MAP_WIDTH],
			['?width=640', 640],
			[`?width=${MIN_QUERY_WIDTH}`, MIN_QUERY_WIDTH]
		] as const) {
			const response = await request.get(`/maps/C097.png${query}`);
			expect(response.status(), query).toBe(200);
			expect(response.headers()['content-type']).toBe('image/png');
			const size = pngSize(await response.body());
			expect(size.width, query).toBe(width);
			expect(size.height).toBeGreaterThan(0);
		}
	});

	test('every map is a well-formed SVG document with a title, at every instrument and for coverage', async ({
		page,
		request
	}) => {
		await page.goto('/');
		for (const map of MAPS) {
			const response = await request.get(`${map}.svg`);
			expect(response.status(), map).toBe(200);
			expect(response.headers()['content-type']).toBe('image/svg+xml; charset=utf-8');
			const text = await response.text();
			const parsed = await page.evaluate((svg) => {
				const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
				const root = doc.documentElement;
				return {
					error: doc.getElementsByTagName('parsererror').length > 0,
					root: root.localName,
					namespace: root.namespaceURI,
					title: root.querySelector('title')?.textContent?.trim() ?? '',
					viewBox: root.getAttribute('viewBox')
				};
			}, text);
			expect(parsed.error, `${map}.svg parses as XML`).toBe(false);
			expect(parsed.root).toBe('svg');
			expect(parsed.namespace).toBe('http://www.w3.org/2000/svg');
			expect(parsed.title.length, `${map}.svg has a title`).toBeGreaterThan(0);
			expect(parsed.viewBox).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
		}
	});

	test('the coverage map is its own image, not an instrument called "coverage"', async ({
		request
	}) => {
		const svg = await request.get('/maps/coverage.svg');
		expect(svg.status()).toBe(200);
		const png = await request.get('/maps/coverage.png?width=480');
		expect(png.status()).toBe(200);
		expect(pngSize(await png.body()).width).toBe(480);
	});

	test('an image answers 304 Not Modified when the client already holds it', async ({
		request
	}) => {
		for (const path of ['/maps/C097.svg', '/maps/C097.png?width=400']) {
			const first = await request.get(path);
			const etag = first.headers()['etag'];
			expect(etag, path).toMatch(/^"[^"]+"$/);
			for (const ifNoneMatch of [etag, `W/${etag}`]) {
				const again = await request.get(path, { headers: { 'If-None-Match': ifNoneMatch } });
				expect(again.status(), `${path} with If-None-Match: ${ifNoneMatch}`).toBe(304);
				expect(again.headers()['etag']).toBe(etag);
				expect(await again.body()).toHaveLength(0);
			}
			const stale = await request.get(path, { headers: { 'If-None-Match': '"stale"' } });
			expect(stale.status()).toBe(200);
		}
	});

	test('a different view, day or width is a different image with its own tag', async ({
		request
	}) => {
		const paths = [
			'/maps/C097.svg',
			`/maps/C097.svg?as_of=${PAST}`,
			'/maps/C097.svg?view=africa',
			'/maps/C097.svg?width=640'
		];
		const tags = await Promise.all(
			paths.map(async (p) => (await request.get(p)).headers()['etag'])
		);
		expect(new Set(tags).size).toBe(paths.length);
	});

	test('images may be kept by CDNs, a pinned past day for longer than today', async ({
		request
	}) => {
		const today = await request.get('/maps/C097.svg');
		const past = await request.get(`/maps/C097.svg?as_of=${PAST}`);
		for (const response of [today, past]) {
			expect(response.headers()['cache-control']).toMatch(/(^|, )public(,|$)/);
			expect(directive(response, 's-maxage')).toBeGreaterThan(0);
			expect(directive(response, 'stale-while-revalidate')).toBeGreaterThan(0);
		}
		expect(directive(past, 'max-age')!).toBeGreaterThan(directive(today, 'max-age')!);
		expect(directive(past, 's-maxage')!).toBeGreaterThan(directive(today, 's-maxage')!);
	});

	test('anything typed wrongly is a 400 naming what is accepted, and an unknown map a 404', async ({
		request
	}) => {
		const bad = [
			'width=100',
			`width=${MIN_QUERY_WIDTH - 1}`,
			`width=${MAX_QUERY_WIDTH + 1}`,
			'width=5000',
			'width=abc',
			'width=640.5',
			'view=mars',
			'as_of=2023-02-30',
			'as_of=tomorrow',
			'group=NOPE'
		];
		for (const ext of ['svg', 'png'])
			for (const map of ['/maps/C097', '/maps/coverage']) {
				for (const query of bad) {
					const response = await request.get(`${map}.${ext}?${query}`);
					expect(response.status(), `${map}.${ext}?${query}`).toBe(400);
					expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
					const { error } = await response.json();
					const param = query.split('=')[0];
					expect(error.errors.map((e: { param: string }) => e.param)).toContain(param);
					const named = error.errors.find((e: { param: string }) => e.param === param);
					expect(named.accepted.length).toBeGreaterThan(0);
				}
				const width = await request.get(`${map}.${ext}?width=5000`);
				const { error } = await width.json();
				expect(JSON.stringify(error)).toContain(String(MIN_QUERY_WIDTH));
				expect(JSON.stringify(error)).toContain(String(MAX_QUERY_WIDTH));
			}
		for (const path of ['/maps/C999.svg', '/maps/C999.png', '/maps/nothing.svg']) {
			const response = await request.get(path);
			expect(response.status(), path).toBe(404);
		}
	});
});
