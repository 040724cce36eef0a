/**
 * An administrator's forms for accounts: inviting a user (e-mail, name, role, countries) and
 * changing a user's role and countries. The countries are checked against the ones the tracker
 * knows, which the caller passes in (the domain layer reads no database).
 */
import { ROLES, type Role } from '../roles';
import type { FieldErrors, FormResult } from './form-result';
import { emailProblem, normalizeEmail } from './login-form';

export const DISPLAY_NAME_MAX_LENGTH = 100;

export interface UserInput {
	email: string;
	displayName: string;
	role: Role;
	/** ISO3 codes, upper-case, each once; empty for an admin (who edits every country). */
	countries: string[];
}

/** Fields of the invite form, in the order it shows them. */
export const USER_FIELDS = ['email', 'displayName', 'role', 'countries'] as const;

/** A refusal refills exactly what was typed in each of USER_FIELDS. */
export type UserFormResult = FormResult<UserInput>;

export interface AccessInput {
	userId: number;
	/** The users.version the form was built from; a stale one is refused with 409. */
	version: number;
	role: Role;
	countries: string[];
}

/**
 * Fields `userId` and `version` (hidden), `role`, `countries`; a form that does not say which
 * account it changes is refused as a whole (`_form`).
 */
export type AccessFormResult = FormResult<AccessInput>;

function text(formData: FormData, name: string): string {
	const value = formData.get(name);
	return typeof value === 'string' ? value : '';
}

/** Every `countries` value joined: one text box (`NPL, IND`) or several checkboxes both work. */
function countriesText(formData: FormData): string {
	return formData
		.getAll('countries')
		.filter((v): v is string => typeof v === 'string')
		.join(' ')
		.trim();
}

export function isRole(value: string): value is Role {
	return (ROLES as readonly string[]).includes(value);
}

/** Codes separated by spaces, commas or semicolons; upper-cased, each kept once, in the order given. */
export function parseCountryList(raw: string): string[] {
	const codes = raw
		.split(/[\s,;]+/)
		.map((c) => c.trim().toUpperCase())
		.filter((c) => c !== '');
	return [...new Set(codes)];
}

function roleProblem(role: string): string | null {
	if (role === '') return `Choose a role: ${ROLES.join(' or ')}.`;
	if (!isRole(role)) return `“${role}” is not a role: choose ${ROLES.join(' or ')}.`;
	return null;
}

/**
 * Why these countries cannot be given to this role, or null. An editor needs at least one known
 * country; an admin edits every country, so the list is ignored for admins (see `countriesFor`).
 */
export function countriesProblem(
	role: Role,
	countries: readonly string[],
	knownCountries: ReadonlySet<string>
): string | null {
	if (role === 'admin') return null;
	if (countries.length === 0)
		return 'An editor keeps at least one country current: give its ISO 3166 alpha-3 code, such as NPL.';
	const unknown = countries.filter((c) => !knownCountries.has(c));
	if (unknown.length === 1)
		return `“${unknown[0]}” is not a country code we know: give ISO 3166 alpha-3 codes, such as NPL for Nepal.`;
	if (unknown.length > 1)
		return `${unknown.map((c) => `“${c}”`).join(', ')} are not country codes we know: give ISO 3166 alpha-3 codes, such as NPL for Nepal.`;
	return null;
}

/** The countries stored for a role: none for an admin, the list for an editor. */
export function countriesFor(role: Role, countries: readonly string[]): string[] {
	return role === 'admin' ? [] : [...countries];
}

export function parseUserForm(
	formData: FormData,
	knownCountries: ReadonlySet<string>
): UserFormResult {
	const values = {
		email: text(formData, 'email').trim(),
		displayName: text(formData, 'displayName').trim(),
		role: text(formData, 'role'),
		countries: countriesText(formData)
	};
	const errors: FieldErrors = {};

	const email = normalizeEmail(values.email);
	const emailError = emailProblem(email, 'Enter the e-mail address of the person to invite.');
	if (emailError) errors.email = emailError;

	if (values.displayName.length > DISPLAY_NAME_MAX_LENGTH)
		errors.displayName = `The name has ${values.displayName.length} characters; it can have at most ${DISPLAY_NAME_MAX_LENGTH}.`;

	const roleError = roleProblem(values.role);
	if (roleError) errors.role = roleError;

	const countries = parseCountryList(values.countries);
	if (!roleError && isRole(values.role)) {
		const problem = countriesProblem(values.role, countries, knownCountries);
		if (problem) errors.countries = problem;
	}

	if (Object.keys(errors).length || !isRole(values.role)) return { ok: false, errors, values };
	return {
		ok: true,
		value: {
			email,
			displayName: values.displayName,
			role: values.role,
			countries: countriesFor(values.role, countries)
		}
	};
}

function positiveInteger(raw: string): number | null {
	return /^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null;
}

/** Fields `userId` and `version` (hidden), `role`, `countries`. */
export function parseAccessForm(
	formData: FormData,
	knownCountries: ReadonlySet<string>
): AccessFormResult {
	const values = {
		userId: text(formData, 'userId'),
		version: text(formData, 'version'),
		role: text(formData, 'role'),
		countries: countriesText(formData)
	};
	const errors: FieldErrors = {};

	const userId = positiveInteger(values.userId);
	const version = positiveInteger(values.version);
	if (userId === null || version === null)
		errors._form = `The form does not say which account and version it changes (given user “${values.userId}”, version “${values.version}”): reload the page and try again.`;

	const roleError = roleProblem(values.role);
	if (roleError) errors.role = roleError;

	const countries = parseCountryList(values.countries);
	if (!roleError && isRole(values.role)) {
		const problem = countriesProblem(values.role, countries, knownCountries);
		if (problem) errors.countries = problem;
	}

	if (Object.keys(errors).length || userId === null || version === null || !isRole(values.role))
		return { ok: false, errors, values };
	return {
		ok: true,
		value: { userId, version, role: values.role, countries: countriesFor(values.role, countries) }
	};
}
