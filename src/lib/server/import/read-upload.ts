/**
 * Turns an uploaded file into import records: checks name, type and size, decodes strict UTF-8, checks
 * the header is exactly the seed format's, and reads the rows with their line numbers the same way the
 * seed loader does (parseCsvText). Every refusal says what was wrong and what would be right.
 */
import { parse } from 'csv-parse/sync';
import { createHash } from 'node:crypto';
import {
	checkHeader,
	checkUploadMeta,
	IMPORT_MAX_BYTES,
	formatBytes,
	type ImportFileError,
	type UploadMeta
} from '../../domain/import-file';
import type { ImportRecord } from '../../domain/import-plan';
import { parseCsvText } from '../seed/csv-file';

export type ReadResult<T> = { ok: true; value: T } | { ok: false; errors: ImportFileError[] };

export interface ImportText {
	name: string;
	text: string;
	/** SHA-256 of the UTF-8 text, hex: names exactly what was checked. */
	sha256: string;
	bytes: number;
}

export function sha256Hex(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The 1-based line of the first byte sequence that is not UTF-8, or null when all of it is. */
function firstNonUtf8Line(bytes: Uint8Array): number | null {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	let start = 0;
	let line = 1;
	for (let i = 0; i <= bytes.length; i++) {
		if (i === bytes.length || bytes[i] === 0x0a) {
			try {
				decoder.decode(bytes.subarray(start, i));
			} catch {
				return line;
			}
			start = i + 1;
			line++;
		}
	}
	return null;
}

/** Decode an upload's bytes: strict UTF-8 (an optional BOM is dropped), no NUL bytes. */
export function decodeUpload(bytes: Uint8Array, meta: UploadMeta): ReadResult<ImportText> {
	const metaErrors = checkUploadMeta({ ...meta, size: bytes.length });
	if (metaErrors.length) return { ok: false, errors: metaErrors };
	const zero = bytes.indexOf(0);
	if (zero >= 0)
		return {
			ok: false,
			errors: [
				{
					line: null,
					value: meta.name,
					reason: `byte ${zero + 1} is a NUL: this is not a text file (export the table as CSV, UTF-8)`
				}
			]
		};
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return {
			ok: false,
			errors: [
				{
					line: firstNonUtf8Line(bytes),
					value: meta.name,
					reason:
						'the file is not UTF-8 text (a spreadsheet may have saved it as Latin-1 or Windows-1252): save it as "CSV UTF-8" and upload again'
				}
			]
		};
	}
	return { ok: true, value: fromText(meta.name, text) };
}

/**
 * The name the page and the audit log show: the last part of what the browser sent (some send a
 * path), without control characters, at most 200 characters. Only ever shown as text.
 */
export function displayName(name: string): string {
	// eslint-disable-next-line no-control-regex
	const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
	return (base || 'upload.csv').slice(0, 200);
}

/** Text already decoded (a stashed dry run): the same checks apart from the byte-level ones. */
export function fromText(rawName: string, text: string): ImportText {
	const name = displayName(rawName);
	// One line ending throughout: csv-parse takes the first line's ending for the whole file, and a
	// spreadsheet's CRLF header followed by hand-edited LF rows would otherwise read as one long row.
	const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	return { name, text: clean, sha256: sha256Hex(clean), bytes: Buffer.byteLength(clean, 'utf8') };
}

/** The data rows of the import text, with line numbers; a bad header or malformed CSV is refused. */
export function readImportRecords(file: ImportText): ReadResult<ImportRecord[]> {
	if (file.bytes > IMPORT_MAX_BYTES)
		return {
			ok: false,
			errors: [
				{
					line: null,
					value: formatBytes(file.bytes),
					reason: `the file is larger than ${formatBytes(IMPORT_MAX_BYTES)}: split it into smaller files`
				}
			]
		};
	let header: string[] | undefined;
	try {
		[header] = parse(file.text, { to: 1, bom: true }) as string[][];
	} catch (e) {
		return { ok: false, errors: [csvError(e)] };
	}
	if (!header)
		return {
			ok: false,
			errors: [{ line: 1, value: '', reason: 'the file has no header row and no data' }]
		};
	const headerError = checkHeader(header);
	if (headerError) return { ok: false, errors: [headerError] };
	let records: ImportRecord[];
	try {
		records = parseCsvText(file.text);
	} catch (e) {
		return { ok: false, errors: [csvError(e)] };
	}
	if (records.length === 0)
		return {
			ok: false,
			errors: [{ line: 2, value: '', reason: 'the file has a header but no rows to import' }]
		};
	return { ok: true, value: records };
}

function csvError(e: unknown): ImportFileError {
	const err = e as Error & { lines?: number; code?: string };
	return {
		line: typeof err.lines === 'number' ? err.lines : null,
		value: err.code ?? '',
		reason: `not valid CSV: ${err.message}`
	};
}
