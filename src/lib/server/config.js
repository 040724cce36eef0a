/**
 * Every setting read from the environment, in one place, with defaults so that `npm start` needs
 * nothing set. A bad value stops start-up with a message naming the variable, the value given and
 * what is accepted. Plain JavaScript (typed by JSDoc) so that scripts/start.js can read the same
 * settings before the app is built.
 */
import path from 'node:path';

/**
 * @typedef {object} Config
 * @property {string} databaseFile SQLite file; created and migrated on start.
 * @property {string} seedsDir Folder of seed CSVs loaded into an empty database.
 * @property {string} migrationsDir Folder of drizzle-kit SQL migrations.
 * @property {string} host Address to listen on.
 * @property {number} port Port to listen on.
 * @property {string} origin Public origin of the site, for absolute links in exports and embeds.
 * @property {boolean} seedOnStart Seed an empty database on start.
 */

export class ConfigError extends Error {}

/** @typedef {Record<string, string | undefined>} Env */

/** @param {Env} env @param {string} name @param {number} fallback */
function readPort(env, name, fallback) {
	const raw = env[name];
	if (raw === undefined || raw === '') return fallback;
	const port = Number(raw);
	if (!/^\d+$/.test(raw) || port < 1 || port > 65535)
		throw new ConfigError(`${name}="${raw}" is not a port: give a whole number from 1 to 65535.`);
	return port;
}

/** @param {Env} env @param {string} name @param {boolean} fallback */
function readBoolean(env, name, fallback) {
	const raw = env[name];
	if (raw === undefined || raw === '') return fallback;
	if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
	if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
	throw new ConfigError(`${name}="${raw}" is not a yes/no value: give true or false.`);
}

/** @param {Env} env @param {string} name @param {string} fallback */
function readOrigin(env, name, fallback) {
	const raw = env[name];
	if (raw === undefined || raw === '') return fallback;
	let url;
	try {
		url = new URL(raw);
	} catch {
		throw new ConfigError(
			`${name}="${raw}" is not a URL: give an origin such as https://tracker.example.org`
		);
	}
	if (!['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search)
		throw new ConfigError(
			`${name}="${raw}" is not an origin: give scheme and host only, such as https://tracker.example.org`
		);
	return url.origin;
}

/** @param {Env} env @param {string} name @param {string} fallback */
function readPath(env, name, fallback) {
	const raw = env[name];
	if (raw === undefined || raw === '') return path.resolve(fallback);
	if (raw.includes('\0')) throw new ConfigError(`${name} contains a NUL byte: give a file path.`);
	return path.resolve(raw);
}

/** @param {Env} env @param {string} name @param {string} fallback */
function readHost(env, name, fallback) {
	const raw = env[name];
	if (raw === undefined || raw === '') return fallback;
	if (!/^[A-Za-z0-9.:[\]-]+$/.test(raw))
		throw new ConfigError(
			`${name}="${raw}" is not a host: give an address such as 0.0.0.0 or 127.0.0.1.`
		);
	return raw;
}

/**
 * @param {Env} [env]
 * @returns {Config}
 */
export function readConfig(env = process.env) {
	const port = readPort(env, 'PORT', 3000);
	return {
		databaseFile: readPath(env, 'DATABASE_FILE', 'db/tracker.db'),
		seedsDir: readPath(env, 'SEEDS_DIR', 'seeds'),
		migrationsDir: readPath(env, 'MIGRATIONS_DIR', 'db/migrations'),
		host: readHost(env, 'HOST', '0.0.0.0'),
		port,
		origin: readOrigin(env, 'ORIGIN', `http://localhost:${port}`),
		seedOnStart: readBoolean(env, 'SEED_ON_START', true)
	};
}

/** @type {Config | null} */
let cached = null;

/** The running server's settings, read once. */
export function config() {
	cached ??= readConfig();
	return cached;
}
