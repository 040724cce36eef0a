/**
 * One state's corridors as exported (JSON API): each corridor with the people on it, the shares of
 * both ends, the instrument's status at both ends, whether it is a solidarity opportunity and why,
 * the union agreements on it as their source states them, and the partner's prospects, every
 * reason with its source.
 */
import { corridorQueryString, type CorridorQuery } from './corridor-query';
import { exportMeta, type ExportMeta } from './export-meta';
import type { Matrix } from './matrix';
import {
	exportCell,
	exportInstrument,
	type ExportedCell,
	type ExportedInstrument
} from './matrix-export';
import type { Status } from './statuses';
import type { CorridorRow, CorridorSection, CorridorSections } from './strategy/corridor-sections';
import type { SolidarityKind, UnionAgreement } from './strategy/corridors';
import type { MigrationSide } from './strategy/migration-side';
import { PROSPECT_BAND_LABELS, type ProspectBand, type TargetBand } from './strategy/prospects';
import {
	exportReason,
	type ExportedImportanceReason,
	type ExportedProspectReason,
	type ExportedReason
} from './strategy-export';
import type { Country } from './tracker-data';

export const SOLIDARITY_KIND_LABELS: Record<SolidarityKind, string> = {
	one_end_bound: 'Solidarity opportunity: one end is bound, the other is not',
	large_flow_neither_bound: 'Solidarity opportunity: a large corridor, neither end bound'
};

/** A union agreement exactly as its source states it. */
export interface AgreementRecordLike extends UnionAgreement {
	originParty: string;
	destinationParty: string;
	kind: string;
	sourceTitle: string;
	sourceQuote: string;
}

export interface ExportedAgreement {
	originIso3: string;
	originParty: string;
	destinationIso3: string;
	destinationParty: string;
	signedOn: string;
	place: string;
	kind: string;
	sourceTitle: string;
	sourceQuote: string;
}

export function exportAgreement(a: AgreementRecordLike): ExportedAgreement {
	return {
		originIso3: a.originIso3,
		originParty: a.originParty,
		destinationIso3: a.destinationIso3,
		destinationParty: a.destinationParty,
		signedOn: a.signedOn,
		place: a.place,
		kind: a.kind,
		sourceTitle: a.sourceTitle,
		sourceQuote: a.sourceQuote
	};
}

export interface ExportedCorridorEnd {
	iso3: string;
	name: string;
	/** Null for a territory outside the ILO and the UN: it has no status. */
	status: Status | null;
	statusReason: string | null;
}

export interface ExportedCorridor {
	/** Rank among all the state's corridors at this side, largest first (1 = largest). */
	rank: number;
	partner: { iso3: string; name: string; listed: boolean };
	originIso3: string;
	destinationIso3: string;
	year: number;
	migrants: number;
	pctOfOriginEmigrants: number | null;
	pctOfDestinationImmigrants: number | null;
	origin: ExportedCorridorEnd;
	destination: ExportedCorridorEnd;
	/** Null where the corridor is no solidarity opportunity or an end's status is unknown. */
	opportunity: SolidarityKind | null;
	opportunityLabel: string | null;
	reasons: ExportedReason[];
	agreements: ExportedAgreement[];
	partnerProspects: {
		band: ProspectBand;
		bandLabel: string;
		bandIfNotRatified: TargetBand | null;
		reasons: ExportedProspectReason[];
	} | null;
	/** True when shown only because unions on it signed an agreement (beyond the limit). */
	beyondLimit: boolean;
}

export interface ExportedCorridorSection {
	/** The state's side: 'origin' lists its destinations, 'destination' its origins. */
	side: MigrationSide;
	strategic: boolean;
	importanceReasons: ExportedImportanceReason[];
	corridorCount: number;
	migrants: number;
	matchingCount: number;
	corridors: ExportedCorridor[];
}

function corridorEnd(
	iso3: string,
	names: Readonly<Record<string, string>>,
	row: CorridorRow<AgreementRecordLike>,
	which: 'origin' | 'destination'
): ExportedCorridorEnd {
	const end = row.fact?.[which];
	const status = end?.status as { status: Status; reason?: string } | undefined;
	return {
		iso3,
		name: end?.name ?? names[iso3] ?? iso3,
		status: status?.status ?? null,
		statusReason: status?.reason ?? null
	};
}

