/**
 * What an uploaded import file must be before its rows are read: a CSV of at most IMPORT_MAX_BYTES,
 * UTF-8, whose header is exactly the seed format's (seeds/ratifications.csv), so a file that imports
 * is a file the seed loader would also accept. Pure: the server reads the bytes and calls these.
 */
import { RATIFICATION_CSV_COLUMNS } from './ratification-csv';

/** 2 MiB: about ten times seeds/ratifications.csv (226 kB, 505 events). */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;

/** Types browsers send for a .csv (Windows Excel installs register application/vnd.ms-excel). */
export const CSV_MEDIA_TYPES = [
	'text/csv',
	'application/csv',
	'text/comma-separated-values',
	'text/plain',
	'application/vnd.ms-excel'
] as const;

/** A problem with the file as a whole; `line` when it is one line's fault. */
export interface ImportFileError {
	line: number | null;
	value: string;
	reason: string;
}

export interface UploadMeta {
	name: string;
	type: string;
	size: number;
}

export function formatBytes(n: number): string {
	if (n < 1024) return `${n} bytes`;
	if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
	return `${(n / 1024 / 1024).toFixed(2)} MB`;
}

/** Name, type and size: checked before the bytes are read. */
export function checkUploadMeta(file: UploadMeta): ImportFileError[] {
	const errors: ImportFileError[] = [];
	if (file.size === 0)
		errors.push({ line: null, value: file.name, reason: 'the file is empty: choose a CSV file' });
	if (file.size > IMPORT_MAX_BYTES)
		errors.push({
			line: null,
			value: formatBytes(file.size),
			reason: `the file is larger than ${formatBytes(IMPORT_MAX_BYTES)}: split it into smaller files`
		});
	const type = file.type.split(';')[0].trim().toLowerCase();
	const named = /\.csv$/i.test(file.name);
	const typed = (CSV_MEDIA_TYPES as readonly string[]).includes(type);
	if (!(type === 'text/csv' || (named && (type === '' || typed))))
		errors.push({
			line: null,
			value: `${file.name} (${type || 'no type'})`,
			reason: 'expected a CSV file (a name ending in .csv, or the type text/csv)'
		});
	return errors;
}

/** The header must name exactly the seed columns, in the seed order. */
export function checkHeader(header: readonly string[]): ImportFileError | null {
	const given = header.map((h) => h.trim());
	const expected = RATIFICATION_CSV_COLUMNS as readonly string[];
	if (given.length === expected.length && given.every((h, i) => h === expected[i])) return null;
	const missing = expected.filter((c) => !given.includes(c));
	const extra = given.filter((c) => !expected.includes(c));
	const detail = [
		missing.length ? `missing ${missing.join(', ')}` : '',
		extra.length ? `unexpected ${extra.join(', ')}` : '',
		!missing.length && !extra.length ? 'the columns are in another order' : ''
	]
		.filter(Boolean)
		.join('; ');
	return {
		line: 1,
		value: given.join(','),
		reason: `the header must be exactly ${expected.join(',')} (${detail})`
	};
}
