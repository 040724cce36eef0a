/**
 * What every form parser returns: the checked value, or each rejected field's message together with
 * everything the user typed, so the page can show the errors by their fields and refill the form.
 */
import type { BaseIssue } from 'valibot';

/** Field name → one message saying what was wrong, what was given and what is accepted. `_form` is the whole form. */
export type FieldErrors = Record<string, string>;

/** What the user typed, field by field, as text (files are never echoed back). */
export type FormValues = Record<string, string>;

export type FormResult<T> =
	{ ok: true; value: T } | { ok: false; errors: FieldErrors; values: FormValues };

/** The text fields of a submission; a missing field is '' and a file upload is never echoed. */
export function formValues(formData: FormData, fields: readonly string[]): FormValues {
	const values: FormValues = {};
	for (const field of fields) {
		const raw = formData.get(field);
		values[field] = typeof raw === 'string' ? raw : '';
	}
	return values;
}

/** A given value as a message quotes it: trimmed, and cut short so a message stays one line. */
export function quoted(value: string, max = 60): string {
	const text = value.trim();
	return `“${text.length > max ? `${text.slice(0, max)}…` : text}”`;
}

/** The first issue for each top-level field, as a field error. */
export function issuesByField(issues: readonly BaseIssue<unknown>[]): FieldErrors {
	const errors: FieldErrors = {};
	for (const issue of issues) {
		const key = issue.path?.[0]?.key;
		const field = typeof key === 'string' ? key : '_form';
		errors[field] ??= issue.message;
	}
	return errors;
}

/** Field errors in the order the form shows its fields, for the summary at the top. */
export function errorSummary(
	errors: FieldErrors,
	order: readonly string[]
): { field: string; message: string }[] {
	const known = order.filter((f) => errors[f]).map((field) => ({ field, message: errors[field] }));
	const rest = Object.keys(errors)
		.filter((f) => !order.includes(f))
		.map((field) => ({ field, message: errors[field] }));
	return [
		...rest.filter((e) => e.field === '_form'),
		...known,
		...rest.filter((e) => e.field !== '_form')
	];
}
