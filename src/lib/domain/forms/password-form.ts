/**
 * Choosing a password (from an invite or a reset link). The rules follow NIST SP 800-63B §5.1.1.2:
 * a minimum length and a generous maximum, no composition rules, and the same password typed twice.
 */
import type { FieldErrors, FormResult } from './form-result';

export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase or manager-generated password; bounds the work argon2 does. */
export const PASSWORD_MAX_LENGTH = 200;

export interface PasswordInput {
	password: string;
}

/**
 * Fields `password` and `confirm`. Passwords are never sent back to the page, so a refused form
 * refills nothing: `values` is empty.
 */
export type PasswordFormResult = FormResult<PasswordInput>;

/** Length counted in characters a person types (code points), not UTF-16 units. */
function characters(password: string): number {
	return [...password].length;
}

/** Why this password cannot be used, or null when it can. */
export function passwordProblem(password: string): string | null {
	const length = characters(password);
	if (length === 0) return `Choose a password of at least ${PASSWORD_MIN_LENGTH} characters.`;
	if (length < PASSWORD_MIN_LENGTH)
		return `The password has ${length} character${length === 1 ? '' : 's'}; it needs at least ${PASSWORD_MIN_LENGTH}. A few unrelated words make a long password that is easy to remember.`;
	if (length > PASSWORD_MAX_LENGTH)
		return `The password has ${length} characters; it can have at most ${PASSWORD_MAX_LENGTH}.`;
	if (password.trim() === '')
		return 'The password is only spaces: choose one with letters, digits or symbols.';
	return null;
}

function text(formData: FormData, name: string): string {
	const value = formData.get(name);
	return typeof value === 'string' ? value : '';
}

/** Fields `password` and `confirm` (the same password typed again). */
export function parsePasswordForm(formData: FormData): PasswordFormResult {
	const password = text(formData, 'password');
	const confirm = text(formData, 'confirm');
	const errors: FieldErrors = {};

	const problem = passwordProblem(password);
	if (problem) errors.password = problem;
	else if (confirm === '') errors.confirm = 'Type the password again to confirm it.';
	else if (confirm !== password)
		errors.confirm = 'The two passwords are not the same: type the same password in both fields.';

	if (Object.keys(errors).length) return { ok: false, errors, values: {} };
	return { ok: true, value: { password } };
}
