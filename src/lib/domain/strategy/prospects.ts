/**
 * Prospects of ratification for one state and one instrument: the plan's "countries which appear
 * to offer the best prospects for ratification". The answer is a band with its reasons; points
 * only order rows within a band and are never shown alone.
 */
import type { MatrixRow } from '../matrix';
import { formatPartialDate, interval, type IsoDay } from '../partial-date';
import type { DerivedStatus } from '../ratification-status';
import { CAMPAIGN_STAGE_LABELS, type CampaignProgress } from './campaign-stage';
import { peerReasons } from './group-peers';
import { STRATEGY_RULES, type StrategyRules } from './importance-rules';
import { itucReasons, type ItucFact } from './ituc-facts';
import { SOURCES, type ProspectReason } from './reason';
import {
	RELATED_INSTRUMENTS,
	relatedInstruments,
	type InstrumentFamily
} from './related-instruments';

export const PROSPECT_BANDS = ['high', 'medium', 'low', 'needs_data', 'not_a_target'] as const;
export type ProspectBand = (typeof PROSPECT_BANDS)[number];
/** The bands of a state that is a target: its status is known and it is not bound. */
export type TargetBand = Extract<ProspectBand, 'high' | 'medium' | 'low'>;

export const PROSPECT_BAND_LABELS: Record<ProspectBand, string> = {
	high: 'High prospects',
	medium: 'Medium prospects',
	low: 'Low prospects',
	needs_data: 'Needs data',
	not_a_target: 'Already ratified'
};

export interface ProspectsQuestion {
	instrument: string;
	/** The state's matrix row: its status for this and related instruments, and its groups. */
	row: MatrixRow;
	/** Every state's row, to find the group peers (not filtered by the view). */
	rows: readonly MatrixRow[];
	/** The day statuses are derived for: later ITUC editions and campaign steps are not counted. */
	asOf: IsoDay;
	/** ITUC facts; those about other states are ignored. */
	itucFacts?: readonly ItucFact[];
	/** The campaign record for this state and instrument, or null where we hold none. */
	campaign?: CampaignProgress | null;
	families?: readonly InstrumentFamily[];
}

export interface Prospects {
	instrument: string;
	band: ProspectBand;
	/** For ordering within a band; null where the state is no target (bound, or status unknown). */
	points: number | null;
	reasons: ProspectReason[];
	/** Where the status is unknown: the band the evidence would give if the state has not ratified. */
	bandIfNotRatified: TargetBand | null;
}

function statusReason(status: DerivedStatus, prefix: string): ProspectReason {
	const url = status.event?.sourceUrl ?? status.statement?.sourceUrl;
	return {
		text: `${prefix}. ${status.reason}`,
		...SOURCES.ratifications,
		...(url ? { url } : {}),
		points: 0
	};
}

function since(status: DerivedStatus): string {
	return status.since ? ` since ${formatPartialDate(status.since)}` : '';
}

function signatureReason(status: DerivedStatus, instrument: string, rules: StrategyRules) {
	return {
		text: `Signed ${instrument}${status.since ? ` on ${formatPartialDate(status.since)}` : ''} but not yet a party: signature is the step before ratification`,
		...SOURCES.ratifications,
		...(status.event ? { url: status.event.sourceUrl } : {}),
		points: rules.prospects.signature
	};
}

function relatedReasons(
	q: ProspectsQuestion,
	families: readonly InstrumentFamily[],
	rules: StrategyRules
): ProspectReason[] {
	const reasons: ProspectReason[] = [];
	for (const code of relatedInstruments(q.instrument, families)) {
		const cell = q.row.cells[code];
		if (!cell) continue;
		const url = cell.event ? { url: cell.event.sourceUrl } : {};
		const base = { ...SOURCES.ratifications, ...url };
		if (cell.status === 'in_force' || cell.status === 'ratified_not_in_force')
			reasons.push({
				text: `Already bound by the related ${code} (${cell.status === 'in_force' ? 'in force' : 'ratified, not yet in force'}${since(cell)})`,
				...base,
				points: rules.prospects.relatedBound
			});
		else if (cell.status === 'signed')
			reasons.push({
				text: `Signed the related ${code}${since(cell)}, not yet a party`,
				...base,
				points: rules.prospects.relatedSigned
			});
		else if (cell.status === 'denounced')
			reasons.push({ text: `Denounced the related ${code}${since(cell)}`, ...base, points: 0 });
	}
	return reasons;
}

function campaignReason(q: ProspectsQuestion, rules: StrategyRules): ProspectReason {
	const c = q.campaign;
	const known =
		c &&
		c.iso3 === q.row.country.iso3 &&
		c.instrument === q.instrument &&
		(!c.since || interval(c.since).earliest <= q.asOf);
	if (!known) return { text: 'No campaign data', ...SOURCES.campaigns, points: 0 };
	return {
		text: `Campaign stage: ${CAMPAIGN_STAGE_LABELS[c.stage]}${c.since ? ` (${formatPartialDate(c.since)})` : ''}, reported by ${c.source}`,
		source: SOURCES.campaigns.source,
		...(c.url ? { url: c.url } : {}),
		points: rules.prospects.campaignStage[c.stage]
	};
}

/** The band for a number of points. */
export function bandFor(points: number, rules: StrategyRules = STRATEGY_RULES): TargetBand {
	const { high, medium } = rules.prospects.bands;
	return points >= high ? 'high' : points >= medium ? 'medium' : 'low';
}

/** Judge the prospects of ratification for one state and one instrument. */
export function assessProspects(
	q: ProspectsQuestion,
	rules: StrategyRules = STRATEGY_RULES
): Prospects {
	const { instrument } = q;
	const status = q.row.cells[instrument];
	if (!status)
		throw new Error(
			`No ${instrument} status in the row of ${q.row.country.iso3}: the matrix must include the instrument asked about`
		);
	const result = (
		band: ProspectBand,
		reasons: ProspectReason[],
		points: number | null,
		ifNot: TargetBand | null = null
	): Prospects => ({ instrument, band, points, reasons, bandIfNotRatified: ifNot });

	if (status.status === 'in_force' || status.status === 'ratified_not_in_force')
		return result('not_a_target', [statusReason(status, 'Already ratified')], null);

	const evidence: ProspectReason[] = [
		...(status.status === 'signed' ? [signatureReason(status, instrument, rules)] : []),
		...relatedReasons(q, q.families ?? RELATED_INSTRUMENTS, rules),
		...peerReasons(q.row, q.rows, instrument, rules),
		campaignReason(q, rules),
		...itucReasons(q.itucFacts ?? [], q.row.country.iso3, Number(q.asOf.slice(0, 4)), rules)
	];
	const points = evidence.reduce((sum, r) => sum + r.points, 0);

	if (status.status === 'unknown')
		return result(
			'needs_data',
			[statusReason(status, 'Needs data'), ...evidence],
			null,
			bandFor(points, rules)
		);
	if (status.status === 'denounced')
		// A state that has left a convention is not expected back soon, whatever else we hold.
		return result('low', [statusReason(status, 'Denounced'), ...evidence], points);
	if (status.status === 'signed') return result(bandFor(points, rules), evidence, points);
	return result(
		bandFor(points, rules),
		[statusReason(status, 'Not ratified'), ...evidence],
		points
	);
}
