/**
 * A country's public history: every published change (campaign steps, the contact, reviewed events,
 * imports, reverts), who made it (the centre or administrator, never an e-mail), when, before and
 * after, and the source. Administrators can revert a change; the revert is itself a new row.
 */
import { error, fail, redirect } from '@sveltejs/kit';
import { describeChange } from '$lib/domain/audit-change';
import { canAdminister } from '$lib/domain/authorization';
import { formValues } from '$lib/domain/forms/form-result';
import { parseRevertForm } from '$lib/domain/forms/revert-form';
import { revertRefusal } from '$lib/domain/revert-rule';
import { appDatabase } from '$lib/server/app-database';
import { requireAdmin } from '$lib/server/auth/guards';
import * as auditLog from '$lib/server/db/queries/audit-log';
import { readFormData, UNREADABLE_FORM } from '$lib/server/read-form-data';
import { readTrackerData } from '$lib/server/tracker-snapshot';
import type { Actions, PageServerLoad } from './$types';

/** Enough for years of a country's campaign; the feed carries the newest too. */
const HISTORY_ROWS = 500;

function countryOf(iso3: string) {
	const code = iso3.toUpperCase();
	const country = readTrackerData(appDatabase()).countries.find((c) => c.iso3 === code);
	if (!country)
		error(404, {
			message: `No country or area has the code "${iso3.slice(0, 24)}". Pages are addressed by ISO 3166 alpha-3 codes, such as /countries/NPL/history for Nepal.`
		});
	return country;
}

export const load: PageServerLoad = ({ params, url, locals }) => {
	const country = countryOf(params.iso3);
	if (params.iso3 !== country.iso3)
		redirect(308, `/countries/${country.iso3}/history${url.search}`);
	const admin = canAdminister(locals.user);
	const entries = auditLog.listPublic(appDatabase(), { iso3: country.iso3, limit: HISTORY_ROWS });
	const reverted = url.searchParams.get('reverted');
	return {
		country: { iso3: country.iso3, name: country.name },
		admin,
		reverted: reverted && /^\d{1,12}$/.test(reverted) ? Number(reverted) : null,
		entries: entries.map((e) => ({
			id: e.id,
			at: e.at,
			who: e.who,
			summary: e.summary,
			instrument: e.instrument,
			lines: describeChange(e.before, e.after),
			source: e.source,
			revertOf: e.revertOf,
			revertedBy: e.revertedBy,
			revertible: admin && revertRefusal(e) === null
		}))
	};
};

export const actions: Actions = {
	revert: async (event) => {
		const user = requireAdmin(event);
		const country = countryOf(event.params.iso3);
		const formData = await readFormData(event.request);
		if (!formData)
			return fail(400, {
				errors: { _form: UNREADABLE_FORM },
				values: {} as Record<string, string>
			});
		const parsed = parseRevertForm(formData);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const db = appDatabase();
		const entry = auditLog.get(db, parsed.value.auditId);
		if (!entry || entry.iso3 !== country.iso3 || !entry.public)
			error(404, {
				message: `${country.name}’s history has no published change number ${parsed.value.auditId}.`
			});
		const outcome = auditLog.revert(db, entry.id, user);
		if (!outcome.ok)
			return fail(outcome.status, {
				errors: { _form: `Change ${entry.id} was not reverted. ${outcome.message}` },
				values: formValues(formData, ['auditId'])
			});
		redirect(
			303,
			`/countries/${country.iso3}/history?reverted=${entry.id}#change-${outcome.auditId}`
		);
	}
};
