/** The download set's Frictionless Data Package: every CSV's columns, and coverage with its date. */
import { dataPackage } from '$lib/domain/datapackage';
import { buildMatrix } from '$lib/domain/matrix';
import { todayIso } from '$lib/domain/partial-date';
import { appDatabase } from '$lib/server/app-database';
import { config } from '$lib/server/config.js';
import { CACHE_CONTROL } from '$lib/server/http/cache-policy';
import { jsonResponse } from '$lib/server/http/cacheable-response';
import { readTrackerData } from '$lib/server/tracker-snapshot';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request }) => {
	const data = readTrackerData(appDatabase());
	const { instruments } = buildMatrix(data, todayIso(), []);
	const body = dataPackage({
		origin: config().origin,
		dataVersion: data.version,
		instruments
	});
	return jsonResponse(request, body, CACHE_CONTROL.current);
};
