/**
 * The two pages a one-time link opens, /invite/[token] and /reset/[token]: both show whose account
 * it is (or why the link no longer works) and take a new password. The link is the authorization;
 * only the POST uses it up. Pages with a secret in the address are never stored by caches.
 */
import { requireFormData } from '../read-form-data';
import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { parsePasswordForm } from '../../domain/forms/password-form';
import type { TokenPurpose } from '../../domain/roles';
import { appDatabase } from '../app-database';
import { checkLink, linkProblemMessage, redeemLink } from './one-time-tokens';
import { endSession } from './sessions';

type LinkEvent = Pick<RequestEvent<{ token: string }>, 'params' | 'setHeaders'>;

export function loadLinkPage(event: LinkEvent, purpose: TokenPurpose) {
	event.setHeaders({ 'Cache-Control': 'no-store' });
	const check = checkLink(appDatabase(), event.params.token, purpose);
	if (!check.ok) return { account: null, problem: linkProblemMessage(check.problem, purpose) };
	return {
		account: {
			email: check.user.email,
			displayName: check.user.displayName,
			expiresAt: check.expiresAt.toISOString()
		},
		problem: null
	};
}

export async function chooseNewPassword(
	event: RequestEvent<{ token: string }>,
	purpose: TokenPurpose
) {
	const parsed = parsePasswordForm(await requireFormData(event.request));
	if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
	const db = appDatabase();
	const outcome = await redeemLink(db, event.params.token, purpose, parsed.value.password);
	if (!outcome.ok)
		return fail(410, {
			errors: { _form: linkProblemMessage(outcome.problem, purpose) },
			values: {}
		});
	// Whoever was signed in in this browser is not necessarily the link's owner.
	endSession(event, db);
	redirect(303, '/login?notice=password_set');
}
