/**
 * One instrument: its coverage and every state grouped by derived status. Codes are matched
 * case-insensitively and without leading zeros (c87 finds C087); any other spelling than the canonical
 * one gets a 301 to it (query kept).
 */
import { parseAsOfQuery } from '$lib/domain/as-of-query';
import { instrumentDocument } from '$lib/domain/instrument-export';
import { buildMatrix } from '$lib/domain/matrix';
import { appDatabase } from '$lib/server/app-database';
import { config } from '$lib/server/config.js';
import { cacheControlFor } from '$lib/server/http/cache-policy';
import { jsonResponse } from '$lib/server/http/cacheable-response';
import { canonicalRedirect } from '$lib/server/http/canonical-redirect';
import { badRequest, notFound, truncateEcho } from '$lib/server/http/json-error';
import { matrixStates, readTrackerData } from '$lib/server/tracker-snapshot';
import type { RequestHandler } from './$types';

/** C087, c87 and C0087 all read as C87. */
const loose = (code: string) => code.toUpperCase().replace(/^([A-Z]+)0+(?=\d)/, '$1');

export const GET: RequestHandler = ({ params, url, request }) => {
	const data = readTrackerData(appDatabase());
	const instrument = data.instruments.find((i) => loose(i.code) === loose(params.code));
	if (!instrument)
		return notFound(
			`No instrument has the code "${truncateEcho(params.code)}": this tracker follows ${data.instruments.map((i) => i.code).join(', ')}.`,
			'see /api/v1 for the list of instruments and endpoints'
		);
	if (params.code !== instrument.code)
		return canonicalRedirect(url, `/api/v1/instruments/${instrument.code}.json`);

	const parsed = parseAsOfQuery(url.searchParams);
	if (!parsed.ok) return badRequest(parsed.errors);
	const matrix = buildMatrix(data, parsed.value.asOf, matrixStates(data));
	const document = instrumentDocument({
		matrix,
		code: instrument.code,
		asOfExplicit: parsed.value.asOfExplicit,
		dataVersion: data.version,
		origin: config().origin
	});
	return jsonResponse(request, document, cacheControlFor(parsed.value));
};
