/**
 * Strategy and corridor benchmark: `npx tsx scripts/bench/strategy.ts` (npm run bench:strategy).
 * Builds when build/ is missing, starts the production server (scripts/serve.js) on a free loopback
 * port with a temporary database seeded from seeds/, measures, prints one table, and stops what it
 * started. All traffic goes to 127.0.0.1; every loop has a fixed number of rounds.
 *
 * 1. Render cost of /strategy against /matrix: server time of sequential requests (no compression,
 *    one at a time, median). Twice: "warm" repeats one address, as visitors do, and is served by the
 *    view's caches (matrix per day, rows per query); "uncached" asks a different as_of day on every
 *    request, so the strategy view derives the whole matrix and weighs every state at both sides
 *    every time, as /matrix always does.
 * 2. The corridor page with the full 11,537-row corridor matrix against a page limited to the top
 *    corridors, measured two ways:
 *    a. in process, the same answer (Nepal's 10 largest corridors, judged for C097) built from the
 *       whole matrix (read all 11,537 rows, judge every corridor, keep Nepal's) against the page's
 *       own path (read Nepal's rows through the corridors index, judge only the 10 shown). This is
 *       the cost the index saves;
 *    b. over HTTP, /corridors/IND?limit=all (every corridor of India at both ends) against
 *       /corridors/IND (the 10 largest each way): what asking for everything costs a visitor.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildMatrix } from '../../src/lib/domain/matrix';
import { assessCorridors, corridorEnds } from '../../src/lib/domain/strategy/corridors';
import { corridorView } from '../../src/lib/server/corridor-view';
import { migrateDatabase, openDatabase } from '../../src/lib/server/db';
import * as agreementQueries from '../../src/lib/server/db/queries/agreements';
import * as corridorQueries from '../../src/lib/server/db/queries/corridors';
import { loadSeeds } from '../../src/lib/server/seed/load-seeds';
import {
	ROOT,
	ensureBuild,
	expectOk,
	fetchFrom,
	freePort,
	startServer,
	type Fetched
} from './built-server';
import { matrixStates, readTrackerData } from '../../src/lib/server/tracker-snapshot';

const HTTP_ROUNDS = 25;
const WARM_UP = 3;
const IN_PROCESS_ROUNDS = 30;
const TOP = 10;

/**
 * A new connection per request: the server closes idle keep-alive sockets after a few seconds, and
 * the in-process measure between two HTTP ones lasts longer than that.
 */
const agent = new http.Agent({ keepAlive: false, maxSockets: 1 });

function get(port: number, urlPath: string): Promise<Fetched> {
	return fetchFrom(agent, port, urlPath, { 'Accept-Encoding': 'identity' });
}

