/**
 * The matrix as a URL asks for it: shared by the /matrix page, its CSV export and the JSON API so
 * the three always agree.
 */
import { buildMatrix, type Matrix, type MatrixRow } from '../domain/matrix';
import { parseMatrixQuery, type MatrixQuery } from '../domain/matrix-query';
import { applyMatrixQuery } from '../domain/matrix-query';
import type { ParseResult } from '../domain/query-error';
import type { TrackerData } from '../domain/tracker-data';
import { appDatabase } from './app-database';
import { matrixStates, readTrackerData } from './tracker-snapshot';

export interface MatrixView {
	data: TrackerData;
	query: MatrixQuery;
	matrix: Matrix;
	/** Rows that pass the filters, sorted. */
	rows: MatrixRow[];
	/** All states before filtering. */
	total: number;
}

export function matrixView(
	params: URLSearchParams,
	data = readTrackerData(appDatabase())
): ParseResult<MatrixView> {
	const parsed = parseMatrixQuery(params, {
		groups: data.groups.map((g) => g.code),
		instruments: data.instruments.map((i) => i.code)
	});
	if (!parsed.ok) return parsed;
	const matrix = buildMatrix(data, parsed.value.asOf, matrixStates(data));
	return {
		ok: true,
		value: {
			data,
			query: parsed.value,
			matrix,
			rows: applyMatrixQuery(matrix, parsed.value),
			total: matrix.rows.length
		}
	};
}
