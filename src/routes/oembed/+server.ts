/**
 * oEmbed endpoint for map pages: /oembed?url=<map or embed address>&format=json[&maxwidth&maxheight].
 * JSON only (format=xml is 501, as the spec says); an address of another site or of a page that is
 * not a map is 404; a malformed maxwidth, maxheight or url is 400.
 */
import { config } from '$lib/server/config.js';
import { jsonResponse } from '$lib/server/http/cacheable-response';
import { CACHE_CONTROL } from '$lib/server/http/cache-policy';
import { badRequest, notFound, truncateEcho } from '$lib/server/http/json-error';
import { JSON_TYPE, publicHeaders } from '$lib/server/http/public-headers';
import { imageCacheControl } from '$lib/server/map-image/cache-policy';
import { oEmbedAnswer, parseOEmbed } from '$lib/server/map-image/oembed';
import { appDatabase } from '$lib/server/app-database';
import { readTrackerData } from '$lib/server/tracker-snapshot';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ url, request }) => {
	const data = readTrackerData(appDatabase());
	const { origin } = config();
	const parsed = parseOEmbed(url.searchParams, { origin, requestHost: url.host }, data);
	switch (parsed.status) {
		case 'bad_request':
			return badRequest(parsed.errors);
		case 'not_found':
			return notFound(
				truncateEcho(parsed.message),
				'give the address of a map page, such as /maps/C097 or /maps/coverage'
			);
		case 'not_implemented':
			return new Response(
				JSON.stringify({
					error: {
						status: 501,
						message: `oEmbed answers in JSON only, not "${truncateEcho(parsed.format)}": use format=json.`
					}
				}),
				{ status: 501, headers: publicHeaders(JSON_TYPE, CACHE_CONTROL.error) }
			);
	}
	const answer = await oEmbedAnswer(parsed.value, origin, data);
	return jsonResponse(request, answer, imageCacheControl(parsed.value.query));
};
