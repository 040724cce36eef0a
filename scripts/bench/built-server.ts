/**
 * What every benchmark needs: the production build, the real server (scripts/serve.js) started on
 * a free loopback port with its own database, and plain HTTP requests to it. Loopback only.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Fetched {
	status: number;
	headers: http.IncomingHttpHeaders;
	body: Buffer;
}

export function fetchFrom(
	agent: http.Agent,
	port: number,
	urlPath: string,
	headers: http.OutgoingHttpHeaders = {}
): Promise<Fetched> {
	return new Promise((resolve, reject) => {
		const req = http.request({ host: '127.0.0.1', port, path: urlPath, headers, agent }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (c: Buffer) => chunks.push(c));
			res.on('end', () =>
				resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) })
			);
			res.on('error', reject);
		});
		req.setTimeout(60_000, () => req.destroy(new Error(`Timed out fetching ${urlPath}`)));
		req.on('error', reject);
		req.end();
	});
}

/** The response, or an error naming the address and what came back instead of a 200. */
export function expectOk(urlPath: string, res: Fetched): Fetched {
	if (res.status !== 200)
		throw new Error(
			`Expected 200 from ${urlPath}, got ${res.status}: ${res.body.toString().slice(0, 200)}`
		);
	return res;
}

export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = http.createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			server.close(() => resolve(port));
		});
	});
}

export function ensureBuild(): void {
	if (fs.existsSync(path.join(ROOT, 'build/handler.js'))) return;
	console.log('build/ is missing: building (npx vite build)…');
	const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		cwd: ROOT,
		stdio: 'inherit'
	});
	if (result.status !== 0) throw new Error(`vite build failed with status ${result.status}`);
}

/** Start scripts/serve.js on the port with a database of its own; resolves once `/` answers. */
export async function startServer(port: number, databaseFile: string): Promise<ChildProcess> {
	const child = spawn(process.execPath, ['scripts/serve.js'], {
		cwd: ROOT,
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${port}`,
			DATABASE_FILE: databaseFile,
			SEED_ON_START: 'true'
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const probe = new http.Agent({ keepAlive: false });
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}`);
		try {
			if ((await fetchFrom(probe, port, '/')).status === 200) return child;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	child.kill();
	throw new Error('The server did not answer within 60 s');
}
