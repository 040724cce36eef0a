/**
 * A one-second cache in front of SvelteKit for the addresses a busy campaign page hits hardest: map
 * images, embeds and /embed.js. They are public and the same for everyone; the app already keeps
 * their rendered bytes (src/lib/server/map-image), but every request still paid for SvelteKit's
 * routing and hooks. Holding the finished response for a second lets a burst of identical requests
 * (a CDN's edge locations revalidating at once, or no CDN at all) cost one pass through the app.
 *
 * Only 200 answers that say `public` and set no cookie are kept, per address and Accept-Encoding
 * (the app negotiates the encoding); a data change shows within the second, as it would behind a
 * CDN. Hits carry an `Age` header; a matching If-None-Match gets a 304.
 */

/** Addresses worth holding: map images, embed frames and the host script. */
export const MICRO_CACHED = /^\/(maps\/[^/]+\.(svg|png)|embed\/maps\/[^/]+|embed\.js)$/;

/** @param {string | undefined} header @param {string} etag */
function etagMatches(header, etag) {
	if (!header) return false;
	const weak = (/** @type {string} */ t) => t.trim().replace(/^W\//, '');
	return header.split(',').some((t) => t.trim() === '*' || weak(t) === weak(etag));
}

/**
 * @param {{ ttlMs?: number, maxEntries?: number, maxBytes?: number }} [options]
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void}
 */
export function microCache({ ttlMs = 1000, maxEntries = 500, maxBytes = 64 * 1024 * 1024 } = {}) {
	/** @type {Map<string, { status: number, headers: Record<string, string | string[]>, body: Buffer, storedAt: number }>} */
	const entries = new Map();
	let bytes = 0;

	/** @param {string} key */
	const drop = (key) => {
		const old = entries.get(key);
		if (old) bytes -= old.body.length;
		entries.delete(key);
	};

	return (req, res, next) => {
		const url = req.url ?? '/';
		if (req.method !== 'GET' || !MICRO_CACHED.test(url.split('?')[0])) return next();
		const key = `${url}\n${req.headers['accept-encoding'] ?? ''}`;
		const now = Date.now();
		const hit = entries.get(key);
		if (hit && now - hit.storedAt < ttlMs) {
			const headers = { ...hit.headers, age: String(Math.floor((now - hit.storedAt) / 1000)) };
			if (etagMatches(req.headers['if-none-match'], String(hit.headers.etag))) {
				const { 'content-length': _length, 'content-encoding': _encoding, ...rest } = headers;
				res.writeHead(304, rest);
				res.end();
				return;
			}
			res.writeHead(hit.status, headers);
			res.end(hit.body);
			return;
		}
		if (hit) drop(key);

		/** @type {Buffer[]} */
		const chunks = [];
		/** @type {Record<string, string | string[]> | null} */
		let written = null;
		const writeHead = res.writeHead.bind(res);
		const write = res.write.bind(res);
		const end = res.end.bind(res);
		/** @param {unknown} chunk @param {unknown} encoding */
		const keep = (chunk, encoding) => {
			if (typeof chunk === 'string')
				chunks.push(
					Buffer.from(
						chunk,
						typeof encoding === 'string' ? /** @type {BufferEncoding} */ (encoding) : 'utf8'
					)
				);
			else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
		};
		// @ts-expect-error: the overloads of writeHead are kept by passing the arguments through.
		res.writeHead = (status, ...rest) => {
			// The app's own headers, taken before the compression layer outside adds its own: the
			// body kept is the app's body too.
			const given = rest.find((r) => r && typeof r === 'object');
			written = /** @type {Record<string, string | string[]>} */ ({ ...res.getHeaders() });
			if (given && !Array.isArray(given))
				for (const [k, v] of Object.entries(given)) written[k.toLowerCase()] = v;
			return writeHead(status, ...rest);
		};
		// @ts-expect-error: as above
		res.write = (chunk, ...rest) => {
			keep(chunk, rest[0]);
			return write(chunk, ...rest);
		};
		// @ts-expect-error: as above
		res.end = (chunk, ...rest) => {
			if (chunk && typeof chunk !== 'function') keep(chunk, rest[0]);
			const headers = written;
			if (
				headers &&
				/\bpublic\b/.test(String(headers['cache-control'] ?? '')) &&
				res.statusCode === 200 &&
				!headers['set-cookie'] &&
				headers.etag
			) {
				const body = Buffer.concat(chunks);
				if (body.length <= maxBytes / 8) {
					entries.set(key, { status: 200, headers, body, storedAt: Date.now() });
					bytes += body.length;
					for (const [k] of entries) {
						if (entries.size <= maxEntries && bytes <= maxBytes) break;
						drop(k);
					}
				}
			}
			return end(chunk, ...rest);
		};
		next();
	};
}
