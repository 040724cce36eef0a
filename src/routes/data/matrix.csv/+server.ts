/**
 * The matrix as CSV: the same filters, sort and as_of as /matrix, one row per state. Provenance is in
 * /api/v1/matrix.json's `meta` for the same query; the CSV keeps a header row only.
 */
import { matrixCsvFilename, matrixCsvRecords } from '$lib/domain/matrix-csv';
import { exportRow } from '$lib/domain/matrix-export';
import { cacheControlFor } from '$lib/server/http/cache-policy';
import { csvResponse } from '$lib/server/http/cacheable-response';
import { badRequest } from '$lib/server/http/json-error';
import { matrixView } from '$lib/server/matrix-view';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ url, request }) => {
	const view = matrixView(url.searchParams);
	if (!view.ok) return badRequest(view.errors);
	const { query, matrix, rows } = view.value;
	const codes = matrix.instruments.map((i) => i.code);
	const records = matrixCsvRecords(
		rows.map((row) => exportRow(row, matrix.instruments)),
		codes
	);
	return csvResponse(request, records, matrixCsvFilename(query), cacheControlFor(query));
};
