/**
 * The matrix as exported (CSV, JSON API): each derived status flattened into one cell that carries
 * what decided it and where that was read, so a downloaded file stands on its own.
 */
import type { Coverage } from './coverage';
import { exportMeta, type ExportMeta } from './export-meta';
import type { Matrix, MatrixRow } from './matrix';
import { matrixQueryString, type MatrixQuery } from './matrix-query';
import type { DatePrecision, IsoDay } from './partial-date';
import type { Confidence, EventKind, InstrumentBody, ScopeKind } from './ratification-event';
import type { DerivedStatus } from './ratification-status';
import { STATUSES, STATUS_DESCRIPTIONS, STATUS_LABELS, type Status } from './statuses';
import type { Instrument } from './tracker-data';

/**
 * What decides a cell: a dated event, a sourced "not ratified" statement, our coverage of the official
 * count being complete (so a state with no record has not ratified), or nothing we hold.
 */
export type CellBasis = 'event' | 'statement' | 'coverage' | 'none';

export interface ExportedCell {
	status: Status;
	basis: CellBasis;
	/** The deciding event's date as its source gives it (YYYY-MM-DD, YYYY-MM or YYYY). */
	date: string | null;
	precision: DatePrecision | null;
	event: EventKind | null;
	/** When the status began, where an event decides it (e.g. entry into force 12 months after an ILO ratification). */
	since: string | null;
	sourceUrl: string | null;
	sourceTitle: string | null;
	confidence: Confidence | null;
	confidenceReason: string | null;
	/** A source's limit on what the deciding ratification binds (SCOPE_KINDS), and the limit in words. */
	scopeKind: ScopeKind | null;
	scope: string | null;
	/** For not_ratified: the day our knowledge dates from. */
	knownAsOf: IsoDay | null;
	/** The sourced statement deciding a not_ratified status, and the date it speaks for. */
	statement: string | null;
	statementAsOf: string | null;
	/** One sentence saying why, in campaign terms. */
	reason: string;
}

export interface ExportedRow {
	iso3: string;
	name: string;
	iloMember: boolean;
	unMember: boolean | null;
	/** Groups the state belongs to now (member, associate or suspended). */
	groups: string[];
	/** Keyed by instrument code, in the instruments' order. */
	cells: Record<string, ExportedCell>;
}

export interface ExportedCoverage {
	/** States with a sourced binding event. */
	sourcedStates: number;
	officialCount: number;
	officialCountKind: string;
	/** Earliest date the official count can be of (partial date), or null when its source gives none. */
	officialCountAsOf: string | null;
	officialCountSource: string;
	/** True when every official ratification is sourced: a state with no record has not ratified. */
	complete: boolean;
	/** sourcedStates / officialCount, 0–1. */
	share: number;
}

export interface ExportedInstrument {
	code: string;
	body: InstrumentBody;
	title: string;
	shortTitle: string;
	adoptedYear: number;
	officialStatusUrl: string | null;
	coverage: ExportedCoverage;
}

type CoveredInstrument = Instrument & { coverage: Coverage };

export function exportCell(
	cell: DerivedStatus,
	instrument: Pick<Instrument, 'officialStatusUrl' | 'officialCountSource'>
): ExportedCell {
	const { event, statement } = cell;
	const basis: CellBasis = event
		? 'event'
		: statement
			? 'statement'
			: cell.status === 'not_ratified'
				? 'coverage'
				: 'none';
	return {
		status: cell.status,
		basis,
		date: event?.date ?? null,
		precision: event?.precision ?? null,
		event: event?.kind ?? null,
		since: cell.since,
		// Complete coverage rests on the official list of ratifications: point at it.
		sourceUrl:
			event?.sourceUrl ??
			statement?.sourceUrl ??
			(basis === 'coverage' ? instrument.officialStatusUrl : null),
		sourceTitle:
			event?.sourceTitle ?? (basis === 'coverage' ? instrument.officialCountSource : null),
		confidence: event?.confidence ?? null,
		confidenceReason: event?.confidenceReason ?? null,
		scopeKind: event?.scopeKind ?? null,
		scope: event?.scope ?? null,
		knownAsOf: cell.knownAsOf,
		statement: statement?.statement ?? null,
		statementAsOf: statement?.asOf ?? null,
		reason: cell.reason
	};
}

export function exportRow(row: MatrixRow, instruments: readonly CoveredInstrument[]): ExportedRow {
	const cells: Record<string, ExportedCell> = {};
	for (const instrument of instruments)
		cells[instrument.code] = exportCell(row.cells[instrument.code], instrument);
	return {
		iso3: row.country.iso3,
		name: row.country.name,
		iloMember: row.country.iloMember,
		unMember: row.country.unMember,
		groups: row.groups,
		cells
	};
}

export function exportInstrument(instrument: CoveredInstrument): ExportedInstrument {
	const { coverage } = instrument;
	return {
		code: instrument.code,
		body: instrument.body,
		title: instrument.title,
		shortTitle: instrument.shortTitle,
		adoptedYear: instrument.adoptedYear,
		officialStatusUrl: instrument.officialStatusUrl,
		coverage: {
			sourcedStates: coverage.sourcedStates,
			officialCount: coverage.officialCount,
			officialCountKind: instrument.officialCountKind,
			officialCountAsOf: coverage.officialCountAsOf,
			officialCountSource: instrument.officialCountSource,
			complete: coverage.complete,
			share: coverage.share
		}
	};
}

/** The status vocabulary with its labels, so a reader of the JSON need not look it up. */
export function exportStatuses() {
	return STATUSES.map((code) => ({
		code,
		label: STATUS_LABELS[code],
		description: STATUS_DESCRIPTIONS[code]
	}));
}

export interface MatrixDocument {
	meta: ExportMeta & {
		/** The filters and sort applied, as parsed (defaults filled in). */
		query: Omit<MatrixQuery, 'asOf' | 'asOfExplicit'>;
		/** The same query as a canonical query string ('' when nothing is set). */
		queryString: string;
		/** Rows in this answer, after filtering. */
		shown: number;
		/** States before filtering. */
		total: number;
		instruments: ExportedInstrument[];
		statuses: ReturnType<typeof exportStatuses>;
		links: { page: string; csv: string; json: string };
	};
	rows: ExportedRow[];
}

export function matrixDocument(input: {
	matrix: Matrix;
	rows: readonly MatrixRow[];
	query: MatrixQuery;
	total: number;
	dataVersion: number;
	origin: string;
}): MatrixDocument {
	const { matrix, query, origin } = input;
	const { asOf, asOfExplicit, ...filters } = query;
	const queryString = matrixQueryString(query);
	return {
		meta: {
			...exportMeta({ asOf, asOfExplicit, dataVersion: input.dataVersion, origin }),
			query: filters,
			queryString,
			shown: input.rows.length,
			total: input.total,
			instruments: matrix.instruments.map(exportInstrument),
			statuses: exportStatuses(),
			links: {
				page: `${origin}/matrix${queryString}`,
				csv: `${origin}/data/matrix.csv${queryString}`,
				json: `${origin}/api/v1/matrix.json${queryString}`
			}
		},
		rows: input.rows.map((row) => exportRow(row, matrix.instruments))
	};
}
