/**
 * The strategy table as CSV: the same instrument, side, group and as_of as /strategy, one row per
 * state in the page's order, each with its reasons and sources. Provenance and the rules are in
 * /api/v1/strategy.json's `meta` for the same query; the CSV keeps a header row only.
 */
import {
	exportStrategyRow,
	strategyCsvFilename,
	strategyCsvRecords
} from '$lib/domain/strategy-export';
import { cacheControlFor } from '$lib/server/http/cache-policy';
import { csvResponse } from '$lib/server/http/cacheable-response';
import { badRequest } from '$lib/server/http/json-error';
import { strategyView } from '$lib/server/strategy-view';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url, request }) => {
	const view = strategyView(url.searchParams);
	if (!view.ok) return badRequest(view.errors);
	const { query, rows, instrument } = view.value;
	const records = strategyCsvRecords(
		rows.map((row, i) => exportStrategyRow(row, i + 1, instrument))
	);
	return csvResponse(request, records, strategyCsvFilename(query), cacheControlFor(query));
};
