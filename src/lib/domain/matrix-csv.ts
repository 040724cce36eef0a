/**
 * The matrix as CSV records: one row per state, then per instrument (in the data's order) the columns
 * `<CODE>_status`, `<CODE>_date`, …. A header row only: provenance lives in the JSON's meta, because
 * CSV has no comments and a preamble breaks every CSV reader.
 */
import type { ExportedCell, ExportedRow } from './matrix-export';
import type { MatrixQuery } from './matrix-query';
import { neutraliseFormula } from './spreadsheet-formula';

export const MATRIX_CSV_COUNTRY_COLUMNS = [
	'iso3',
	'name',
	'ilo_member',
	'un_member',
	'groups'
] as const;

/** Per instrument, in this order; each cell field's meaning is documented on ExportedCell. */
export const MATRIX_CSV_CELL_COLUMNS = [
	['status', 'status'],
	['date', 'date'],
	['precision', 'precision'],
	['event', 'event'],
	['since', 'since'],
	['source_url', 'sourceUrl'],
	['confidence', 'confidence'],
	['confidence_reason', 'confidenceReason'],
	['scope_kind', 'scopeKind'],
	['scope', 'scope'],
	['known_as_of', 'knownAsOf'],
	['reason', 'reason']
] as const satisfies readonly (readonly [string, keyof ExportedCell])[];

/** Several groups in one field, e.g. "AU;LAS". */
export const GROUP_SEPARATOR = ';';

export function matrixCsvHeader(instrumentCodes: readonly string[]): string[] {
	return [
		...MATRIX_CSV_COUNTRY_COLUMNS,
		...instrumentCodes.flatMap((code) =>
			MATRIX_CSV_CELL_COLUMNS.map(([suffix]) => `${code}_${suffix}`)
		)
	];
}

const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'yes' : 'no');

export function matrixCsvRecord(row: ExportedRow, instrumentCodes: readonly string[]): string[] {
	const fields = [
		row.iso3,
		row.name,
		yesNo(row.iloMember),
		yesNo(row.unMember),
		row.groups.join(GROUP_SEPARATOR),
		...instrumentCodes.flatMap((code) =>
			MATRIX_CSV_CELL_COLUMNS.map(([, key]) => String(row.cells[code][key] ?? ''))
		)
	];
	return fields.map(neutraliseFormula);
}

/** Header and records, ready for a CSV writer. */
export function matrixCsvRecords(
	rows: readonly ExportedRow[],
	instrumentCodes: readonly string[]
): string[][] {
	return [
		matrixCsvHeader(instrumentCodes),
		...rows.map((row) => matrixCsvRecord(row, instrumentCodes))
	];
}

/** e.g. ratification-matrix-2024-06-30.csv, or ratification-matrix-GCC-2024-06-30.csv for one group. */
export function matrixCsvFilename(query: Pick<MatrixQuery, 'asOf' | 'group'>): string {
	const group = query.group ? `${query.group.replace(/[^A-Za-z0-9_-]/g, '-')}-` : '';
	return `ratification-matrix-${group}${query.asOf}.csv`;
}
