/**
 * A 200 answer with an ETag, or 304 Not Modified when the client already holds it. Every export and
 * API route answers through here, so content type, cache policy and validators are the same everywhere.
 */
import { stringify } from 'csv-stringify/sync';
import { DATAPACKAGE_PATH } from '../../domain/datapackage';
import { ifNoneMatchMatches, strongEtag } from './etag';
import { CSV_TYPE, JSON_TYPE, publicHeaders } from './public-headers';

export interface Representation {
	body: string;
	contentType: string;
	cacheControl: string;
	/** Offer the body as a download with this file name (ASCII, no quotes). */
	filename?: string;
}

export function cacheableResponse(request: Request, representation: Representation): Response {
	const { body, contentType, cacheControl, filename } = representation;
	const etag = strongEtag(body);
	const headers = publicHeaders(contentType, cacheControl);
	headers.set('ETag', etag);
	if (ifNoneMatchMatches(request.headers.get('If-None-Match'), etag))
		return new Response(null, { status: 304, headers });
	if (filename) headers.set('Content-Disposition', `attachment; filename="${filename}"`);
	return new Response(body, { status: 200, headers });
}

export function jsonResponse(request: Request, value: unknown, cacheControl: string): Response {
	return cacheableResponse(request, {
		body: JSON.stringify(value),
		contentType: JSON_TYPE,
		cacheControl
	});
}

/**
 * RFC 4180 CSV: CRLF line ends, fields quoted when needed, UTF-8 without a byte-order mark. A CSV
 * cannot say how much of the official count it rests on, so every CSV answer links the download
 * set's datapackage.json (columns, coverage and the count's date) as the resource describing it.
 */
export function csvResponse(
	request: Request,
	records: string[][],
	filename: string,
	cacheControl: string
): Response {
	const body = stringify(records, { record_delimiter: 'windows' });
	const response = cacheableResponse(request, {
		body,
		contentType: CSV_TYPE,
		cacheControl,
		filename
	});
	response.headers.set('Link', `<${DATAPACKAGE_PATH}>; rel="describedby"; type="application/json"`);
	return response;
}
