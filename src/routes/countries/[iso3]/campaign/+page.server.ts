/**
 * A national centre's workspace for one country: record campaign steps (published at once), edit or
 * withdraw its own, keep the campaign contact and obstacles, and propose ratification events for
 * review. Every action checks the account on the server first: anonymous → 401, another country → 403.
 */
import { error, fail, redirect } from '@sveltejs/kit';
import { canAdminister, type SessionUser } from '$lib/domain/authorization';
import {
	CAMPAIGN_STEP_FIELDS,
	parseCampaignStepEditForm,
	parseCampaignStepForm,
	parseStepWithdrawalForm
} from '$lib/domain/forms/campaign-step-form';
import { CONTACT_FIELDS, parseContactForm } from '$lib/domain/forms/contact-form';
import { formValues, type FormValues } from '$lib/domain/forms/form-result';
import { parseProposalForm } from '$lib/domain/forms/proposal-form';
import { todayIso } from '$lib/domain/partial-date';
import { appDatabase } from '$lib/server/app-database';
import { requireCountryEditor } from '$lib/server/auth/guards';
import * as contacts from '$lib/server/db/queries/campaign-contacts';
import * as steps from '$lib/server/db/queries/campaign-steps';
import * as proposals from '$lib/server/db/queries/proposals';
import { CONFLICT_MESSAGE } from '$lib/server/db/queries/write-outcome';
import { readFormData, UNREADABLE_FORM } from '$lib/server/read-form-data';
import { readTrackerData } from '$lib/server/tracker-snapshot';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** Confirmations the page shows after a redirect, by name (never text from the URL). */
const NOTICES = {
	step: 'The campaign step is recorded and published on the country page.',
	edited: 'The campaign step is changed.',
	withdrawn:
		'The campaign step is withdrawn: it no longer shows in the pipeline, and stays in the history.',
	contact: 'The campaign contact and obstacles are saved.',
	proposal: 'Your proposal is in the review queue: an administrator will approve or reject it.'
} as const;

export type WorkspaceForm = 'step' | 'editStep' | 'withdrawStep' | 'contact' | 'proposal';

/** The country the address names, canonical upper case; unknown → 404. */
function countryOf(iso3: string) {
	const code = iso3.toUpperCase();
	const data = readTrackerData(appDatabase());
	const country = data.countries.find((c) => c.iso3 === code);
	return { code, country, instruments: data.instruments };
}

/** The editor, for an action; the 401/403 comes before anything about the request is read. */
function authorize(event: RequestEvent) {
	const { code, country, instruments } = countryOf(event.params.iso3);
	const user = requireCountryEditor(event, code, country?.name);
	if (!country)
		error(404, { message: `No country or area has the code "${event.params.iso3.slice(0, 24)}".` });
	return { user, country, instruments: instruments.map((i) => i.code) };
}

function stepView(step: steps.CampaignStepRecord) {
	return {
		id: step.id,
		instrument: step.instrument,
		stage: step.stage,
		date: step.date,
		text: step.text,
		stalledReason: step.stalledReason,
		evidenceUrl: step.evidenceUrl,
		withdrawnAt: step.withdrawnAt,
		version: step.version,
		attribution: step.attribution
	};
}
export type StepView = ReturnType<typeof stepView>;

/** Editors change their own steps; administrators any. */
function mayChange(user: SessionUser, step: { createdBy: number }): boolean {
	return canAdminister(user) || step.createdBy === user.id;
}

function back(iso3: string, saved: keyof typeof NOTICES, anchor: string): never {
	redirect(303, `/countries/${iso3}/campaign?saved=${saved}#${anchor}`);
}

export const load: PageServerLoad = (event) => {
	const { code, country, instruments } = countryOf(event.params.iso3);
	const user = requireCountryEditor(event, code, country?.name);
	if (!country)
		error(404, { message: `No country or area has the code "${event.params.iso3.slice(0, 24)}".` });
	if (event.params.iso3 !== code) redirect(308, `/countries/${code}/campaign${event.url.search}`);

	const db = appDatabase();
	const all = steps.listByCountry(db, code, { includeWithdrawn: true });
	const editParam = event.url.searchParams.get('edit');
	const editing = all.find(
		(s) => String(s.id) === editParam && !s.withdrawnAt && mayChange(user, s)
	);
	const saved = event.url.searchParams.get('saved');
	const contact = contacts.get(db, code);
	return {
		country: { iso3: country.iso3, name: country.name },
		instruments: instruments.map((i) => ({ code: i.code, shortTitle: i.shortTitle })),
		today: todayIso(),
		notice: saved && saved in NOTICES ? NOTICES[saved as keyof typeof NOTICES] : null,
		steps: all.map((s) => ({ ...stepView(s), mine: mayChange(user, s) })),
		editing: editing ? stepView(editing) : null,
		contact: contact
			? {
					centreName: contact.centreName,
					centreUrl: contact.centreUrl,
					obstacles: contact.obstacles,
					version: contact.version
				}
			: null,
		proposals: proposals.listByProposer(db, user.id, code).map((p) => ({
			id: p.id,
			instrument: p.instrument,
			kind: p.kind,
			date: p.date,
			sourceUrl: p.sourceUrl,
			sourceTitle: p.sourceTitle,
			proposedAt: p.proposedAt,
			state: p.state,
			reviewReason: p.reviewReason,
			reviewedAt: p.reviewedAt
		}))
	};
};

