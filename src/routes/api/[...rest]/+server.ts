/** Any other address under /api answers a JSON 404 pointing at the index, not the HTML error page. */
import { notFound, truncateEcho } from '$lib/server/http/json-error';
import type { RequestHandler } from './$types';

export const fallback: RequestHandler = ({ url }) => {
	const path = truncateEcho(url.pathname);
	const lastSegment = url.pathname.split('/').pop() ?? '';
	const hint =
		lastSegment && !lastSegment.includes('.') && url.pathname.startsWith('/api/v1/')
			? `answers end in .json (try ${path}.json); see /api/v1 for the endpoints`
			: 'see /api/v1 for the endpoints';
	return notFound(`No API answer at ${path}.`, hint);
};
