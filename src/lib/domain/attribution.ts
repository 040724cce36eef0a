/**
 * Who the public sees behind a change: a national centre's work is attributed to the centre (its
 * campaign contact's name), an administrator's to their display name. Never an e-mail address.
 */
import type { Role } from './roles';

export interface Author {
	role: Role | null;
	displayName: string | null;
	/** The campaign contact's centre name for the country concerned, when one is kept. */
	centreName: string | null;
}

export function attributionOf(author: Author): string {
	const name = author.displayName?.trim() || null;
	if (author.role === 'admin') return name ? `${name} (administrator)` : 'An administrator';
	if (author.role === 'editor') return author.centreName?.trim() || name || 'A national centre';
	return name ?? 'The tracker';
}