/** A form that could not be read at all: 400 with nothing to refill. */
function unreadable(form: WorkspaceForm) {
	return fail(400, { form, errors: { _form: UNREADABLE_FORM }, values: {} as FormValues });
}

export const actions: Actions = {
	step: async (event) => {
		const { user, country, instruments } = authorize(event);
		const formData = await readFormData(event.request);
		if (!formData) return unreadable('step');
		const parsed = parseCampaignStepForm(formData, { instruments });
		if (!parsed.ok)
			return fail(400, { form: 'step' as const, errors: parsed.errors, values: parsed.values });
		steps.record(appDatabase(), country.iso3, parsed.value, user);
		back(country.iso3, 'step', 'steps');
	},

	editStep: async (event) => {
		const { user, country, instruments } = authorize(event);
		const formData = await readFormData(event.request);
		if (!formData) return unreadable('editStep');
		const parsed = parseCampaignStepEditForm(formData, { instruments });
		if (!parsed.ok)
			return fail(400, { form: 'editStep' as const, errors: parsed.errors, values: parsed.values });
		const db = appDatabase();
		const step = steps.get(db, parsed.value.id);
		if (!step || step.iso3 !== country.iso3)
			error(404, { message: `${country.name} has no campaign step number ${parsed.value.id}.` });
		if (!mayChange(user, step))
			error(403, {
				message: `This step was recorded by ${step.attribution}: only its author or an administrator can change it.`
			});
		const { id, version, ...input } = parsed.value;
		const outcome = steps.update(db, id, version, input, user);
		if (!outcome.ok && outcome.reason === 'conflict')
			return fail(409, {
				form: 'editStep' as const,
				errors: { _form: CONFLICT_MESSAGE },
				// Submitting again applies the user's version over the one now shown.
				values: {
					...formValues(formData, [...CAMPAIGN_STEP_FIELDS, 'id']),
					version: String(outcome.current.version)
				},
				currentStep: stepView(outcome.current)
			});
		if (!outcome.ok) error(404, { message: `${country.name} has no campaign step number ${id}.` });
		back(country.iso3, 'edited', 'steps');
	},

	withdrawStep: async (event) => {
		const { user, country } = authorize(event);
		const formData = await readFormData(event.request);
		if (!formData) return unreadable('withdrawStep');
		const parsed = parseStepWithdrawalForm(formData);
		if (!parsed.ok)
			return fail(400, {
				form: 'withdrawStep' as const,
				errors: parsed.errors,
				values: parsed.values
			});
		const db = appDatabase();
		const step = steps.get(db, parsed.value.id);
		if (!step || step.iso3 !== country.iso3)
			error(404, { message: `${country.name} has no campaign step number ${parsed.value.id}.` });
		if (!mayChange(user, step))
			error(403, {
				message: `This step was recorded by ${step.attribution}: only its author or an administrator can withdraw it.`
			});
		const outcome = steps.withdraw(db, step.id, parsed.value.version, user);
		if (!outcome.ok && outcome.reason === 'conflict')
			return fail(409, {
				form: 'withdrawStep' as const,
				errors: {
					_form: outcome.current.withdrawnAt
						? 'This step was already withdrawn by someone else.'
						: CONFLICT_MESSAGE
				},
				values: formValues(formData, ['id', 'version']),
				currentStep: stepView(outcome.current)
			});
		back(country.iso3, 'withdrawn', 'steps');
	},

	contact: async (event) => {
		const { user, country } = authorize(event);
		const formData = await readFormData(event.request);
		if (!formData) return unreadable('contact');
		const parsed = parseContactForm(formData);
		if (!parsed.ok)
			return fail(400, { form: 'contact' as const, errors: parsed.errors, values: parsed.values });
		const outcome = contacts.save(appDatabase(), country.iso3, parsed.value, user);
		if (!outcome.ok && outcome.reason === 'conflict') {
			const current = outcome.current;
			return fail(409, {
				form: 'contact' as const,
				errors: { _form: CONFLICT_MESSAGE },
				values: {
					...formValues(formData, CONTACT_FIELDS),
					version: current ? String(current.version) : ''
				},
				currentContact: current
					? {
							centreName: current.centreName,
							centreUrl: current.centreUrl,
							obstacles: current.obstacles
						}
					: null
			});
		}
		back(country.iso3, 'contact', 'contact');
	},

	propose: async (event) => {
		const { user, country, instruments } = authorize(event);
		const formData = await readFormData(event.request);
		if (!formData) return unreadable('proposal');
		const parsed = parseProposalForm(formData, { instruments });
		if (!parsed.ok)
			return fail(400, { form: 'proposal' as const, errors: parsed.errors, values: parsed.values });
		proposals.propose(appDatabase(), country.iso3, parsed.value, user);
		back(country.iso3, 'proposal', 'proposals');
	}
};
