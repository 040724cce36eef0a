/**
 * Who may change what. Pure: every server action calls these after resolving the session, so the
 * rule lives in one place and the authorization matrix test can enumerate it.
 */
import type { Role } from './roles';

/** The signed-in person as every request sees it (event.locals.user). */
export interface SessionUser {
	id: number;
	email: string;
	displayName: string;
	role: Role;
	/** Countries an editor keeps current (ISO3); empty for admins, who may edit every country. */
	countries: string[];
}

export function isAdmin(user: SessionUser | null | undefined): boolean {
	return user?.role === 'admin';
}

/** May this user record campaign steps, contacts and proposals for this country? */
export function canEditCountry(user: SessionUser | null | undefined, iso3: string): boolean {
	if (!user) return false;
	return user.role === 'admin' || user.countries.includes(iso3);
}

/** Reviewing proposals, importing, reverting and managing users are for admins only. */
export function canAdminister(user: SessionUser | null | undefined): boolean {
	return isAdmin(user);
}
