/**
 * Answers for map images and embeds: the cached bytes with their ETag, or 304 Not Modified when the
 * client (a browser, or a CDN revalidating) already holds them; text compressed once and kept
 * (precompressed.ts) when the client accepts it. Headers are the API's (public, CORS *, so a script
 * may draw the image on a canvas), with the content type of the output.
 */
import { ifNoneMatchMatches } from '../http/etag';
import { publicHeaders } from '../http/public-headers';
import { precompressedFor } from './precompressed';
import { CONTENT_TYPES, type RenderedMap } from './rendered-map';

export function mapResponse(request: Request, map: RenderedMap, cacheControl: string): Response {
	const headers = publicHeaders(CONTENT_TYPES[map.output], cacheControl);
	// PNG is never compressed again (scripts/serve.js), so it has one variant for every client.
	if (map.output === 'png') headers.delete('Vary');
	headers.set('ETag', map.etag);
	if (ifNoneMatchMatches(request.headers.get('If-None-Match'), map.etag))
		return new Response(null, { status: 304, headers });
	const copy =
		map.compressed &&
		precompressedFor(map.body, map.compressed, request.headers.get('Accept-Encoding'));
	if (copy) headers.set('Content-Encoding', copy.coding);
	const body = copy ? copy.bytes : map.body;
	headers.set('Content-Length', String(body.byteLength));
	return new Response(body as Uint8Array<ArrayBuffer>, { status: 200, headers });
}
