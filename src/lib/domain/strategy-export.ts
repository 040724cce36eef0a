/**
 * The strategy table as exported (CSV, JSON API): every row with its importance and prospects
 * reasons, each reason with its source, so a downloaded file stands on its own. The JSON keeps
 * reasons as lists; the CSV puts each list in one field, reasons separated by REASON_SEPARATOR and
 * each followed by its source in square brackets.
 */
import { exportMeta, type ExportMeta } from './export-meta';
import type { Matrix } from './matrix';
import {
	exportCell,
	exportInstrument,
	type ExportedCell,
	type ExportedInstrument
} from './matrix-export';
import type { IsoDay } from './partial-date';
import { neutraliseFormula } from './spreadsheet-formula';
import type { Importance } from './strategy/importance';
import { STRATEGY_RULES, type StrategyRules } from './strategy/importance-rules';
import { MIGRATION_SIDES, type MigrationSide } from './strategy/migration-side';
import { PROSPECT_BAND_LABELS, type ProspectBand, type TargetBand } from './strategy/prospects';
import type { ProspectReason, Reason } from './strategy/reason';
import {
	strategyQueryString,
	type StrategyQuery,
	type StrategySide
} from './strategy/strategy-query';
import type { StrategyRow } from './strategy/strategy-rows';

/** One sourced statement, as exported. */
export interface ExportedReason {
	text: string;
	source: string;
	/** The page the fact was read from, where one record decides it. */
	url: string | null;
	/** Anchor of the data set on /about/data, where there is one. */
	dataSet: string | null;
}

export interface ExportedImportanceReason extends ExportedReason {
	/** True when the reason met a criterion; false when it only informs. */
	counts: boolean;
}

export interface ExportedProspectReason extends ExportedReason {
	/** How far the reason moves the prospects (0: context only). Bands come from the sum. */
	points: number;
}

export interface ExportedImportance {
	strategic: boolean;
	reasons: ExportedImportanceReason[];
}

export interface ExportedStrategyRow {
	/** Position in the table: strategic states first, then by band, then by importance. */
	rank: number;
	iso3: string;
	name: string;
	groups: string[];
	strategic: boolean;
	/** Sides asked about at which the state is strategic. */
	strategicSides: MigrationSide[];
	/** Importance at each side asked about (the other side is absent). */
	importance: Partial<Record<MigrationSide, ExportedImportance>>;
	/** The instrument's status with what decides it, as in the matrix export. */
	status: ExportedCell;
	band: ProspectBand;
	bandLabel: string;
	/** For needs_data: the band the evidence would give if the state has not ratified. */
	bandIfNotRatified: TargetBand | null;
	prospectReasons: ExportedProspectReason[];
	/** Every source behind the row, once each. */
	sources: string[];
}

export function exportReason(reason: Reason): ExportedReason {
	return {
		text: reason.text,
		source: reason.source,
		url: reason.url ?? null,
		dataSet: reason.dataSet ?? null
	};
}

function exportImportance(importance: Importance): ExportedImportance {
	return {
		strategic: importance.strategic,
		reasons: importance.reasons.map((r) => ({ ...exportReason(r), counts: r.counts }))
	};
}

function exportProspectReason(reason: ProspectReason): ExportedProspectReason {
	return { ...exportReason(reason), points: reason.points };
}

type CoveredInstrument = Matrix['instruments'][number];

export function exportStrategyRow(
	row: StrategyRow,
	rank: number,
	instrument: CoveredInstrument
): ExportedStrategyRow {
	const importance: Partial<Record<MigrationSide, ExportedImportance>> = {};
	for (const side of MIGRATION_SIDES) {
		const i = row.importance[side];
		if (i) importance[side] = exportImportance(i);
	}
	return {
		rank,
		iso3: row.country.iso3,
		name: row.country.name,
		groups: row.groups,
		strategic: row.strategic,
		strategicSides: row.strategicSides,
		importance,
		status: exportCell(row.status, instrument),
		band: row.prospects.band,
		bandLabel: PROSPECT_BAND_LABELS[row.prospects.band],
		bandIfNotRatified: row.prospects.bandIfNotRatified,
		prospectReasons: row.prospects.reasons.map(exportProspectReason),
		sources: row.sources
	};
}

export interface StrategyDocument {
	meta: ExportMeta & {
		query: { instrument: string; side: StrategySide; group: string | null };
		queryString: string;
		instrument: ExportedInstrument;
		/** Rows in this answer. */
		shown: number;
		bands: { code: ProspectBand; label: string }[];
		/** The plan the ordering serves, quoted. */
		focus: string;
		/** Every threshold and weight the rows were judged by. */
		rules: StrategyRules;
		notes: string[];
		links: { page: string; csv: string; json: string };
	};
	rows: ExportedStrategyRow[];
}

export const STRATEGY_FOCUS =
	'"focusing those efforts on countries which appear to offer the best prospects for ratification of the Conventions and origin and destination countries of strategic importance (e.g. the EU, the Gulf…)": Global Unions strategy meeting on migration, Brussels, 24–25 September 2012, conclusions and plan for action.';

