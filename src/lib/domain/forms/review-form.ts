/** An administrator's decision on a proposed ratification event: approve, or reject with a reason. */
import * as v from 'valibot';
import { choice, optionalTextOrNull, recordId, recordVersion } from './form-fields';
import { formValues, issuesByField, type FormResult } from './form-result';

export const REVIEW_DECISIONS = ['approve', 'reject'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];
export const REVIEW_DECISION_LABELS: Record<ReviewDecision, string> = {
	approve: 'Approve',
	reject: 'Reject'
};
export const REVIEW_REASON_MAX = 1000;

export const REVIEW_FIELDS = ['id', 'version', 'decision', 'reason'] as const;

export interface ReviewInput {
	id: number;
	version: number;
	decision: ReviewDecision;
	/** Required to reject (the centre is told why); optional to approve. */
	reason: string | null;
}

const ReviewSchema = v.object({
	id: recordId('proposal'),
	version: recordVersion,
	decision: choice('decision', REVIEW_DECISIONS, REVIEW_DECISION_LABELS),
	reason: optionalTextOrNull('the reason', REVIEW_REASON_MAX)
});

export function parseReviewForm(formData: FormData): FormResult<ReviewInput> {
	const values = formValues(formData, REVIEW_FIELDS);
	const result = v.safeParse(ReviewSchema, values);
	const errors = result.success ? {} : issuesByField(result.issues);
	if (values.decision.trim() === 'reject' && values.reason.trim() === '')
		errors.reason ??= `The reason is empty: a rejection tells the centre why, in 1 to ${REVIEW_REASON_MAX} characters.`;
	if (!result.success || Object.keys(errors).length) return { ok: false, errors, values };
	return { ok: true, value: result.output };
}
