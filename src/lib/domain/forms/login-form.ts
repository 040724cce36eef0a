/**
 * The sign-in form, and where to go after it. Pure: the server action authorizes nothing here; it
 * parses, then checks the throttle and the password (src/lib/server/auth).
 */
import type { FieldErrors, FormResult } from './form-result';
import { PASSWORD_MAX_LENGTH } from './password-form';

export interface LoginInput {
	email: string;
	password: string;
	/** A same-site path to return to, already made safe by `safeNextPath`. */
	next: string;
}

/** Fields `email`, `password` and `next`; a refusal refills `email` and `next`, never the password. */
export type LoginFormResult = FormResult<LoginInput>;

/** RFC 5321 caps an address at 254 characters. */
export const EMAIL_MAX_LENGTH = 254;
const NEXT_MAX_LENGTH = 2000;

/** Trimmed and lower-cased, as users.email stores it. */
export function normalizeEmail(raw: string): string {
	return raw.trim().toLowerCase();
}

/** Why this is not an e-mail address, or null when it looks like one (the invite proves it works). */
export function emailProblem(
	email: string,
	whenEmpty = 'Enter the e-mail address of the account.'
): string | null {
	if (email === '') return whenEmpty;
	if (email.length > EMAIL_MAX_LENGTH)
		return `The e-mail address is ${email.length} characters long; an address has at most ${EMAIL_MAX_LENGTH}.`;
	if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
		return `“${email}” is not an e-mail address: give one such as name@union.org.`;
	return null;
}

/**
 * A path on this site to return to after signing in, or `/`. Only a relative path that starts with a
 * single slash passes: `//evil.example`, `/\evil.example` (browsers read a backslash as a slash),
 * `https://…`, `javascript:` and control characters would leave the site, so they fall back to `/`.
 * The sign-in and sign-out pages themselves also fall back, so a login never loops.
 */
export function safeNextPath(raw: string | null | undefined): string {
	if (!raw || raw.length > NEXT_MAX_LENGTH) return '/';
	// eslint-disable-next-line no-control-regex
	if (!raw.startsWith('/') || raw.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(raw))
		return '/';
	const base = 'http://same-site.invalid';
	let url: URL;
	try {
		url = new URL(raw, base);
	} catch {
		return '/';
	}
	if (url.origin !== base) return '/';
	if (url.pathname === '/login' || url.pathname === '/logout') return '/';
	return url.pathname + url.search + url.hash;
}

/** The login page's address, coming back to `next` afterwards (omitted when it is the home page). */
export function loginPath(next: string): string {
	const safe = safeNextPath(next);
	return safe === '/' ? '/login' : `/login?next=${encodeURIComponent(safe)}`;
}

function text(formData: FormData, name: string): string {
	const value = formData.get(name);
	return typeof value === 'string' ? value : '';
}

export function parseLoginForm(formData: FormData): LoginFormResult {
	const email = normalizeEmail(text(formData, 'email'));
	const password = text(formData, 'password');
	const next = safeNextPath(text(formData, 'next'));
	const errors: FieldErrors = {};

	const emailError = emailProblem(email);
	if (emailError) errors.email = emailError;
	if (password === '') errors.password = 'Enter your password.';
	// No account has a longer one; this also keeps a huge body away from argon2.
	else if ([...password].length > PASSWORD_MAX_LENGTH)
		errors.password = `The password has ${[...password].length} characters; passwords here have at most ${PASSWORD_MAX_LENGTH}.`;

	if (Object.keys(errors).length) return { ok: false, errors, values: { email, next } };
	return { ok: true, value: { email, password, next } };
}
