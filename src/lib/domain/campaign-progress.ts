/**
 * The campaign layer every view can show: for each state and instrument, the stage its latest
 * published campaign step reached (as of a day). Withdrawn steps never count.
 */
import { formatPartialDate, interval, type IsoDay } from './partial-date';
import {
	CAMPAIGN_STAGE_LABELS,
	type CampaignProgress,
	type CampaignStage
} from './strategy/campaign-stage';

/** A campaign step as the layer needs it. */
export interface CampaignStepFact {
	iso3: string;
	instrument: string;
	stage: CampaignStage;
	/** YYYY-MM-DD, YYYY-MM or YYYY. */
	date: string;
	/** ISO instant the step was recorded; orders steps of the same date. */
	createdAt: string;
	withdrawnAt: string | null;
	evidenceUrl: string | null;
	/** The centre (or administrator) who reported it. */
	attribution: string;
}

export function campaignKey(iso3: string, instrument: string): string {
	return `${iso3}:${instrument}`;
}

/** Later first: by the first day the date can stand for, then the last, then the time recorded. */
function isLater(a: CampaignStepFact, b: CampaignStepFact): boolean {
	const [ia, ib] = [interval(a.date), interval(b.date)];
	if (ia.earliest !== ib.earliest) return ia.earliest > ib.earliest;
	if (ia.latest !== ib.latest) return ia.latest > ib.latest;
	return a.createdAt > b.createdAt;
}

/**
 * The latest published step per state × instrument that had happened by `asOf` (a step dated 2024
 * counts from 1 Jan 2024), as CampaignProgress for the matrix, maps and prospects.
 */
export function latestCampaignProgress(
	steps: readonly CampaignStepFact[],
	asOf?: IsoDay
): CampaignProgress[] {
	const latest = new Map<string, CampaignStepFact>();
	for (const step of steps) {
		if (step.withdrawnAt) continue;
		if (asOf && interval(step.date).earliest > asOf) continue;
		const key = campaignKey(step.iso3, step.instrument);
		const held = latest.get(key);
		if (!held || isLater(step, held)) latest.set(key, step);
	}
	return [...latest.values()].map((s) => ({
		iso3: s.iso3,
		instrument: s.instrument,
		stage: s.stage,
		since: s.date,
		source: s.attribution,
		...(s.evidenceUrl ? { url: s.evidenceUrl } : {})
	}));
}

/**
 * An active campaign is one under way: it has reached a stage short of deposit and has not stalled.
 * The matrix and maps mark these; a stalled campaign is shown as stalled, not as active.
 */
export function isActiveCampaign(progress: Pick<CampaignProgress, 'stage'>): boolean {
	return progress.stage !== 'stalled' && progress.stage !== 'instrument_deposited';
}

/** Progress by campaignKey(iso3, instrument), for views that look up one cell at a time. */
export function indexCampaignProgress(
	progress: readonly CampaignProgress[]
): Map<string, CampaignProgress> {
	return new Map(progress.map((p) => [campaignKey(p.iso3, p.instrument), p]));
}

/** What the matrix and maps print for one state × instrument: small enough for ~1,000 cells. */
export interface CampaignMarker {
	stage: CampaignStage;
	/** True for an active campaign (see isActiveCampaign); a stalled or completed one is shown too. */
	active: boolean;
	/** "Active campaign: Approved by cabinet (May 2024), reported by GEFONT". */
	text: string;
}

/** The marker for a cell, or null where no campaign is recorded. */
export function campaignMarker(
	progress: CampaignProgress | null | undefined
): CampaignMarker | null {
	if (!progress) return null;
	const active = isActiveCampaign(progress);
	const since = progress.since ? ` (${formatPartialDate(progress.since)})` : '';
	const what =
		progress.stage === 'stalled'
			? `Campaign stalled${since}`
			: `${active ? 'Active campaign' : 'Campaign'}: ${CAMPAIGN_STAGE_LABELS[progress.stage]}${since}`;
	return { stage: progress.stage, active, text: `${what}, reported by ${progress.source}` };
}
