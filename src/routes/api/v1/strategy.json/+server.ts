/**
 * The strategy table as JSON: the same instrument, side, group and as_of as /strategy, every row
 * with its reasons and sources, and in `meta` the provenance, the plan's focus and every rule.
 */
import { strategyDocument } from '$lib/domain/strategy-export';
import { config } from '$lib/server/config.js';
import { cacheControlFor } from '$lib/server/http/cache-policy';
import { jsonResponse } from '$lib/server/http/cacheable-response';
import { badRequest } from '$lib/server/http/json-error';
import { strategyView } from '$lib/server/strategy-view';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url, request }) => {
	const view = strategyView(url.searchParams);
	if (!view.ok) return badRequest(view.errors);
	const { data, query, rows, instrument } = view.value;
	const document = strategyDocument({
		rows,
		instrument,
		query,
		dataVersion: data.version,
		origin: config().origin
	});
	return jsonResponse(request, document, cacheControlFor(query));
};
