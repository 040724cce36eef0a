/**
 * Every setting the server reads from the environment, in one place, with defaults so that
 * `npm start` needs nothing set. A bad value stops start-up with a message naming the variable,
 * the value given and what is accepted.
 */
import path from 'node:path';

export interface Config {
	/** SQLite file; created and migrated on start. */
	databaseFile: string;
	/** Folder of seed CSVs loaded into an empty database. */
	seedsDir: string;
	/** Folder of drizzle-kit SQL migrations. */
	migrationsDir: string;
	host: string;
	port: number;
	/** Public origin of the site (for absolute links in exports and embeds), e.g. https://tracker.example.org */
	origin: string;
	/** Seed an empty database on start (SEED_ON_START=false to turn off). */
	seedOnStart: boolean;
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function readPort(env: Env, name: string, fallback: number): number {
	const raw = env[name];
	if (raw === undefined || raw === '') return fallback;
	const port = Number(raw);
	if (!/^\d+$/.test(raw) || port < 1 || port > 65535)
		throw new ConfigError(`${name}="${raw}" is not a port: give a whole number from 1 to 65535.`);
	return port;
}

function readBoolean(env: Env, name: string, fallback: boolean): boolean {
	const raw = env[name];
	if (raw === undefined || raw === '') return fallback;
	if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
	if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
	throw new ConfigError(`${name}="${raw}" is not a yes/no value: give true or false.`);
}

function readOrigin(env: Env, name: string, fallback: string): string {
	const raw = env[name];
	if (raw === undefined || raw === '') return fallback;
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new ConfigError(`${name}="${raw}" is not a URL: give an origin such as https://tracker.example.org`);
	}
	if (!['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search)
		throw new ConfigError(
			`${name}="${raw}" is not an origin: give scheme and host only, such as https://tracker.example.org`
		);
	return url.origin;
}

function readFile(env: Env, name: string, fallback: string): string {
	const raw = env[name];
	if (raw === undefined || raw === '') return path.resolve(fallback);
	if (raw.includes('\0')) throw new ConfigError(`${name} contains a NUL byte: give a file path.`);
	return path.resolve(raw);
}

export function readConfig(env: Env = process.env): Config {
	const host = env.HOST || '0.0.0.0';
	const port = readPort(env, 'PORT', 3000);
	return {
		databaseFile: readFile(env, 'DATABASE_FILE', 'db/tracker.db'),
		seedsDir: readFile(env, 'SEEDS_DIR', 'seeds'),
		migrationsDir: readFile(env, 'MIGRATIONS_DIR', 'db/migrations'),
		host,
		port,
		origin: readOrigin(env, 'ORIGIN', `http://localhost:${port}`),
		seedOnStart: readBoolean(env, 'SEED_ON_START', true)
	};
}

let cached: Config | null = null;

/** The running server's settings, read once. */
export function config(): Config {
	cached ??= readConfig();
	return cached;
}
