import { chooseNewPassword, loadLinkPage } from '$lib/server/auth/link-pages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => loadLinkPage(event, 'invite');

export const actions: Actions = {
	// The one-time link in the address is the authorization; redeeming checks it again.
	default: (event) => chooseNewPassword(event, 'invite')
};
