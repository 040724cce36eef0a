import { requireAdmin } from '$lib/server/auth/guards';
import type { LayoutServerLoad } from './$types';

/**
 * Everything under /admin is for administrators: visitors go to the login page, editors get 403.
 * This covers page loads only: every form action and +server.ts under /admin calls requireAdmin
 * itself, because SvelteKit runs actions and endpoints without this layout load.
 */
export const load: LayoutServerLoad = (event) => {
	const admin = requireAdmin(event);
	return { adminId: admin.id };
};
