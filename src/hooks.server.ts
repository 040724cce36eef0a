import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { appDatabase } from '$lib/server/app-database';
import { resolveSession } from '$lib/server/auth/sessions';
import { EMBED_SCRIPT_CSP_HASH } from '$lib/server/map-image/embed-document';

/** Open, migrate and (when empty) seed the database before the first request, so start-up fails loudly. */
export const init: ServerInit = () => {
	appDatabase();
};

/** Pages that other sites may frame (embeds); every other response denies framing. */
const FRAMEABLE = /^\/embed\//;

export const handle: Handle = async ({ event, resolve }) => {
	// The signed-in user from the session cookie (renewed past half its life), or null.
	event.locals.user = resolveSession(event);
	const response = await resolve(event);
	// A response that sets or clears the session cookie (sign-in, renewal, sign-out) belongs to this
	// browser alone: no shared cache may keep it, even on a route that is otherwise public.
	if (response.headers.has('set-cookie'))
		response.headers.set('Cache-Control', 'private, no-store');
	const frameable = FRAMEABLE.test(event.url.pathname);
	// Pages carry SvelteKit's policy (svelte.config.js, with nonces). Everything else (embeds,
	// images, data, feeds) runs no script but the embed's own, allowed by its hash.
	if (!response.headers.has('Content-Security-Policy'))
		response.headers.set(
			'Content-Security-Policy',
			[
				"default-src 'none'",
				`script-src ${frameable ? EMBED_SCRIPT_CSP_HASH : "'none'"}`,
				"style-src 'unsafe-inline'",
				"img-src 'self' data:",
				"base-uri 'none'",
				"form-action 'none'",
				`frame-ancestors ${frameable ? '*' : "'none'"}`
			].join('; ')
		);
	if (!frameable) response.headers.set('X-Frame-Options', 'DENY');
	response.headers.set('X-Content-Type-Options', 'nosniff');
	response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
	return response;
};

/** An unexpected failure is logged with its id; the visitor sees a plain message, never a stack. */
export const handleError: HandleServerError = ({ error, event, status, message }) => {
	if (status === 404) return { message: 'Not found' };
	// Under 500: the request itself could not be read (e.g. a malformed percent-encoding in the path).
	if (status < 500) return { message: `The address could not be read (${message}).` };
	const id = crypto.randomUUID();
	console.error(`[${id}] ${event.request.method} ${event.url.pathname}`, error);
	return { message: `Something went wrong on our side (error ${id}).` };
};
