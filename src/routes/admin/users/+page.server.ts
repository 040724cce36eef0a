import { requireFormData } from '$lib/server/read-form-data';
import { fail, redirect } from '@sveltejs/kit';
import { parseAccessForm, parseUserForm } from '$lib/domain/forms/user-form';
import { appDatabase } from '$lib/server/app-database';
import { requireAdmin } from '$lib/server/auth/guards';
import { invite, issueAccessLink, type IssuedLink } from '$lib/server/auth/one-time-tokens';
import * as countries from '$lib/server/db/queries/countries';
import * as users from '$lib/server/db/queries/users';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = (event) => {
	// The layout checks too; this load must not depend on running after it.
	const admin = requireAdmin(event);
	event.setHeaders({ 'Cache-Control': 'no-store' });
	const db = appDatabase();
	return {
		users: users.list(db),
		countryNames: Object.fromEntries(countries.list(db).map((c) => [c.iso3, c.name])),
		selfId: admin.id
	};
};

function knownCountries(): Set<string> {
	return new Set(countries.list(appDatabase()).map((c) => c.iso3));
}

/** What the page shows once: the link to copy, for whom, and until when. */
function shownLink(email: string, link: IssuedLink) {
	return { email, url: link.url, purpose: link.purpose, expiresAt: link.expiresAt.toISOString() };
}

/** The hidden userId and version of a row's small forms. */
function rowTarget(formData: FormData): { id: number; version: number } | null {
	const id = Number(formData.get('userId'));
	const version = Number(formData.get('version'));
	return Number.isSafeInteger(id) && id > 0 && Number.isSafeInteger(version) && version > 0
		? { id, version }
		: null;
}

const MISSING_TARGET =
	'The form does not say which account it changes: reload the page and try again.';

/** Disable or enable: the admin cannot disable themself (they would be signed out mid-task). */
function toggleDisabled(formData: FormData, disabled: boolean, actorId: number) {
	const target = rowTarget(formData);
	const action = disabled ? ('disable' as const) : ('enable' as const);
	if (!target) return fail(400, { action, userId: null, errors: { _form: MISSING_TARGET } });
	if (disabled && target.id === actorId)
		return fail(400, {
			action,
			userId: target.id,
			errors: { _form: 'You cannot disable your own account: ask another administrator to.' }
		});
	try {
		(disabled ? users.disable : users.enable)(
			appDatabase(),
			{ id: target.id, expectedVersion: target.version },
			actorId
		);
	} catch (e) {
		if (e instanceof users.UserChangeError)
			return fail(e.problem === 'stale_version' ? 409 : 400, {
				action,
				userId: target.id,
				errors: { _form: e.message }
			});
		throw e;
	}
	redirect(303, `/admin/users#user-${target.id}`);
}

export const actions: Actions = {
	invite: async (event) => {
		const admin = requireAdmin(event);
		const parsed = parseUserForm(await requireFormData(event.request), knownCountries());
		if (!parsed.ok)
			return fail(400, { action: 'invite' as const, errors: parsed.errors, values: parsed.values });
		try {
			const { user, link } = invite(
				appDatabase(),
				{ ...parsed.value, origin: event.url.origin },
				admin.id
			);
			return { action: 'invite' as const, link: shownLink(user.email, link) };
		} catch (e) {
			if (e instanceof users.UserChangeError && e.problem === 'email_taken')
				return fail(400, {
					action: 'invite' as const,
					errors: { email: e.message },
					values: {
						email: parsed.value.email,
						displayName: parsed.value.displayName,
						role: parsed.value.role,
						countries: parsed.value.countries.join(' ')
					}
				});
			throw e;
		}
	},

	link: async (event) => {
		const admin = requireAdmin(event);
		const target = rowTarget(await requireFormData(event.request));
		if (!target)
			return fail(400, {
				action: 'link' as const,
				userId: null,
				errors: { _form: MISSING_TARGET }
			});
		try {
			const link = issueAccessLink(
				appDatabase(),
				{ userId: target.id, origin: event.url.origin },
				admin.id
			);
			const user = users.getById(appDatabase(), target.id)!;
			return { action: 'link' as const, userId: target.id, link: shownLink(user.email, link) };
		} catch (e) {
			if (e instanceof users.UserChangeError)
				return fail(400, {
					action: 'link' as const,
					userId: target.id,
					errors: { _form: e.message }
				});
			throw e;
		}
	},

	disable: async (event) => {
		const admin = requireAdmin(event);
		return toggleDisabled(await requireFormData(event.request), true, admin.id);
	},

	enable: async (event) => {
		const admin = requireAdmin(event);
		return toggleDisabled(await requireFormData(event.request), false, admin.id);
	},

	access: async (event) => {
		const admin = requireAdmin(event);
		const parsed = parseAccessForm(await requireFormData(event.request), knownCountries());
		if (!parsed.ok)
			return fail(400, {
				action: 'access' as const,
				userId: Number(parsed.values.userId) || null,
				errors: parsed.errors,
				values: parsed.values
			});
		const { userId, version, role, countries: held } = parsed.value;
		const values = {
			userId: String(userId),
			version: String(version),
			role: role as string,
			countries: held.join(' ')
		};
		if (userId === admin.id && role !== 'admin')
			return fail(400, {
				action: 'access' as const,
				userId,
				errors: {
					role: 'You cannot take away your own administrator role: ask another administrator to.'
				},
				values
			});
		const db = appDatabase();
		try {
			users.setRole(db, { id: userId, role, countries: held, expectedVersion: version }, admin.id);
		} catch (e) {
			if (!(e instanceof users.UserChangeError)) throw e;
			const current = users.getById(db, userId);
			return fail(e.problem === 'stale_version' ? 409 : 400, {
				action: 'access' as const,
				userId,
				errors: { _form: e.message },
				values,
				// Shown beside what the admin typed, so they can merge the two by hand.
				current: current
					? {
							role: current.role,
							countries: users.countriesOf(db, userId).join(' '),
							version: current.version
						}
					: null
			});
		}
		redirect(303, `/admin/users#user-${userId}`);
	}
};
