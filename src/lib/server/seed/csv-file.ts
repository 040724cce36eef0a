import { parse } from 'csv-parse/sync';
import fs from 'node:fs';
import path from 'node:path';

/** One data row of a CSV file with the line it starts on (line 1 is the header). */
export interface CsvRecord {
	line: number;
	values: Record<string, string>;
}

export class SeedError extends Error {
	constructor(readonly problems: string[]) {
		super(
			`The seeds were not loaded; the database is unchanged.\n${problems.slice(0, 50).join('\n')}${
				problems.length > 50 ? `\n… and ${problems.length - 50} more` : ''
			}`
		);
	}
}

/** Read a UTF-8 CSV with a header row; a missing column or a malformed file is a SeedError. */
export function readCsv(file: string, requiredColumns: readonly string[]): CsvRecord[] {
	const name = path.basename(file);
	let text: string;
	try {
		text = fs.readFileSync(file, 'utf8');
	} catch (e) {
		throw new SeedError([`${name}: cannot be read (${(e as Error).message})`]);
	}
	let rows: CsvRecord[];
	try {
		rows = parseCsvText(text);
	} catch (e) {
		throw new SeedError([`${name}: not valid CSV (${(e as Error).message})`]);
	}
	const header = text.split(/\r?\n/, 1)[0].replace(/^\uFEFF/, '');
	const missing = requiredColumns.filter((c) => !header.split(',').includes(c));
	if (missing.length)
		throw new SeedError([
			`${name}, line 1: missing column(s) ${missing.join(', ')} (the header must name ${requiredColumns.join(', ')})`
		]);
	return rows;
}

/**
 * Parse CSV text with a header row into records with their line numbers. Throws csv-parse's error
 * on malformed CSV. Shared by the seed loader (files) and the bulk import (uploads).
 */
export function parseCsvText(text: string): CsvRecord[] {
	const rows: { record: Record<string, string>; info: { lines: number } }[] = parse(text, {
		columns: true,
		bom: true,
		info: true,
		skip_empty_lines: true,
		relax_column_count: false
	});
	// csv-parse reports the line a record ends on; a quoted value may span lines, so count back.
	return rows.map(({ record, info }) => ({
		line: info.lines - Object.values(record).join('').split('\n').length + 1,
		values: record
	}));
}
