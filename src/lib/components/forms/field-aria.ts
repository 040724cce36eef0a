/**
 * Ids and ARIA attributes for the fields of one form: each field's error is announced with it
 * (aria-describedby: the error first, then the hint) and the field is flagged invalid. `errors` is a
 * getter so the attributes follow a refused submission.
 */
export function fieldAria(prefix: string, errors: () => Record<string, string | undefined>) {
	const id = (field: string) => `${prefix}-${field}`;
	return {
		id,
		describedBy: (field: string, hint = false) =>
			[errors()[field] ? `${id(field)}-error` : '', hint ? `${id(field)}-hint` : '']
				.filter(Boolean)
				.join(' ') || undefined,
		invalid: (field: string) => (errors()[field] ? ('true' as const) : undefined)
	};
}
