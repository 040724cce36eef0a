/**
 * Maps and embeds benchmark: `npx tsx scripts/bench/maps.ts`. Builds when build/ is missing,
 * starts the production server (scripts/serve.js) on a free loopback port with a temporary
 * database, measures, prints one table with a PASS/FAIL per target, and stops what it started.
 * All traffic goes to 127.0.0.1. It reports; it does not fail the process when a target is missed.
 *
 * - Bytes of the map page /maps/C097 without JavaScript (the HTML) and with it (the HTML plus every
 *   script, module preload and stylesheet it names), the embed page, the SVG and the PNG: raw, and
 *   as the server sends them for Accept-Encoding gzip and br (static assets are precompressed).
 * - Requests per second of the embed page and the SVG (cached renders) against a bare node:http
 *   server sending the same bytes with the same headers, without compression on either side.
 * - The uncached render time of the world SVG (a new as_of day on each request defeats the render
 *   cache; a new width on each request also defeats the geometry cache) against a bare d3-geo
 *   render: geoPath over the same 1:50m features into a string of <path> elements.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import {
	ensureBuild,
	expectOk,
	fetchFrom,
	freePort,
	startServer,
	type Fetched
} from './built-server';

const CODE = 'C097';
const PATHS = {
	page: `/maps/${CODE}`,
	embed: `/embed/maps/${CODE}`,
	svg: `/maps/${CODE}.svg`,
	png: `/maps/${CODE}.png`
};
const KB = 1024;
const TARGETS = {
	pageHtmlBr: 45 * KB,
	pageWithJsBr: 90 * KB,
	throughputRatio: 0.5,
	renderRatio: 2
};
const THROUGHPUT_REQUESTS = 3000;
const THROUGHPUT_ROUNDS = 5;
const THROUGHPUT_CONCURRENCY = 16;
const RENDER_SAMPLES = 25;
/** The world view's default width and aspect (src/lib/map/projections.ts), for the bare render. */
const WORLD = { width: 960, aspect: 0.47, centre: 11 };

const agent = new http.Agent({ keepAlive: true, maxSockets: THROUGHPUT_CONCURRENCY });

function get(
	port: number,
	urlPath: string,
	headers: http.OutgoingHttpHeaders = {}
): Promise<Fetched> {
	return fetchFrom(agent, port, urlPath, headers);
}

async function getOk(port: number, urlPath: string, headers: http.OutgoingHttpHeaders = {}) {
	return expectOk(urlPath, await get(port, urlPath, headers));
}

/**
 * Wire sizes of one address: identity, and as sent for gzip and for brotli. Maps are compressed
 * once in the background after the first request for an encoding, so ask once and wait first.
 */
async function sizes(port: number, urlPath: string) {
	await getOk(port, urlPath, { 'Accept-Encoding': 'gzip' });
	await getOk(port, urlPath, { 'Accept-Encoding': 'br' });
	await new Promise((r) => setTimeout(r, urlPath.startsWith('/_app/') ? 0 : 1000));
	const raw = await getOk(port, urlPath, { 'Accept-Encoding': 'identity' });
	const gzip = await getOk(port, urlPath, { 'Accept-Encoding': 'gzip' });
	const br = await getOk(port, urlPath, { 'Accept-Encoding': 'br' });
	return {
		raw: raw.body.length,
		gzip: gzip.body.length,
		br: br.body.length,
		body: raw.body,
		headers: raw.headers
	};
}

/**
 * Scripts, module preloads and stylesheets a page names, as paths on its server: in its tags, in
 * its Link header (where SvelteKit lists its preloads) and in its inline bootstrap's import()s.
 */
function assetsOf(html: string, linkHeader: string, pageUrl: string): Set<string> {
	const found = new Set<string>();
	const add = (href: string) => found.add(new URL(href, pageUrl).pathname);
	for (const m of html.matchAll(/<link\b[^>]*>/g)) {
		const rel = /\brel="([^"]+)"/.exec(m[0])?.[1] ?? '';
		const href = /\bhref="([^"]+)"/.exec(m[0])?.[1];
		if (href && /\b(modulepreload|stylesheet)\b/.test(rel)) add(href);
	}
	for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) add(m[1]);
	for (const m of html.matchAll(/import\(\s*"([^"]+\.js)"\s*\)/g)) add(m[1]);
	for (const m of linkHeader.matchAll(/<([^>]+)>\s*;([^,]*)/g))
		if (/rel="?(modulepreload|preload)"?/.test(m[2]) && /\.(js|css)$/.test(m[1])) add(m[1]);
	return found;
}

