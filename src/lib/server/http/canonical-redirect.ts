/**
 * A permanent redirect to the canonical spelling of an address (…/gha.json → …/GHA.json), keeping the
 * query string, so that caches hold one copy per resource and links converge on one form.
 */
import { CACHE_CONTROL } from './cache-policy';

export function canonicalRedirect(url: URL, pathname: string): Response {
	return new Response(null, {
		status: 301,
		headers: {
			Location: `${pathname}${url.search}`,
			'Cache-Control': CACHE_CONTROL.redirect,
			'Access-Control-Allow-Origin': '*'
		}
	});
}
