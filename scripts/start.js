/**
 * `npm start`: build when the build is missing or older than the sources, then serve. The server
 * migrates the database and seeds it when empty on its own start (src/hooks.server.ts).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { config, ConfigError } from '../src/lib/server/config.js';

try {
	config();
} catch (e) {
	if (e instanceof ConfigError) {
		process.stderr.write(`Cannot start: ${e.message}\n`);
		process.exit(1);
	}
	throw e;
}

const STAMP = 'build/handler.js';
const SOURCES = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json'];

function newestMtime(entry) {
	if (!fs.existsSync(entry)) return 0;
	const stat = fs.statSync(entry);
	if (!stat.isDirectory()) return stat.mtimeMs;
	let newest = stat.mtimeMs;
	for (const child of fs.readdirSync(entry))
		newest = Math.max(newest, newestMtime(path.join(entry, child)));
	return newest;
}

const built = fs.existsSync(STAMP) ? fs.statSync(STAMP).mtimeMs : 0;
if (built < Math.max(...SOURCES.map(newestMtime))) {
	process.stdout.write(built ? 'Sources changed since the last build; building…\n' : 'Building…\n');
	const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		stdio: 'inherit'
	});
	if (result.status !== 0) process.exit(result.status ?? 1);
}

await import('./serve.js');
