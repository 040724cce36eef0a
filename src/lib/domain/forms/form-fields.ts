/**
 * The fields the editing forms share (texts with a length, web addresses, partial dates, choices,
 * record ids and versions), as valibot schemas whose every message names what was wrong, what was
 * given and what is accepted. Inputs are the strings a form posts.
 */
import * as v from 'valibot';
import {
	interval,
	PARTIAL_DATE_FORMATS,
	precisionOf,
	type DatePrecision,
	type IsoDay
} from '../partial-date';
import { quoted } from './form-result';

/** No campaign step or ratification predates the ILO (founded 1919). */
export const EARLIEST_YEAR = 1919;
/** Browsers and servers handle addresses up to about this length; longer is not a link anyone typed. */
export const MAX_URL_LENGTH = 2000;

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Control characters no one types on purpose (tab and line breaks are kept): pasted noise or an attack. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

function noControlCharacters(label: string) {
	return v.check(
		(s: string) => !CONTROL.test(s),
		(issue) => {
			const text = String(issue.input);
			const at = text.search(CONTROL);
			const code = text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0');
			return `${capitalised(label)} contains an invisible control character (U+${code}, character ${at + 1}): remove it or type the text again.`;
		}
	);
}

/** Trimmed text of 1 to `max` characters. `what` says what to write ("what happened"). */
export function requiredText(label: string, max: number, what: string) {
	return v.pipe(
		v.string(),
		v.trim(),
		v.nonEmpty(`${capitalised(label)} is empty: write ${what} in 1 to ${max} characters.`),
		noControlCharacters(label),
		v.maxLength(
			max,
			(issue) =>
				`${capitalised(label)}: ${issue.input.length} characters given, at most ${max} accepted; shorten the text.`
		)
	);
}

/** Trimmed text of at most `max` characters; empty is allowed. */
export function optionalText(label: string, max: number) {
	return v.pipe(
		v.string(),
		v.trim(),
		noControlCharacters(label),
		v.maxLength(
			max,
			(issue) =>
				`${capitalised(label)}: ${issue.input.length} characters given, at most ${max} accepted; shorten the text.`
		)
	);
}

/** Trimmed optional text; empty becomes null. */
export function optionalTextOrNull(label: string, max: number) {
	return v.pipe(
		optionalText(label, max),
		v.transform((s) => (s === '' ? null : s))
	);
}

