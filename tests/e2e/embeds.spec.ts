/**
 * Embedding a map on someone else's site: the embed page may be framed (and nothing else may), it
 * shows the map without the site's chrome with a line saying where the data comes from, and on a
 * host page served from a second origin the host script sizes the iframe to the embed's content.
 * oEmbed consumers get a rich answer with the iframe to paste.
 */
import { expect, test } from '@playwright/test';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { formatPartialDate } from '../../src/lib/domain/partial-date';

const INITIAL_HEIGHT = 150;
const PAST = '2020-01-01';

/** A page on another origin (another loopback port) that embeds `embedPaths` with /embed.js. */
async function hostSite(trackerOrigin: string, embedPaths: string[], frameWidth = 600) {
	const frames = embedPaths
		.map(
			(p, i) =>
				`<iframe id="map-${i}" src="${trackerOrigin}${p}" width="${frameWidth}" height="${INITIAL_HEIGHT}" style="border:0" title="Ratification map ${i}" data-ratification-tracker></iframe>`
		)
		.join('\n');
	const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A union's campaign page</title></head>
<body><h1>Ratify C097 now</h1>${frames}<script async src="${trackerOrigin}/embed.js"></script></body></html>`;
	const server = http.createServer((_req, res) => {
		res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
		res.end(html);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}/`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

test.describe('embedding a map', () => {
	test('the host script sizes an iframe on another site to the height of its map', async ({
		page,
		baseURL,
		javaScriptEnabled
	}) => {
		test.skip(!javaScriptEnabled, 'resizing needs JavaScript on the host page');
		const host = await hostSite(baseURL!, ['/embed/maps/C097', '/embed/maps/coverage?plain']);
		try {
			await page.goto(host.url);
			for (const id of ['#map-0', '#map-1']) {
				const iframe = page.locator(id);
				await expect
					.poll(async () => Number(await iframe.getAttribute('height')), { timeout: 10_000 })
					.not.toBe(INITIAL_HEIGHT);
				const frame = await (await iframe.elementHandle())!.contentFrame();
				const content = await frame!.evaluate(() =>
					Math.ceil(document.documentElement.getBoundingClientRect().height)
				);
				const box = await iframe.boundingBox();
				expect(Math.abs(box!.height - content), `${id} fits its content`).toBeLessThanOrEqual(1);
			}
			// The frame follows its content when the host page narrows it.
			const before = (await page.locator('#map-0').boundingBox())!.height;
			await page.locator('#map-0').evaluate((el) => ((el as HTMLElement).style.width = '360px'));
			await expect
				.poll(async () => (await page.locator('#map-0').boundingBox())!.height)
				.toBeLessThan(before);
		} finally {
			await host.close();
		}
	});

	test('the host script ignores resize messages that do not come from the embedded frame', async ({
		page,
		baseURL,
		javaScriptEnabled
	}) => {
		test.skip(!javaScriptEnabled, 'resizing needs JavaScript on the host page');
		const host = await hostSite(baseURL!, ['/embed/maps/C097']);
		try {
			await page.goto(host.url);
			const iframe = page.locator('#map-0');
			await expect
				.poll(async () => Number(await iframe.getAttribute('height')))
				.not.toBe(INITIAL_HEIGHT);
			const settled = await iframe.getAttribute('height');
			await page.evaluate(() =>
				window.postMessage({ type: 'ratification-tracker:resize', height: 5, id: 'x' }, '*')
			);
			await page.waitForTimeout(200);
			expect(await iframe.getAttribute('height')).toBe(settled);
		} finally {
			await host.close();
		}
	});

	test('the embed shows the map without the site chrome, with its date, source and a link back', async ({
		page
	}) => {
		const response = await page.goto(`/embed/maps/C097?as_of=${PAST}`);
		expect(response?.status()).toBe(200);
		await expect(page.locator('svg').first()).toBeVisible();
		await expect(page.getByRole('navigation')).toHaveCount(0);
		await expect(page.locator('header, footer.site-footer, .skip-link')).toHaveCount(0);
		await expect(page.getByText(`Data as of ${formatPartialDate(PAST)}`)).toBeVisible();
		const back = page.getByRole('link', { name: /full map|ratification tracker/i }).first();
		await expect(back).toHaveAttribute('href', `/maps/C097?as_of=${PAST}`);
		await expect(back).toHaveAttribute('target', /^_(blank|top)$/);
		await expect(back).toHaveAttribute('rel', /noopener/);
		// Without the host script the map scales with the frame and keeps its proportions.
		await page.setViewportSize({ width: 400, height: 800 });
		const box = (await page.locator('svg').first().boundingBox())!;
		expect(box.width).toBeGreaterThan(390);
		await page.setViewportSize({ width: 800, height: 800 });
		const wide = (await page.locator('svg').first().boundingBox())!;
		expect(wide.height / wide.width).toBeCloseTo(box.height / box.width, 1);
	});

	test('the plain embed shows only the map, and the dark one a dark page', async ({ page }) => {
		await page.goto('/embed/maps/C097?plain');
		await expect(page.locator('svg').first()).toBeVisible();
		await expect(page.getByText(/Data as of/)).toHaveCount(0);
		await page.goto('/embed/maps/C097?dark');
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const [r, g, b] = background.match(/\d+/g)!.map(Number);
		expect(r + g + b).toBeLessThan(3 * 96);
	});

	test('only embed pages may be framed by other sites', async ({ request }) => {
		for (const path of ['/', '/matrix', '/maps/C097']) {
			const response = await request.get(path);
			expect(response.headers()['content-security-policy'], path).toContain(
				"frame-ancestors 'none'"
			);
			expect(response.headers()['x-frame-options'], path).toBe('DENY');
		}
		for (const path of ['/embed/maps/C097', '/embed/maps/coverage']) {
			const response = await request.get(path);
			expect(response.status(), path).toBe(200);
			expect(response.headers()['content-security-policy'], path).toContain('frame-ancestors *');
			expect(response.headers()['x-frame-options'], path).toBeUndefined();
		}
	});

	test('a wrong parameter in an embed address is a 400 and an unknown map a 404', async ({
		request
	}) => {
		for (const query of ['width=100', 'width=5000', 'width=abc', 'view=mars', 'as_of=2023-02-30'])
			expect((await request.get(`/embed/maps/C097?${query}`)).status(), query).toBe(400);
		expect((await request.get('/embed/maps/C999')).status()).toBe(404);
	});

	test('the embed page answers 304 when the client already holds it', async ({ request }) => {
		const first = await request.get('/embed/maps/C097');
		const etag = first.headers()['etag'];
		expect(etag).toMatch(/^"[^"]+"$/);
		const again = await request.get('/embed/maps/C097', { headers: { 'If-None-Match': etag } });
		expect(again.status()).toBe(304);
	});

	test('the host script is small, cached and served as JavaScript', async ({ request }) => {
		const response = await request.get('/embed.js', { headers: { 'Accept-Encoding': 'identity' } });
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('text/javascript; charset=utf-8');
		expect(response.headers()['cache-control']).toMatch(/public/);
		expect((await response.body()).length).toBeLessThan(1536);
	});
});

test.describe('oEmbed', () => {
	test('a map page URL gives a rich answer with an iframe of its embed', async ({
		request,
		baseURL
	}) => {
		for (const map of ['/maps/C097?view=africa', '/embed/maps/C097', '/maps/coverage']) {
			const url = `${baseURL}${map}`;
			const response = await request.get(`/oembed?url=${encodeURIComponent(url)}&format=json`);
			expect(response.status(), map).toBe(200);
			expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
			const body = await response.json();
			expect(body.version).toBe('1.0');
			expect(body.type).toBe('rich');
			expect(body.provider_name).toBeTruthy();
			expect(body.title).toBeTruthy();
			expect(Number.isInteger(body.width) && body.width > 0).toBe(true);
			expect(Number.isInteger(body.height) && body.height > 0).toBe(true);
			expect(body.html).toMatch(/^<iframe [^>]*src="[^"]*\/embed\/maps\//);
			expect(body.html).toContain('/embed.js');
		}
		const africa = await (
			await request.get(`/oembed?url=${encodeURIComponent(`${baseURL}/maps/C097?view=africa`)}`)
		).json();
		expect(africa.html).toContain('view=africa');
	});

	test('maxwidth and maxheight bound the frame', async ({ request, baseURL }) => {
		const url = encodeURIComponent(`${baseURL}/maps/C097`);
		const body = await (await request.get(`/oembed?url=${url}&maxwidth=400&maxheight=300`)).json();
		expect(body.width).toBeLessThanOrEqual(400);
		expect(body.height).toBeLessThanOrEqual(300);
	});

	test('oEmbed refuses XML, other sites, pages that are not maps and bad sizes', async ({
		request,
		baseURL
	}) => {
		const map = encodeURIComponent(`${baseURL}/maps/C097`);
		expect((await request.get(`/oembed?url=${map}&format=xml`)).status()).toBe(501);
		for (const url of [
			'https://example.org/maps/C097',
			`${baseURL}/matrix`,
			`${baseURL}/maps/C999`
		])
			expect((await request.get(`/oembed?url=${encodeURIComponent(url)}`)).status(), url).toBe(404);
		for (const query of ['maxwidth=abc', 'maxwidth=0', 'maxheight=-5'])
			expect((await request.get(`/oembed?url=${map}&${query}`)).status(), query).toBe(400);
		expect((await request.get('/oembed')).status()).toBe(400);
	});
});
