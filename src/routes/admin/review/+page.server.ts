/**
 * The administrators' review queue: pending proposals with their sources, oldest first. Approving
 * writes the ratification event in the same transaction (with its audit row, and a new data version
 * so the matrix and maps show it); rejecting needs a reason, which the centre sees.
 */
import { error, fail, redirect } from '@sveltejs/kit';
import { formValues } from '$lib/domain/forms/form-result';
import { parseReviewForm, REVIEW_FIELDS } from '$lib/domain/forms/review-form';
import { appDatabase } from '$lib/server/app-database';
import { requireAdmin } from '$lib/server/auth/guards';
import * as proposals from '$lib/server/db/queries/proposals';
import { readFormData, UNREADABLE_FORM } from '$lib/server/read-form-data';
import type { Actions, PageServerLoad } from './$types';

const NOTICES = {
	approved: 'Approved: the event is on record and shows in the matrix, maps and feeds.',
	rejected: 'Rejected: the centre sees your reason with its proposal.'
} as const;

function view(p: proposals.Proposal) {
	return {
		id: p.id,
		iso3: p.iso3,
		countryName: p.countryName,
		instrument: p.instrument,
		kind: p.kind,
		date: p.date,
		notes: p.notes,
		sourceUrl: p.sourceUrl,
		sourceTitle: p.sourceTitle,
		proposer: p.proposer,
		proposedAt: p.proposedAt,
		state: p.state,
		reviewer: p.reviewer,
		reviewedAt: p.reviewedAt,
		reviewReason: p.reviewReason,
		version: p.version
	};
}

export const load: PageServerLoad = (event) => {
	requireAdmin(event);
	const db = appDatabase();
	const done = event.url.searchParams.get('done');
	return {
		notice: done && done in NOTICES ? NOTICES[done as keyof typeof NOTICES] : null,
		pending: proposals.listPending(db).map(view),
		reviewed: proposals.listReviewed(db, 20).map(view)
	};
};

export const actions: Actions = {
	review: async (event) => {
		const user = requireAdmin(event);
		const formData = await readFormData(event.request);
		if (!formData)
			return fail(400, {
				errors: { _form: UNREADABLE_FORM },
				values: {} as Record<string, string>
			});
		const parsed = parseReviewForm(formData);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const outcome = proposals.review(appDatabase(), parsed.value, user);
		if (!outcome.ok && outcome.reason === 'not_found')
			error(404, { message: `There is no proposal number ${parsed.value.id}.` });
		if (!outcome.ok) {
			const now = outcome.current;
			const message =
				now.state === 'pending'
					? 'This proposal changed since you opened the queue: check it again below and decide.'
					: `This proposal was already ${now.state} by ${now.reviewer ?? 'another administrator'} on ${now.reviewedAt?.slice(0, 10) ?? 'an earlier day'}${now.reviewReason ? ` (“${now.reviewReason}”)` : ''}: nothing was changed.`;
			return fail(409, {
				errors: { _form: message },
				values: formValues(formData, REVIEW_FIELDS),
				current: view(now)
			});
		}
		redirect(
			303,
			`/admin/review?done=${parsed.value.decision === 'approve' ? 'approved' : 'rejected'}`
		);
	}
};
