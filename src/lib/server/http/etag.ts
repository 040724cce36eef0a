/**
 * Entity tags for exports and API answers. The tag is a hash of the exact bytes of the body (before
 * compression), so it changes whenever anything the answer shows changes: the data, the as_of day a
 * "today" answer rolls over to, or the code that shapes it. A hash of data version + URL would be
 * cheaper but wrong: an answer for "today" changes at midnight with no change of data version.
 */
import { createHash } from 'node:crypto';

/** A strong tag: 128 bits of SHA-256 in base64url, quoted. */
export function strongEtag(body: string | Uint8Array): string {
	return `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

/** The opaque part of a tag: no W/ prefix, no quotes (lenient with clients that drop the quotes). */
function opaque(tag: string): string {
	const t = tag.trim().replace(/^W\//, '');
	return t.startsWith('"') && t.endsWith('"') && t.length >= 2 ? t.slice(1, -1) : t;
}

/**
 * Whether If-None-Match names the current representation. RFC 9110 §13.1.2: a list of tags or "*",
 * compared weakly, so W/"x" matches "x". That also keeps revalidation working behind proxies that weaken
 * tags when they compress (nginx turns "x" into W/"x"). Our tags never contain commas.
 */
export function ifNoneMatchMatches(header: string | null, etag: string): boolean {
	if (!header) return false;
	if (header.trim() === '*') return true;
	const current = opaque(etag);
	return header.split(',').some((tag) => opaque(tag) === current);
}
