/**
 * Server-side checks every load, action and endpoint that changes or shows private data calls first.
 * The rule itself lives in lib/domain/authorization.ts; these turn a refusal into the HTTP answer:
 * anonymous → the login page (pages) or 401 (actions, API), signed in but not allowed → 403.
 *
 * A layout's guard does not cover its pages' form actions or +server.ts endpoints (SvelteKit runs
 * neither through the layout load), so every action calls a guard itself.
 */
import { error, redirect } from '@sveltejs/kit';
import { canAdminister, canEditCountry, type SessionUser } from '../../domain/authorization';
import { loginPath } from '../../domain/forms/login-form';

/** What the guards read from a RequestEvent (or a ServerLoadEvent); tests can pass a plain object. */
export interface GuardEvent {
	locals: App.Locals;
	url: URL;
	request: Request;
}

export interface RequireUserOptions {
	/**
	 * How to answer an anonymous request. Default: `redirect` for a GET or HEAD outside /api/ (a page
	 * load, so the visitor lands on the login form and comes back), `unauthorized` (401) otherwise
	 * (a form action or an API call, whose input a redirect would lose).
	 */
	anonymous?: 'redirect' | 'unauthorized';
}

function answersWithRedirect(event: GuardEvent, options: RequireUserOptions): boolean {
	if (options.anonymous) return options.anonymous === 'redirect';
	const method = event.request.method;
	return (method === 'GET' || method === 'HEAD') && !event.url.pathname.startsWith('/api/');
}

/** The signed-in user; anonymous → 303 to /login?next=… (pages) or 401 (actions and API). */
export function requireUser(event: GuardEvent, options: RequireUserOptions = {}): SessionUser {
	const user = event.locals.user;
	if (user) return user;
	const login = loginPath(event.url.pathname + event.url.search);
	if (answersWithRedirect(event, options)) redirect(303, login);
	error(401, {
		message: 'You need to sign in to do this; nothing was changed.',
		hint: `[Sign in](${login}) and try again.`
	});
}

/** A signed-in administrator; anyone else signed in gets 403. */
export function requireAdmin(event: GuardEvent, options: RequireUserOptions = {}): SessionUser {
	const user = requireUser(event, options);
	if (canAdminister(user)) return user;
	error(403, {
		message: `Only administrators can do this; you are signed in as ${user.email}, an editor.`
	});
}

/**
 * A signed-in user who may edit this country: an admin, or an editor holding it. The 403 names the
 * country asked for and the ones the account keeps current. Pass the country's name when the caller
 * has it, for a message a campaigner can read.
 */
export function requireCountryEditor(
	event: GuardEvent,
	iso3: string,
	countryName?: string,
	options: RequireUserOptions = {}
): SessionUser {
	const user = requireUser(event, options);
	if (canEditCountry(user, iso3)) return user;
	const asked = countryName ? `${countryName} (${iso3})` : iso3;
	const held = user.countries.length ? user.countries.join(', ') : 'no country';
	error(403, {
		message: `Your account cannot edit ${asked}: it keeps ${held} current. Ask an administrator if you should edit ${asked}.`
	});
}