/** Modules a script imports statically: the browser fetches them before running it. */
function staticImports(js: string): string[] {
	return [...js.matchAll(/\bfrom\s*["']([^"']+\.js)["']|\bimport\s*["']([^"']+\.js)["']/g)].map(
		(m) => m[1] ?? m[2]
	);
}

/** The page's HTML, then everything it loads with JavaScript on, following static imports. */
async function pageWeight(port: number, urlPath: string) {
	const page = await sizes(port, urlPath);
	const total = { raw: page.raw, gzip: page.gzip, br: page.br };
	const origin = `http://127.0.0.1:${port}`;
	const link = String(page.headers.link ?? '');
	const queue = [...assetsOf(page.body.toString(), link, `${origin}${urlPath}`)];
	const seen = new Set(queue);
	while (queue.length) {
		const asset = queue.shift()!;
		const s = await sizes(port, asset);
		total.raw += s.raw;
		total.gzip += s.gzip;
		total.br += s.br;
		if (!asset.endsWith('.js')) continue;
		for (const imported of staticImports(s.body.toString())) {
			const resolved = new URL(imported, `${origin}${asset}`).pathname;
			if (!seen.has(resolved)) {
				seen.add(resolved);
				queue.push(resolved);
			}
		}
	}
	return { html: page, withJs: total, assets: seen.size };
}

/** Completed requests per second for `requests` requests at a fixed concurrency. */
async function throughput(
	port: number,
	urlPath: string,
	requests: number,
	headers: http.OutgoingHttpHeaders
): Promise<number> {
	let next = 0;
	const started = performance.now();
	const worker = async () => {
		while (next < requests) {
			next++;
			await getOk(port, urlPath, headers);
		}
	};
	await Promise.all(Array.from({ length: THROUGHPUT_CONCURRENCY }, worker));
	return requests / ((performance.now() - started) / 1000);
}

/**
 * Our server against the bare one in alternating rounds, so that load from other processes on a
 * shared machine falls on both alike; the ratio is the median of the rounds' ratios.
 */
async function compareThroughput(
	ours: { port: number; path: string },
	bare: { port: number },
	headers: http.OutgoingHttpHeaders
) {
	for (let i = 0; i < 100; i++) {
		await getOk(ours.port, ours.path, headers);
		await getOk(bare.port, '/', headers);
	}
	const rounds: { ours: number; bare: number }[] = [];
	const perRound = Math.ceil(THROUGHPUT_REQUESTS / THROUGHPUT_ROUNDS);
	for (let r = 0; r < THROUGHPUT_ROUNDS; r++)
		rounds.push({
			ours: await throughput(ours.port, ours.path, perRound, headers),
			bare: await throughput(bare.port, '/', perRound, headers)
		});
	const byRatio = [...rounds].sort((a, b) => a.ours / a.bare - b.ours / b.bare);
	return byRatio[Math.floor(byRatio.length / 2)];
}

/**
 * The bare server's program: answers every request with one file's bytes and fixed headers. It runs
 * in its own process, as ours does, so each side has the load generator in another process.
 */
const BARE_SERVER = `
import fs from 'node:fs';
import http from 'node:http';
const body = fs.readFileSync(process.env.BODY_FILE);
const headers = { ...JSON.parse(process.env.HEADERS), 'Content-Length': body.length };
const server = http.createServer((_req, res) => {
	res.writeHead(200, headers);
	res.end(body);
});
server.listen(0, '127.0.0.1', () => process.stdout.write(server.address().port + '\\n'));
`;