export const STRATEGY_NOTES = [
	'needs_data means our legal data does not decide the status for the day asked: it never means "not ratified". bandIfNotRatified says what the evidence would give if the state has not ratified.',
	'Bands come from the points of the prospect reasons (high from 5, medium from 2); points only order rows and are never a verdict on their own.',
	"Corridors are UN DESA 2020 (bilateral matrix) while stocks are UN DESA 2024; Gulf figures rest on citizenship data and fall below origin governments' counts of contract workers.",
	'Remittances: World Bank–KNOMAD (June 2023) in US$, WDI for the share of GDP (to 2021).'
];

export function strategyDocument(input: {
	rows: readonly StrategyRow[];
	instrument: CoveredInstrument;
	query: StrategyQuery;
	dataVersion: number;
	origin: string;
	rules?: StrategyRules;
}): StrategyDocument {
	const { query, origin, instrument } = input;
	const queryString = strategyQueryString(query);
	return {
		meta: {
			...exportMeta({
				asOf: query.asOf,
				asOfExplicit: query.asOfExplicit,
				dataVersion: input.dataVersion,
				origin
			}),
			query: { instrument: query.instrument, side: query.side, group: query.group },
			queryString,
			instrument: exportInstrument(instrument),
			shown: input.rows.length,
			bands: (Object.keys(PROSPECT_BAND_LABELS) as ProspectBand[]).map((code) => ({
				code,
				label: PROSPECT_BAND_LABELS[code]
			})),
			focus: STRATEGY_FOCUS,
			rules: input.rules ?? STRATEGY_RULES,
			notes: STRATEGY_NOTES,
			links: {
				page: `${origin}/strategy${queryString}`,
				csv: `${origin}/data/strategy.csv${queryString}`,
				json: `${origin}/api/v1/strategy.json${queryString}`
			}
		},
		rows: input.rows.map((row, i) => exportStrategyRow(row, i + 1, instrument))
	};
}

/** Between reasons in one CSV field. */
export const REASON_SEPARATOR = ' | ';
/** Between list items (groups, sides, sources, URLs) in one CSV field. */
export const LIST_SEPARATOR = '; ';

/** "2.3 M immigrants … [UN DESA International Migrant Stock 2024]" and so on, in one field. */
export function reasonsField(reasons: readonly ExportedReason[]): string {
	return reasons.map((r) => `${r.text} [${r.source}]`).join(REASON_SEPARATOR);
}

export const STRATEGY_CSV_COLUMNS = [
	'rank',
	'iso3',
	'name',
	'groups',
	'strategic_sides',
	'origin_strategic',
	'origin_reasons',
	'destination_strategic',
	'destination_reasons',
	'status',
	'status_reason',
	'status_source_url',
	'band',
	'band_label',
	'band_if_not_ratified',
	'prospect_reasons',
	'sources',
	'source_urls'
] as const;

const yesNo = (value: boolean | undefined) => (value === undefined ? '' : value ? 'yes' : 'no');

export function strategyCsvRecord(row: ExportedStrategyRow): string[] {
	const urls = [
		...new Set(
			[
				row.status.sourceUrl,
				...Object.values(row.importance).flatMap((i) => i.reasons.map((r) => r.url)),
				...row.prospectReasons.map((r) => r.url)
			].filter((u): u is string => !!u)
		)
	];
	const fields = [
		String(row.rank),
		row.iso3,
		row.name,
		row.groups.join(LIST_SEPARATOR),
		row.strategicSides.join(LIST_SEPARATOR),
		yesNo(row.importance.origin?.strategic),
		reasonsField(row.importance.origin?.reasons ?? []),
		yesNo(row.importance.destination?.strategic),
		reasonsField(row.importance.destination?.reasons ?? []),
		row.status.status,
		row.status.reason,
		row.status.sourceUrl ?? '',
		row.band,
		row.bandLabel,
		row.bandIfNotRatified ?? '',
		reasonsField(row.prospectReasons),
		row.sources.join(LIST_SEPARATOR),
		urls.join(' ')
	];
	return fields.map(neutraliseFormula);
}

export function strategyCsvRecords(rows: readonly ExportedStrategyRow[]): string[][] {
	return [[...STRATEGY_CSV_COLUMNS], ...rows.map(strategyCsvRecord)];
}

/** e.g. strategy-C097-both-2026-11-23.csv, or strategy-C097-destination-GCC-2026-11-23.csv. */
export function strategyCsvFilename(
	query: Pick<StrategyQuery, 'instrument' | 'side' | 'group'> & { asOf: IsoDay }
): string {
	const safe = (s: string) => s.replace(/[^A-Za-z0-9_-]/g, '-');
	const group = query.group ? `${safe(query.group)}-` : '';
	return `strategy-${safe(query.instrument)}-${query.side}-${group}${query.asOf}.csv`;
}
