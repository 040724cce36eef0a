/**
 * The coverage map's paint from the rows of its table, as table-paint.ts does for an instrument map;
 * a file of its own so that instrument pages do not load the coverage ramp.
 */
import type { ChoroplethPaint } from './choropleth';
import { coveragePaint } from './coverage-choropleth';
import type { CoverageTableRow } from './map-table';
import { mapGroup, type TablePaintContext } from './table-paint';

export function coveragePaintFromTable(
	rows: readonly CoverageTableRow[],
	context: TablePaintContext & { codes: readonly string[]; coverageNote?: string }
): ChoroplethPaint {
	return coveragePaint({
		coverageNote: context.coverageNote,
		instruments: context.codes.map((code) => ({ code })),
		asOf: context.asOf,
		states: rows.map((r) => ({
			iso3: r.iso3,
			name: r.name,
			statuses: Object.fromEntries(context.codes.map((code, i) => [code, r.statuses[i]]))
		})),
		group: mapGroup(context.group, rows),
		scope: context.scope,
		hrefQuery: context.hrefQuery
	});
}