async function getOk(port: number, urlPath: string): Promise<Fetched> {
	return expectOk(urlPath, await get(port, urlPath));
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median time of sequential requests, one address per round (`address(i)`), after a warm-up. */
async function timeRequests(port: number, address: (round: number) => string) {
	for (let i = 0; i < WARM_UP; i++) await getOk(port, address(-1 - i));
	const times: number[] = [];
	let bytes = 0;
	for (let i = 0; i < HTTP_ROUNDS; i++) {
		const started = performance.now();
		const res = await getOk(port, address(i));
		times.push(performance.now() - started);
		bytes = res.body.length;
	}
	return { ms: median(times), bytes };
}

/** A different past day for each round (1 Jan 2015 onwards), so no view cache can answer. */
function pastDay(round: number): string {
	const day = new Date(Date.UTC(2015, 0, 1) + (round + 100) * 86_400_000);
	return day.toISOString().slice(0, 10);
}

function timeInProcess<T>(run: () => T): number {
	run();
	const times: number[] = [];
	for (let i = 0; i < IN_PROCESS_ROUNDS; i++) {
		const started = performance.now();
		run();
		times.push(performance.now() - started);
	}
	return median(times);
}

/** 2a: Nepal's top corridors from the whole matrix, against the corridor page's indexed path. */
function corridorsInProcess(dir: string) {
	const db = openDatabase(path.join(dir, 'in-process.db'));
	try {
		migrateDatabase(db, path.join(ROOT, 'db/migrations'));
		loadSeeds(db, path.join(ROOT, 'seeds'));
		const data = readTrackerData(db);
		const asOf = new Date().toISOString().slice(0, 10);
		const matrix = buildMatrix(data, asOf, matrixStates(data));
		let fullCount = 0;
		const fromFullMatrix = () => {
			const all = corridorQueries.list(db);
			fullCount = all.length;
			const facts = assessCorridors(
				all,
				'C097',
				corridorEnds(matrix.rows, 'C097'),
				agreementQueries.list(db)
			);
			return facts
				.filter((f) => f.corridor.originIso3 === 'NPL')
				.sort((a, b) => b.corridor.migrants - a.corridor.migrants)
				.slice(0, TOP);
		};
		const params = new URLSearchParams(`limit=${TOP}`);
		const indexed = () => {
			const view = corridorView('NPL', params, db);
			if (!view.ok) throw new Error(`corridorView failed: ${view.kind}`);
			return view.value.sections.sections[0].rows;
		};
		const same = fromFullMatrix().map((f) => f.corridor.destinationIso3);
		const ours = indexed().map((r) => r.partner.iso3);
		if (same.join() !== ours.join())
			throw new Error(`The two paths disagree: ${same.join()} against ${ours.join()}`);
		return { full: timeInProcess(fromFullMatrix), indexed: timeInProcess(indexed), fullCount };
	} finally {
		db.$client.close();
	}
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;

async function main() {
	ensureBuild();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-bench-strategy-'));
	const port = await freePort();
	const load = os
		.loadavg()
		.map((l) => l.toFixed(2))
		.join(' ');
	console.log(
		`${os.cpus().length} CPUs, load average ${load} (figures vary with other work on the machine).`
	);
	console.log(`Starting the built server on 127.0.0.1:${port} (database in ${dir})…`);
	let server: ChildProcess | null = null;
	const stop = () => {
		server?.kill();
		fs.rmSync(dir, { recursive: true, force: true });
	};
	process.once('SIGINT', () => {
		stop();
		process.exit(130);
	});
	try {
		server = await startServer(port, path.join(dir, 'server.db'));
		const rows: string[][] = [['Measure', 'Strategy / full', 'Matrix / top', 'Ratio']];

		const strategyWarm = await timeRequests(port, () => '/strategy');
		const matrixWarm = await timeRequests(port, () => '/matrix');
		rows.push([
			`/strategy vs /matrix, warm (median of ${HTTP_ROUNDS})`,
			`${ms(strategyWarm.ms)}, ${kb(strategyWarm.bytes)}`,
			`${ms(matrixWarm.ms)}, ${kb(matrixWarm.bytes)}`,
			`${(strategyWarm.ms / matrixWarm.ms).toFixed(2)} ×`
		]);
		const strategyCold = await timeRequests(port, (i) => `/strategy?as_of=${pastDay(i)}`);
		const matrixCold = await timeRequests(port, (i) => `/matrix?as_of=${pastDay(i)}`);
		rows.push([
			'/strategy vs /matrix, a new as_of each time',
			ms(strategyCold.ms),
			ms(matrixCold.ms),
			`${(strategyCold.ms / matrixCold.ms).toFixed(2)} ×`
		]);

		const inProcess = corridorsInProcess(dir);
		rows.push([
			`Nepal's top ${TOP} (C097): all ${inProcess.fullCount.toLocaleString('en-GB')} corridors judged vs indexed top ${TOP} (in process)`,
			ms(inProcess.full),
			ms(inProcess.indexed),
			`${(inProcess.full / inProcess.indexed).toFixed(1)} ×`
		]);
		const all = await timeRequests(port, () => '/corridors/IND?limit=all');
		const top = await timeRequests(port, () => '/corridors/IND');
		rows.push([
			'/corridors/IND?limit=all vs /corridors/IND (top 10 each way)',
			`${ms(all.ms)}, ${kb(all.bytes)}`,
			`${ms(top.ms)}, ${kb(top.bytes)}`,
			`${(all.ms / top.ms).toFixed(2)} ×`
		]);

		const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
		for (const [i, r] of rows.entries()) {
			console.log(r.map((cell, c) => cell.padEnd(widths[c])).join('  '));
			if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
		}
		console.log(
			'\nServer time per request, sequential, no compression (Accept-Encoding: identity), over loopback.' +
				'\n"Warm" pages are served from the strategy view\'s caches (matrix per day, rows per query);' +
				'\n"a new as_of each time" defeats them. The in-process row compares two ways of building the' +
				'\nsame answer; the last row, the page with every corridor of India against its default page.'
		);
	} finally {
		stop();
		agent.destroy();
	}
}

main().catch((e) => {
	console.error(e);
	process.exitCode = 1;
});
