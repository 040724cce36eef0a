import { redirect } from '@sveltejs/kit';
import { endSession } from '$lib/server/auth/sessions';
import type { Actions, PageServerLoad } from './$types';

/** GET only shows a "Sign out" button: a link, a prefetch or another site cannot sign anyone out. */
export const load: PageServerLoad = ({ locals }) => ({ signedIn: locals.user !== null });

export const actions: Actions = {
	// No guard: signing out an anonymous visitor only clears a stale cookie. SvelteKit's origin
	// check refuses the POST from another site.
	default: (event) => {
		endSession(event);
		redirect(303, '/login?notice=signed_out');
	}
};
