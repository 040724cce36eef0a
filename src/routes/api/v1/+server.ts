/** The API's description: endpoints, parameters and the codes they accept. */
import { apiIndexDocument } from '$lib/domain/api-index';
import { todayIso } from '$lib/domain/partial-date';
import { paramError } from '$lib/domain/query-error';
import { appDatabase } from '$lib/server/app-database';
import { config } from '$lib/server/config.js';
import { CACHE_CONTROL } from '$lib/server/http/cache-policy';
import { jsonResponse } from '$lib/server/http/cacheable-response';
import { badRequest } from '$lib/server/http/json-error';
import { readTrackerData } from '$lib/server/tracker-snapshot';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url, request }) => {
	const unknown = [...url.searchParams].map(([name, value]) =>
		paramError(name, value, 'no value: this address takes no parameters')
	);
	if (unknown.length) return badRequest(unknown);
	const data = readTrackerData(appDatabase());
	const document = apiIndexDocument({
		instruments: data.instruments,
		groups: data.groups,
		dataVersion: data.version,
		origin: config().origin,
		today: todayIso()
	});
	return jsonResponse(request, document, CACHE_CONTROL.current);
};
