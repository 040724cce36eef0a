/**
 * Errors as JSON, for anything a user can type into an API or export URL:
 * 400 `{ error: { status, message, errors: [{ param, value, accepted, message }] } }` and
 * 404 `{ error: { status, message, hint } }`.
 */
import { paramError, type ParamError } from '../../domain/query-error';
import { CACHE_CONTROL } from './cache-policy';
import { JSON_TYPE, publicHeaders } from './public-headers';

/** Longest echo of a user's value; a URL can carry kilobytes, an error message should not. */
export const MAX_ECHO_LENGTH = 100;

export function truncateEcho(text: string): string {
	return text.length > MAX_ECHO_LENGTH ? `${text.slice(0, MAX_ECHO_LENGTH)}…` : text;
}

function errorResponse(status: number, error: Record<string, unknown>): Response {
	return new Response(JSON.stringify({ error: { status, ...error } }), {
		status,
		headers: publicHeaders(JSON_TYPE, CACHE_CONTROL.error)
	});
}

export function badRequest(errors: readonly ParamError[]): Response {
	const shown = errors.map((e) =>
		e.param.length > MAX_ECHO_LENGTH || e.value.length > MAX_ECHO_LENGTH
			? paramError(truncateEcho(e.param), truncateEcho(e.value), e.accepted)
			: e
	);
	const names = [...new Set(shown.map((e) => e.param))].join(', ');
	return errorResponse(400, {
		message: `The address has ${errors.length === 1 ? 'a parameter' : `${errors.length} parameters`} that cannot be read (${names}); each error below says what is accepted.`,
		errors: shown
	});
}

export function notFound(message: string, hint: string): Response {
	return errorResponse(404, { message, hint });
}
