import { requireFormData } from '$lib/server/read-form-data';
import { fail, redirect } from '@sveltejs/kit';
import { parseLoginForm, safeNextPath } from '$lib/domain/forms/login-form';
import { appDatabase } from '$lib/server/app-database';
import { endSession, startSession } from '$lib/server/auth/sessions';
import { checkSignIn } from '$lib/server/auth/sign-in';
import type { Actions, PageServerLoad } from './$types';

/** Fixed notices other pages can ask for by name (never text from the URL). */
const NOTICES = {
	signed_out: 'You are signed out.',
	password_set: 'Your password is set. Sign in with your e-mail address and the new password.'
} as const;

export const load: PageServerLoad = ({ locals, url }) => {
	const notice = url.searchParams.get('notice');
	return {
		next: safeNextPath(url.searchParams.get('next')),
		notice: notice && notice in NOTICES ? NOTICES[notice as keyof typeof NOTICES] : null,
		signedInAs: locals.user ? locals.user.displayName || locals.user.email : null
	};
};

export const actions: Actions = {
	// Signing in is open to everyone: the throttle, not a guard, protects it.
	default: async (event) => {
		const parsed = parseLoginForm(await requireFormData(event.request));
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });

		const { email, password, next } = parsed.value;
		const db = appDatabase();
		const outcome = await checkSignIn(db, { email, password, address: event.getClientAddress() });
		if (!outcome.ok)
			return fail(outcome.status, { errors: { _form: outcome.message }, values: { email, next } });

		// A new session id on every sign-in; any session this browser had ends.
		endSession(event, db);
		startSession(event, outcome.userId, db);
		redirect(303, next);
	}
};
