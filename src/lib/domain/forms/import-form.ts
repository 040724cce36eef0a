/**
 * The two forms of the bulk import page. The dry run posts the file; apply posts only what names the
 * reviewed dry run (its stash id, the file's SHA-256 and the plan's digest), never the rows again, so
 * what is applied is exactly the file that was checked.
 */
import type { FormResult } from './form-result';

export interface DryRunInput {
	file: File;
}

export interface ApplyInput {
	stashId: string;
	sha256: string;
	digest: string;
}

export const APPLY_FIELDS = ['stash_id', 'sha256', 'digest'] as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SHA256 = /^[0-9a-f]{64}$/;

function text(formData: FormData, name: string): string {
	const value = formData.get(name);
	return typeof value === 'string' ? value : '';
}

export function parseDryRunForm(formData: FormData): FormResult<DryRunInput> {
	const file = formData.get('file');
	if (file === null || typeof file === 'string' || file.size === 0)
		return {
			ok: false,
			errors: {
				file:
					file === null || typeof file === 'string'
						? 'Choose a CSV file to check (the form must be sent as multipart/form-data).'
						: `“${file.name || 'the file'}” is empty: choose a CSV file with a header and rows.`
			},
			values: {}
		};
	return { ok: true, value: { file } };
}

export function parseApplyForm(formData: FormData): FormResult<ApplyInput> {
	const values = {
		stash_id: text(formData, 'stash_id'),
		sha256: text(formData, 'sha256'),
		digest: text(formData, 'digest')
	};
	const errors: Record<string, string> = {};
	if (!UUID.test(values.stash_id))
		errors.stash_id = `The dry run id “${values.stash_id.slice(0, 60)}” is not one this page issues: run the dry run again.`;
	if (!SHA256.test(values.sha256))
		errors.sha256 =
			'The file fingerprint (SHA-256, 64 hex digits) is missing or malformed: run the dry run again.';
	if (!SHA256.test(values.digest))
		errors.digest =
			'The plan fingerprint (64 hex digits) is missing or malformed: run the dry run again.';
	if (Object.keys(errors).length) return { ok: false, errors, values };
	return {
		ok: true,
		value: { stashId: values.stash_id, sha256: values.sha256, digest: values.digest }
	};
}
