/**
 * Compressed copies of a cached map, made once instead of on every request. scripts/serve.js
 * compresses text answers on the fly (brotli quality 5, about 5 ms for a world map) because most
 * pages differ per request; a cached map does not, so it is compressed once, in the background on
 * libuv's thread pool, at the highest brotli quality (a fifth smaller than quality 5, 0.2 s once).
 * Until the copy is ready, the answer goes out uncompressed and serve.js compresses it as before.
 * serve.js leaves answers that already carry a Content-Encoding alone.
 *
 * The ETag stays the tag of the uncompressed bytes, as serve.js keeps it for everything it
 * compresses: it names the map, and Vary: Accept-Encoding keeps caches' copies apart.
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';

export const CONTENT_CODINGS = ['br', 'gzip'] as const;
export type ContentCoding = (typeof CONTENT_CODINGS)[number];

export interface Precompressed {
	ready: Partial<Record<ContentCoding, Uint8Array>>;
	pending: Set<ContentCoding>;
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

function compress(body: Uint8Array, coding: ContentCoding): Promise<Uint8Array> {
	return coding === 'br'
		? brotli(body, {
				params: {
					[zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
					[zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
					[zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength
				}
			})
		: gzip(body, { level: zlib.constants.Z_BEST_COMPRESSION });
}

export function emptyPrecompressed(): Precompressed {
	return { ready: {}, pending: new Set() };
}

/**
 * The compressed copy to send for `acceptEncoding`, or null to send the bytes as they are. Asking
 * for a coding that is not ready yet starts making it for the next request.
 */
export function precompressedFor(
	body: Uint8Array,
	copies: Precompressed,
	acceptEncoding: string | null
): { coding: ContentCoding; bytes: Uint8Array } | null {
	const accepted = acceptedCodings(acceptEncoding);
	for (const coding of CONTENT_CODINGS) {
		if (!accepted.has(coding)) continue;
		const bytes = copies.ready[coding];
		if (bytes) return { coding, bytes };
		if (!copies.pending.has(coding)) {
			copies.pending.add(coding);
			compress(body, coding)
				.then((compressed) => {
					copies.ready[coding] = compressed;
				})
				.catch((error) => console.error(`Could not ${coding}-compress a map`, error))
				.finally(() => copies.pending.delete(coding));
		}
	}
	return null;
}

/** Codings named in Accept-Encoding with a non-zero q (RFC 9110 §12.5.3); '*' names both. */
export function acceptedCodings(header: string | null): Set<ContentCoding> {
	const accepted = new Set<ContentCoding>();
	const refused = new Set<string>();
	if (!header) return accepted;
	for (const part of header.split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
		if (q !== undefined && Number(q) === 0) refused.add(name.trim());
		else if (name === '*') CONTENT_CODINGS.forEach((c) => accepted.add(c));
		else if ((CONTENT_CODINGS as readonly string[]).includes(name))
			accepted.add(name as ContentCoding);
	}
	for (const name of refused) accepted.delete(name as ContentCoding);
	return accepted;
}
