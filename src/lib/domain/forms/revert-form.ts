/** An administrator's request to take back one change in a country's history. */
import * as v from 'valibot';
import { recordId } from './form-fields';
import { formValues, issuesByField, type FormResult } from './form-result';

export function parseRevertForm(formData: FormData): FormResult<{ auditId: number }> {
	const values = formValues(formData, ['auditId']);
	const result = v.safeParse(v.object({ auditId: recordId('change') }), values);
	if (!result.success) return { ok: false, errors: issuesByField(result.issues), values };
	return { ok: true, value: result.output };
}
