/** The matrix as JSON: the same filters, sort and as_of as /matrix, with provenance in `meta`. */
import { matrixDocument } from '$lib/domain/matrix-export';
import { config } from '$lib/server/config.js';
import { cacheControlFor } from '$lib/server/http/cache-policy';
import { jsonResponse } from '$lib/server/http/cacheable-response';
import { badRequest } from '$lib/server/http/json-error';
import { matrixView } from '$lib/server/matrix-view';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url, request }) => {
	const view = matrixView(url.searchParams);
	if (!view.ok) return badRequest(view.errors);
	const { data, query, matrix, rows, total } = view.value;
	const document = matrixDocument({
		matrix,
		rows,
		query,
		total,
		dataVersion: data.version,
		origin: config().origin
	});
	return jsonResponse(request, document, cacheControlFor(query));
};
