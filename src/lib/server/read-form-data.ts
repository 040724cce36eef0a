import { error } from '@sveltejs/kit';

/**
 * The body of a form submission, or null when it cannot be read as a form (a wrong content type, a
 * broken multipart body). Actions answer null with a 400 naming the problem, never a 500.
 */
export async function readFormData(request: Request): Promise<FormData | null> {
	try {
		return await request.formData();
	} catch {
		return null;
	}
}

export const UNREADABLE_FORM =
	'The form could not be read: it must be sent as a web form (application/x-www-form-urlencoded or multipart/form-data). Reload the page and submit it again.';

/** The form, or a 400 page naming the problem: for actions that have no better way to answer. */
export async function requireFormData(request: Request): Promise<FormData> {
	const form = await readFormData(request);
	if (!form) error(400, { message: UNREADABLE_FORM });
	return form;
}
