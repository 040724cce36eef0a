/**
 * One instrument as the API answers for it: its coverage, then every state grouped by its derived
 * status on the as_of day, each with the date and source that decide it.
 */
import { asOfQueryString } from './as-of-query';
import { exportMeta, type ExportMeta } from './export-meta';
import type { Matrix } from './matrix';
import {
	exportCell,
	exportInstrument,
	type ExportedCell,
	type ExportedInstrument
} from './matrix-export';
import { STATUSES, type Status } from './statuses';

export interface InstrumentState extends ExportedCell {
	iso3: string;
	name: string;
	iloMember: boolean;
}

export interface InstrumentDocument {
	meta: ExportMeta & { links: { self: string; matrix: string } };
	instrument: ExportedInstrument;
	/** States per status; every status is present, in the vocabulary's order. */
	counts: Record<Status, number>;
	/** States per status, by name; every status is present, in the vocabulary's order. */
	states: Record<Status, InstrumentState[]>;
}

/** The document for one instrument of a matrix (built for all states on one day). */
export function instrumentDocument(input: {
	matrix: Matrix;
	code: string;
	asOfExplicit: boolean;
	dataVersion: number;
	origin: string;
}): InstrumentDocument {
	const { matrix, code, origin } = input;
	const instrument = matrix.instruments.find((i) => i.code === code);
	if (!instrument)
		throw new Error(
			`No instrument ${code} in the matrix (it has ${matrix.instruments.map((i) => i.code).join(', ')})`
		);
	const states = Object.fromEntries(STATUSES.map((s) => [s, [] as InstrumentState[]])) as Record<
		Status,
		InstrumentState[]
	>;
	const rows = [...matrix.rows].sort((a, b) => a.country.name.localeCompare(b.country.name, 'en'));
	for (const row of rows) {
		const cell = exportCell(row.cells[code], instrument);
		states[cell.status].push({
			iso3: row.country.iso3,
			name: row.country.name,
			iloMember: row.country.iloMember,
			...cell
		});
	}
	const query = asOfQueryString({ asOf: matrix.asOf, asOfExplicit: input.asOfExplicit });
	return {
		meta: {
			...exportMeta({ ...input, asOf: matrix.asOf }),
			links: {
				self: `${origin}/api/v1/instruments/${code}.json${query}`,
				matrix: `${origin}/api/v1/matrix.json${query}`
			}
		},
		instrument: exportInstrument(instrument),
		counts: Object.fromEntries(STATUSES.map((s) => [s, states[s].length])) as Record<
			Status,
			number
		>,
		states
	};
}