export function exportCorridor(
	row: CorridorRow<AgreementRecordLike>,
	names: Readonly<Record<string, string>>
): ExportedCorridor {
	const c = row.corridor;
	const p = row.partnerProspects;
	return {
		rank: row.rank,
		partner: row.partner,
		originIso3: c.originIso3,
		destinationIso3: c.destinationIso3,
		year: c.year,
		migrants: c.migrants,
		pctOfOriginEmigrants: c.pctOfOriginEmigrants,
		pctOfDestinationImmigrants: c.pctOfDestinationImmigrants,
		origin: corridorEnd(c.originIso3, names, row, 'origin'),
		destination: corridorEnd(c.destinationIso3, names, row, 'destination'),
		opportunity: row.fact?.opportunity ?? null,
		opportunityLabel: row.fact?.opportunity ? SOLIDARITY_KIND_LABELS[row.fact.opportunity] : null,
		reasons: (row.fact?.reasons ?? []).map(exportReason),
		agreements: row.agreements.map(exportAgreement),
		partnerProspects: p
			? {
					band: p.band,
					bandLabel: PROSPECT_BAND_LABELS[p.band],
					bandIfNotRatified: p.bandIfNotRatified,
					reasons: p.reasons.map((r) => ({ ...exportReason(r), points: r.points }))
				}
			: null,
		beyondLimit: row.beyondLimit
	};
}

export function exportCorridorSection(
	section: CorridorSection<AgreementRecordLike>,
	names: Readonly<Record<string, string>>
): ExportedCorridorSection {
	return {
		side: section.side,
		strategic: section.importance.strategic,
		importanceReasons: section.importance.reasons.map((r) => ({
			...exportReason(r),
			counts: r.counts
		})),
		corridorCount: section.corridorCount,
		migrants: section.migrants,
		matchingCount: section.matchingCount,
		corridors: section.rows.map((r) => exportCorridor(r, names))
	};
}

export const CORRIDOR_NOTES = [
	'Corridors are stocks from the UN DESA International Migrant Stock 2020 bilateral matrix, an earlier revision than the 2024 stocks used for importance; the two do not add up.',
	"Figures for the GCC states rest on citizenship data and fall below origin governments' counts of contract workers (Nepal → Qatar: 253,940 in UN DESA 2020).",
	'Shares: pctOfOriginEmigrants is computed from the matrix row sums; pctOfDestinationImmigrants against the official IMS 2020 destination total.',
	'A corridor with a union agreement is listed even beyond the limit (beyondLimit: true).',
	'status unknown means our legal data does not decide the day; it never means "not ratified".'
];

export interface CorridorDocument {
	meta: ExportMeta & {
		country: { iso3: string; name: string };
		query: { instrument: string; group: string | null; limit: number | null };
		queryString: string;
		instrument: ExportedInstrument;
		/** Why these sides: strategic at them, or (strategic at neither) the larger side. */
		basis: CorridorSections['basis'];
		solidarityKinds: { code: SolidarityKind; label: string }[];
		notes: string[];
		links: { page: string; json: string; country: string };
	};
	/** The state's own status for the instrument. */
	status: ExportedCell;
	sections: ExportedCorridorSection[];
	/** Every agreement with unions of the state at either end. */
	agreements: ExportedAgreement[];
}

export function corridorDocument(input: {
	country: Country;
	instrument: Matrix['instruments'][number];
	status: Parameters<typeof exportCell>[0];
	sections: CorridorSections<AgreementRecordLike>;
	agreements: readonly AgreementRecordLike[];
	names: Readonly<Record<string, string>>;
	query: CorridorQuery;
	dataVersion: number;
	origin: string;
}): CorridorDocument {
	const { query, origin, country } = input;
	const queryString = corridorQueryString(query);
	return {
		meta: {
			...exportMeta({
				asOf: query.asOf,
				asOfExplicit: query.asOfExplicit,
				dataVersion: input.dataVersion,
				origin
			}),
			country: { iso3: country.iso3, name: country.name },
			query: { instrument: query.instrument, group: query.group, limit: query.limit },
			queryString,
			instrument: exportInstrument(input.instrument),
			basis: input.sections.basis,
			solidarityKinds: (Object.keys(SOLIDARITY_KIND_LABELS) as SolidarityKind[]).map((code) => ({
				code,
				label: SOLIDARITY_KIND_LABELS[code]
			})),
			notes: CORRIDOR_NOTES,
			links: {
				page: `${origin}/corridors/${country.iso3}${queryString}`,
				json: `${origin}/api/v1/corridors/${country.iso3}.json${queryString}`,
				country: `${origin}/countries/${country.iso3}${query.asOfExplicit ? `?as_of=${query.asOf}` : ''}`
			}
		},
		status: exportCell(input.status, input.instrument),
		sections: input.sections.sections.map((s) => exportCorridorSection(s, input.names)),
		agreements: input.agreements.map(exportAgreement)
	};
}