/** A bare node:http server, in a child process, sending `body` with the headers ours sent. */
async function bareServer(body: Buffer, headers: http.IncomingHttpHeaders) {
	const bodyFile = path.join(os.tmpdir(), `tracker-bench-body-${process.pid}`);
	fs.writeFileSync(bodyFile, body);
	const sent: Record<string, string> = {};
	for (const name of ['content-type', 'cache-control', 'etag', 'content-encoding', 'vary'])
		if (headers[name]) sent[name] = String(headers[name]);
	const child = spawn(process.execPath, ['--input-type=module', '-e', BARE_SERVER], {
		env: { ...process.env, BODY_FILE: bodyFile, HEADERS: JSON.stringify(sent) },
		stdio: ['ignore', 'pipe', 'inherit']
	});
	const port = await new Promise<number>((resolve, reject) => {
		child.stdout!.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
		child.once('exit', (code) => reject(new Error(`The bare server exited with ${code}`)));
	});
	return {
		port,
		close: async () => {
			child.kill();
			await new Promise((r) => child.once('exit', r));
			fs.rmSync(bodyFile, { force: true });
		}
	};
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/** Median ms for the server to answer addresses it has never rendered. */
async function uncachedRender(port: number, addresses: string[]): Promise<number> {
	const times: number[] = [];
	for (const address of addresses) {
		const started = performance.now();
		await getOk(port, address);
		times.push(performance.now() - started);
	}
	return median(times);
}

/** Median ms of a bare d3-geo world map: projection, geoPath over every feature, <path> strings. */
function bareD3Render(width: number): number {
	const topology = countries50m as unknown as Topology<{ countries: GeometryCollection }>;
	const features = feature(topology, topology.objects.countries).features.filter(
		(f) => f.id !== '010'
	);
	const height = Math.round(width * WORLD.aspect);
	const times: number[] = [];
	for (let i = 0; i < RENDER_SAMPLES; i++) {
		const started = performance.now();
		const projection = geoEqualEarth()
			.rotate([-WORLD.centre, 0])
			.fitExtent(
				[
					[4, 4],
					[width - 4, height - 4]
				],
				{ type: 'FeatureCollection', features }
			);
		const draw = geoPath(projection).digits(1);
		let svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">`;
		for (const f of features) svg += `<path d="${draw(f) ?? ''}"/>`;
		svg += '</svg>';
		if (svg.length < 1000) throw new Error('The bare render drew nothing');
		times.push(performance.now() - started);
	}
	return median(times);
}

const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');

async function main() {
	ensureBuild();
	const port = await freePort();
	const databaseFile = path.join(os.tmpdir(), `tracker-bench-${process.pid}.db`);
	const load = os
		.loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');
	console.log(
		`${os.cpus().length} CPUs, load average ${load} (figures vary with other work on the machine).`
	);
	console.log(`Starting the built server on 127.0.0.1:${port} (database ${databaseFile})…`);
	const server = await startServer(port, databaseFile);
	try {
		const rows: string[][] = [];
		const row = (...cells: string[]) => rows.push(cells);

		const page = await pageWeight(port, PATHS.page);
		const embed = await pageWeight(port, PATHS.embed);
		const svg = await sizes(port, PATHS.svg);
		const png = await sizes(port, PATHS.png);
		row(
			'Map page HTML (no JS)',
			kb(page.html.raw),
			kb(page.html.gzip),
			kb(page.html.br),
			`≤ ${kb(TARGETS.pageHtmlBr)} br`,
			verdict(page.html.br <= TARGETS.pageHtmlBr)
		);
		row(
			`Map page + ${page.assets} JS/CSS files`,
			kb(page.withJs.raw),
			kb(page.withJs.gzip),
			kb(page.withJs.br),
			`≤ ${kb(TARGETS.pageWithJsBr)} br`,
			verdict(page.withJs.br <= TARGETS.pageWithJsBr)
		);
		row(
			`Embed page (+ ${embed.assets} JS/CSS files)`,
			kb(embed.withJs.raw),
			kb(embed.withJs.gzip),
			kb(embed.withJs.br),
			'',
			''
		);
		row('SVG', kb(svg.raw), kb(svg.gzip), kb(svg.br), '', '');
		row('PNG', kb(png.raw), kb(png.gzip), kb(png.br), '', '');

		const ratios: string[][] = [];
		const identity = { 'Accept-Encoding': 'identity' };
		const brotli = { 'Accept-Encoding': 'br' };
		for (const [name, address, headers] of [
			['Embed page', PATHS.embed, identity],
			['SVG', PATHS.svg, identity],
			['Embed page, br', PATHS.embed, brotli],
			['SVG, br', PATHS.svg, brotli]
		] as const) {
			const sample = await getOk(port, address, headers);
			const bare = await bareServer(sample.body, sample.headers);
			try {
				const median = await compareThroughput({ port, path: address }, bare, headers);
				const ratio = median.ours / median.bare;
				ratios.push([
					`${name} req/s (cached)`,
					`${median.ours.toFixed(0)} vs bare ${median.bare.toFixed(0)}`,
					`${(ratio * 100).toFixed(0)} %`,
					`≥ ${TARGETS.throughputRatio * 100} %`,
					verdict(ratio >= TARGETS.throughputRatio)
				]);
			} finally {
				await bare.close();
			}
		}

		// The floor any +server.ts route stands on: SvelteKit, the hooks and serve.js answering a
		// 1.4 kB script, against the bare server sending the whole SVG.
		{
			const sample = await getOk(port, PATHS.svg, identity);
			const bare = await bareServer(sample.body, sample.headers);
			try {
				const median = await compareThroughput({ port, path: '/embed.js' }, bare, identity);
				ratios.push([
					'For reference: /embed.js (1.4 kB) req/s',
					`${median.ours.toFixed(0)} vs bare SVG ${median.bare.toFixed(0)}`,
					`${((median.ours / median.bare) * 100).toFixed(0)} %`,
					'',
					''
				]);
			} finally {
				await bare.close();
			}
		}

		const day = (i: number) =>
			new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
		const width = WORLD.width;
		await getOk(port, `/maps/${CODE}.svg?width=${width}`); // geometry for this width: warm
		const renderMiss = await uncachedRender(
			port,
			Array.from(
				{ length: RENDER_SAMPLES },
				(_, i) => `/maps/${CODE}.svg?width=${width}&as_of=${day(i)}`
			)
		);
		const coldGeometry = await uncachedRender(
			port,
			Array.from(
				{ length: 9 },
				(_, i) => `/maps/${CODE}.svg?width=${1001 + i}&as_of=${day(500 + i)}`
			)
		);
		const bare = bareD3Render(width);
		ratios.push([
			'SVG render, cache miss',
			`${renderMiss.toFixed(1)} ms vs bare d3-geo ${bare.toFixed(1)} ms`,
			`${(renderMiss / bare).toFixed(2)}×`,
			`≤ ${TARGETS.renderRatio}×`,
			verdict(renderMiss / bare <= TARGETS.renderRatio)
		]);
		ratios.push([
			'SVG render, cold geometry too',
			`${coldGeometry.toFixed(1)} ms vs bare d3-geo ${bare.toFixed(1)} ms`,
			`${(coldGeometry / bare).toFixed(2)}×`,
			`≤ ${TARGETS.renderRatio}×`,
			verdict(coldGeometry / bare <= TARGETS.renderRatio)
		]);

		printTable(['Bytes', 'raw', 'gzip', 'brotli', 'target', ''], rows);
		console.log('');
		printTable(['Speed', 'measured', 'ratio', 'target', ''], ratios);
		console.log(
			`\nThroughput: ${THROUGHPUT_REQUESTS} requests a side in ${THROUGHPUT_ROUNDS} alternating rounds (median ratio), ${THROUGHPUT_CONCURRENCY} at a time over keep-alive; the bare server (its own process) sends the same bytes, uncompressed or the same brotli.` +
				`\nRender: median of ${RENDER_SAMPLES} requests (9 for cold geometry) at ${width} px, each for an as_of day not asked before; time includes the loopback HTTP round trip.`
		);
	} finally {
		agent.destroy();
		server.kill('SIGTERM');
		await new Promise((r) => server.once('exit', r));
		for (const suffix of ['', '-wal', '-shm']) fs.rmSync(databaseFile + suffix, { force: true });
	}
}

function printTable(header: string[], rows: string[][]): void {
	const all = [header, ...rows];
	const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
	const line = (r: string[]) =>
		r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
	console.log(line(header));
	console.log(widths.map((w) => '-'.repeat(w)).join('  '));
	for (const r of rows) console.log(line(r));
}

await main();