function isHttpUrl(value: string): boolean {
	if (!/^https?:\/\//i.test(value) || /\s/.test(value)) return false;
	try {
		const url = new URL(value);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
	} catch {
		return false;
	}
}

/** A web address that starts with http:// or https:// (never javascript:, data: or a bare word). */
function httpUrlCheck(label: string, optional: boolean) {
	const alternative = optional ? ', or leave it empty' : '';
	return v.check(
		(s: string) => s.length <= MAX_URL_LENGTH && !CONTROL.test(s) && isHttpUrl(s),
		(issue) => {
			const given = String(issue.input);
			return given.length > MAX_URL_LENGTH
				? `${capitalised(label)} is ${given.length} characters long: give an address of at most ${MAX_URL_LENGTH} characters${alternative}.`
				: `${capitalised(label)} ${quoted(given)} is not a web address: give one that starts with http:// or https://${alternative}.`;
		}
	);
}

/** A required http(s) address. `what` says what it points to ("the source"). */
export function requiredHttpUrl(label: string, what: string) {
	return v.pipe(
		v.string(),
		v.trim(),
		v.nonEmpty(
			`${capitalised(label)} is missing: give the address of ${what}, starting with http:// or https://.`
		),
		httpUrlCheck(label, false)
	);
}

/** An optional http(s) address; empty becomes null. */
export function optionalHttpUrl(label: string) {
	const checked = v.pipe(v.string(), httpUrlCheck(label, true));
	return v.pipe(
		v.string(),
		v.trim(),
		v.rawTransform(({ dataset, addIssue, NEVER }) => {
			if (dataset.value === '') return null;
			const result = v.safeParse(checked, dataset.value);
			if (result.success) return result.output;
			addIssue({ message: result.issues[0].message });
			return NEVER;
		})
	);
}

export interface PartialDateValue {
	date: string;
	precision: Exclude<DatePrecision, 'unknown'>;
}

/**
 * A partial date as precise as the source (YYYY-MM-DD, YYYY-MM or YYYY) that has happened by `today`
 * and is not before 1919. Empty is refused unless `allowEmpty`, when it becomes null ("the source
 * gives no date").
 */
function partialDateChecks(label: string, today: IsoDay) {
	return [
		v.check(
			(s: string) => precisionOf(s) !== null,
			(issue) =>
				`${capitalised(label)} ${quoted(String(issue.input))} is not a date we can read: give a real date as ${PARTIAL_DATE_FORMATS} (for example 2024-11-26, 2024-11 or 2024).`
		),
		v.check(
			(s: string) => precisionOf(s) === null || Number(s.slice(0, 4)) >= EARLIEST_YEAR,
			(issue) =>
				`${capitalised(label)} ${quoted(String(issue.input))} is before ${EARLIEST_YEAR}, when the ILO was founded: give the date the source states.`
		),
		v.check(
			(s: string) => precisionOf(s) === null || interval(s).earliest <= today,
			(issue) =>
				`${capitalised(label)} ${quoted(String(issue.input))} is in the future: record what has happened, with a date up to today (${today}).`
		)
	] as const;
}

function withPrecision(date: string): PartialDateValue {
	return { date, precision: precisionOf(date)! };
}

export function requiredPartialDate(label: string, what: string, today: IsoDay) {
	return v.pipe(
		v.string(),
		v.trim(),
		v.nonEmpty(
			`${capitalised(label)} is missing: give the day, month or year ${what}, as ${PARTIAL_DATE_FORMATS}.`
		),
		...partialDateChecks(label, today),
		v.transform(withPrecision)
	);
}

/** A partial date, or empty (null) when the source gives none. */
export function optionalPartialDate(label: string, today: IsoDay) {
	return v.pipe(
		v.string(),
		v.trim(),
		v.rawTransform(({ dataset, addIssue, NEVER }) => {
			const s = dataset.value;
			if (s === '') return null;
			const result = v.safeParse(v.pipe(v.string(), ...partialDateChecks(label, today)), s);
			if (!result.success) {
				addIssue({ message: result.issues[0].message });
				return NEVER;
			}
			return withPrecision(s);
		})
	);
}

/** One of a closed list, shown to the user by its labels. */
export function choice<const T extends string>(
	label: string,
	options: readonly T[],
	labels?: Readonly<Record<T, string>>
) {
	const accepted = options.map((o) => (labels ? `${labels[o]} (${o})` : o)).join(', ');
	return v.pipe(
		v.string(),
		v.trim(),
		v.nonEmpty(`No ${label} was chosen: choose one of ${accepted}.`),
		v.picklist(
			options,
			(issue) =>
				`${capitalised(label)} ${quoted(String(issue.input))} is not one we know: choose one of ${accepted}.`
		)
	);
}

const WHOLE_NUMBER = /^[1-9]\d{0,9}$/;

/** A positive whole number posted by a hidden field (a record's id or version). */
function hiddenNumber(message: (given: string) => string) {
	return v.pipe(
		v.string(),
		v.trim(),
		v.regex(WHOLE_NUMBER, (issue) => message(String(issue.input))),
		v.transform(Number)
	);
}

/** The version of the record the form was opened on, for optimistic concurrency. */
export const recordVersion = hiddenNumber(
	(given) =>
		`The form's version ${quoted(given || '(none)')} is not a version number (a whole number from 1): reload the page and make your change again.`
);

/** The id of the record a form acts on. */
export function recordId(what: string) {
	return hiddenNumber(
		(given) =>
			`The ${what} to change is given as ${quoted(given || '(none)')}, which is not a record number (a whole number from 1): reload the page and try again.`
	);
}

/** A version, or empty (null) when the form was opened before the record existed. */
export const optionalRecordVersion = v.pipe(
	v.string(),
	v.trim(),
	v.rawTransform(({ dataset, addIssue, NEVER }) => {
		if (dataset.value === '') return null;
		const result = v.safeParse(recordVersion, dataset.value);
		if (result.success) return result.output;
		addIssue({ message: result.issues[0].message });
		return NEVER;
	})
);
