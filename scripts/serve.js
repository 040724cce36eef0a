/**
 * The production server: SvelteKit's adapter-node handler behind response compression. adapter-node
 * precompresses static assets but not server-rendered pages, SVG or JSON, so this does it by
 * Accept-Encoding (brotli, then gzip) for every text response.
 */
import compression from 'compression';
import http from 'node:http';
import zlib from 'node:zlib';
import { config, ConfigError } from '../src/lib/server/config.js';
import { microCache } from './micro-cache.js';

/** Text types worth compressing; PNG and other binaries are already compressed. */
const COMPRESSIBLE =
	/^(text\/|application\/(json|xml|atom\+xml|javascript|geo\+json)|image\/svg\+xml)/;

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

/*
 * SvelteKit checks that form posts come from the site's own origin. adapter-node learns that origin
 * from ORIGIN, and without it assumes https, which refuses every form on a plain-http start. When
 * ORIGIN is not set (npm start on a laptop, a LAN address), this server tells adapter-node the
 * protocol it really serves, in a header it sets itself on every request (overwriting any a client
 * sent), so the origin is whatever host the visitor used. Behind a proxy or HTTPS, set ORIGIN.
 */
const OWN_PROTOCOL_HEADER = 'x-ratification-tracker-protocol';
const originFromRequest = !process.env.ORIGIN;
if (originFromRequest) process.env.PROTOCOL_HEADER = OWN_PROTOCOL_HEADER;
// Bulk imports take files up to 2 MB (multipart adds a little); adapter-node's default is 512 kB.
process.env.BODY_SIZE_LIMIT ??= '3M';

// Importing the handler runs the app's init hook: migrations, then seeds into an empty database.
const { handler } = await import('../build/handler.js');

const compress = compression({
	threshold: 512,
	// Quality 7 with a 16 MB window: about 5 ms for the 290 kB map page here, 2 % smaller than
	// quality 5; quality 9 and up cost several times more for nothing on these pages.
	brotli: {
		params: {
			[zlib.constants.BROTLI_PARAM_QUALITY]: 7,
			[zlib.constants.BROTLI_PARAM_LGWIN]: 24,
			[zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT
		}
	},
	// A 304 or 204 has no body: never label one as encoded.
	filter: (_req, res) =>
		res.statusCode !== 304 &&
		res.statusCode !== 204 &&
		COMPRESSIBLE.test(String(res.getHeader('Content-Type') ?? ''))
});

const cache = microCache();

const server = http.createServer((req, res) => {
	if (originFromRequest) req.headers[OWN_PROTOCOL_HEADER] = 'http';
	compress(req, res, () => cache(req, res, () => handler(req, res)));
});
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
