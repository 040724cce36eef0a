/**
 * The production server: SvelteKit's adapter-node handler behind response compression. adapter-node
 * precompresses static assets but not server-rendered pages, SVG or JSON, so this does it by
 * Accept-Encoding (brotli, then gzip) for every text response.
 */
import compression from 'compression';
import http from 'node:http';
import zlib from 'node:zlib';
import { config, ConfigError } from '../src/lib/server/config.js';

/** Text types worth compressing; PNG and other binaries are already compressed. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|atom\+xml|javascript|geo\+json)|image\/svg\+xml)/;

let settings;
try {
	settings = config();
} catch (e) {
	if (e instanceof ConfigError) {
		process.stderr.write(`Cannot start: ${e.message}\n`);
		process.exit(1);
	}
	throw e;
}

// Importing the handler runs the app's init hook: migrations, then seeds into an empty database.
const { handler } = await import('../build/handler.js');

const compress = compression({
	threshold: 512,
	// Quality 5 keeps dynamic brotli fast while still beating gzip on size.
	brotli: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } },
	// A 304 or 204 has no body: never label one as encoded.
	filter: (_req, res) =>
		res.statusCode !== 304 &&
		res.statusCode !== 204 &&
		COMPRESSIBLE.test(String(res.getHeader('Content-Type') ?? ''))
});

const server = http.createServer((req, res) => compress(req, res, () => handler(req, res)));
server.listen(settings.port, settings.host, () => {
	process.stdout.write(
		`Ratification tracker on http://${settings.host === '0.0.0.0' ? 'localhost' : settings.host}:${settings.port} (database ${settings.databaseFile})\n`
	);
});

for (const signal of ['SIGINT', 'SIGTERM'])
	process.on(signal, () => {
		server.close(() => process.exit(0));
		setTimeout(() => process.exit(0), 2000).unref();
	});
