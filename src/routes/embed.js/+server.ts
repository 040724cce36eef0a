/**
 * The host-page script that sizes map iframes to their content (src/lib/embed/host-script.js). A
 * route rather than a file in static/, so that it carries a cache policy and an ETag: sites keep
 * the same URL for years, so the address never changes and caches revalidate cheaply instead.
 */
import source from '$lib/embed/host-script.js?raw';
import { cacheableResponse } from '$lib/server/http/cacheable-response';
import type { RequestHandler } from './$types';

/** A day in browsers, a week at the CDN; after a deploy the CDN serves the old copy while it refetches. */
const CACHE_CONTROL = 'public, max-age=86400, s-maxage=604800, stale-while-revalidate=604800';

export const GET: RequestHandler = ({ request }) =>
	cacheableResponse(request, {
		body: source,
		contentType: 'text/javascript; charset=utf-8',
		cacheControl: CACHE_CONTROL
	});
