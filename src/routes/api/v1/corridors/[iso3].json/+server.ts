/**
 * One state's corridors as JSON: the same instrument, group, limit and as_of as
 * /corridors/[iso3]. Codes are matched case-insensitively; any other spelling than the canonical
 * upper case gets a 301 to it (query kept), so caches hold one copy per state.
 */
import { corridorDocument } from '$lib/domain/corridor-export';
import { config } from '$lib/server/config.js';
import { corridorView } from '$lib/server/corridor-view';
import { cacheControlFor } from '$lib/server/http/cache-policy';
import { jsonResponse } from '$lib/server/http/cacheable-response';
import { canonicalRedirect } from '$lib/server/http/canonical-redirect';
import { badRequest, notFound } from '$lib/server/http/json-error';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, url, request }) => {
	const view = corridorView(params.iso3, url.searchParams);
	if (!view.ok) {
		if (view.kind === 'redirect')
			return canonicalRedirect(url, `/api/v1/corridors/${view.iso3}.json`);
		if (view.kind === 'not_found')
			return notFound(view.message, view.hint.replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)'));
		return badRequest(view.errors);
	}
	const { data, facts, query, instrument, country, sections, agreements, matrix } = view.value;
	const status = matrix.rows.find((r) => r.country.iso3 === country.iso3)!.cells[query.instrument];
	const document = corridorDocument({
		country,
		instrument,
		status,
		sections,
		agreements,
		names: facts.names,
		query,
		dataVersion: data.version,
		origin: config().origin
	});
	return jsonResponse(request, document, cacheControlFor(query));
};
