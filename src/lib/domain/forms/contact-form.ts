/**
 * The country's public campaign contact, kept by its national centre: the centre's name and public
 * web address, and the obstacles the campaign meets.
 */
import * as v from 'valibot';
import { optionalHttpUrl, optionalRecordVersion, optionalText, requiredText } from './form-fields';
import { formValues, issuesByField, type FormResult } from './form-result';

export const CENTRE_NAME_MAX = 200;
export const OBSTACLES_MAX = 2000;

export const CONTACT_FIELDS = ['centreName', 'centreUrl', 'obstacles'] as const;

export interface ContactInput {
	centreName: string;
	centreUrl: string | null;
	obstacles: string;
	/** The version the editor opened; null when the country had no contact yet. */
	version: number | null;
}

const ContactSchema = v.object({
	centreName: requiredText('the centre’s name', CENTRE_NAME_MAX, 'the national centre’s name'),
	centreUrl: optionalHttpUrl('the centre’s web address'),
	obstacles: optionalText('the obstacles', OBSTACLES_MAX),
	// Empty: the form was opened when the country had no contact yet.
	version: optionalRecordVersion
});

export function parseContactForm(formData: FormData): FormResult<ContactInput> {
	const values = formValues(formData, [...CONTACT_FIELDS, 'version']);
	const result = v.safeParse(ContactSchema, values);
	if (!result.success) return { ok: false, errors: issuesByField(result.issues), values };
	return { ok: true, value: result.output };
}
