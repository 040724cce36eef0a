/**
 * Headers every export and API answer carries, success or error. The data is public and read-only,
 * sent without cookies or credentials, so any site may read it (CORS `*`); ETag is exposed so browser
 * scripts can revalidate. Vary: the compression in scripts/serve.js picks the encoding by
 * Accept-Encoding, and it only adds Vary when it compresses.
 */
export function publicHeaders(contentType: string, cacheControl: string): Headers {
	return new Headers({
		'Content-Type': contentType,
		'Cache-Control': cacheControl,
		Vary: 'Accept-Encoding',
		'Access-Control-Allow-Origin': '*',
		'Access-Control-Expose-Headers': 'ETag, Content-Disposition'
	});
}

export const JSON_TYPE = 'application/json; charset=utf-8';
export const CSV_TYPE = 'text/csv; charset=utf-8';
