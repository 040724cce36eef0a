/**
 * The download set described as a Frictionless Data Package (datapackage.json, specs.frictionlessdata.io):
 * each CSV with its columns, and beside them what a CSV cannot carry: how much of each instrument's
 * official count we hold and the date of that count, so "not ratified" in a cell can be read right.
 * Linked from every CSV answer (`Link: …; rel="describedby"`) and from the pages that offer a CSV.
 */
import { coverageSentence, type Coverage } from './coverage';
import { formatPartialDate } from './partial-date';
import { matrixCsvHeader } from './matrix-csv';
import { STRATEGY_CSV_COLUMNS } from './strategy-export';
import type { Instrument } from './tracker-data';

export const DATAPACKAGE_PATH = '/data/datapackage.json';

export interface InstrumentCoverageMeta {
	code: string;
	title: string;
	officialCount: number;
	officialCountKind: string;
	/** Partial date the count is of (at the earliest), or null when its source gives none. */
	officialCountAsOf: string | null;
	officialCountSource: string;
	/** States we hold as bound by the count's date. */
	held: number;
	complete: boolean;
	/** The same in one sentence, as the maps and pages say it. */
	coverage: string;
	enteredIntoForce: string | null;
	laterPartyRule: string;
}

export interface DataPackage {
	profile: 'data-package';
	name: string;
	title: string;
	description: string;
	version: string;
	homepage: string;
	sources: { title: string; path: string }[];
	coverage: InstrumentCoverageMeta[];
	resources: {
		name: string;
		path: string;
		format: 'csv';
		mediatype: 'text/csv';
		encoding: 'utf-8';
		description: string;
		schema: { fields: { name: string; type: 'string' | 'integer' | 'number' }[] };
	}[];
}

const INTEGER_COLUMNS = new Set(['rank']);
const field = (name: string) => ({
	name,
	type: INTEGER_COLUMNS.has(name) ? ('integer' as const) : ('string' as const)
});

export function dataPackage(input: {
	origin: string;
	dataVersion: number;
	instruments: readonly (Instrument & { coverage: Coverage })[];
}): DataPackage {
	const { origin, instruments } = input;
	const codes = instruments.map((i) => i.code);
	return {
		profile: 'data-package',
		name: 'ratification-campaign-tracker',
		title: 'Ratification campaign tracker: country × instrument matrix and strategy',
		description:
			'Statuses are derived as of the day asked (as_of) from dated, sourced events. A state with no record is "unknown", not "not ratified", unless the instrument\'s coverage is complete by the date of its official count or a sourced statement says so: read `coverage` before reading a "not_ratified" cell.',
		version: `data-${input.dataVersion}`,
		homepage: `${origin}/about/data`,
		sources: instruments.flatMap((i) =>
			i.officialStatusUrl
				? [{ title: `${i.code}: official status page`, path: i.officialStatusUrl }]
				: []
		),
		coverage: instruments.map((i) => ({
			code: i.code,
			title: i.title,
			officialCount: i.officialCount,
			officialCountKind: i.officialCountKind,
			officialCountAsOf: i.officialCountAsOf,
			officialCountSource: i.officialCountSource,
			held: i.coverage.sourcedStates,
			complete: i.coverage.complete,
			coverage: `${i.code}: ${coverageSentence(i.coverage, i.body)}`,
			enteredIntoForce: i.enteredIntoForce,
			laterPartyRule: i.laterPartyRule
		})),
		resources: [
			{
				name: 'matrix',
				path: `${origin}/data/matrix.csv`,
				format: 'csv',
				mediatype: 'text/csv',
				encoding: 'utf-8',
				description: `One row per state; per instrument its status as of the day asked, the deciding event, source, confidence, scope and reason. Coverage: ${instruments
					.map(
						(i) =>
							`${i.code} ${i.coverage.sourcedStates}/${i.officialCount}${i.officialCountAsOf ? ` (count of ${formatPartialDate(i.officialCountAsOf)})` : ''}`
					)
					.join('; ')}.`,
				schema: { fields: matrixCsvHeader(codes).map(field) }
			},
			{
				name: 'strategy',
				path: `${origin}/data/strategy.csv`,
				format: 'csv',
				mediatype: 'text/csv',
				encoding: 'utf-8',
				description:
					'One row per strategic state for one instrument: importance and prospects, each with its reasons and sources.',
				schema: { fields: STRATEGY_CSV_COLUMNS.map(field) }
			}
		]
	};
}
