/**
 * How far a national ratification campaign has got. The closed vocabulary of campaign stages: the
 * database stores these values (schema enums import the list from here).
 */

/** In pipeline order; `stalled` stands outside the order (a campaign can stall at any stage). */
export const CAMPAIGN_STAGES = [
	'campaign_launched',
	'government_engaged',
	'ministry_study',
	'cabinet_approved',
	'submitted_to_parliament',
	'parliament_approved',
	'instrument_deposited',
	'stalled'
] as const;
export type CampaignStage = (typeof CAMPAIGN_STAGES)[number];

export const CAMPAIGN_STAGE_LABELS: Record<CampaignStage, string> = {
	campaign_launched: 'Campaign launched',
	government_engaged: 'Government engaged',
	ministry_study: 'Ministry studying ratification',
	cabinet_approved: 'Approved by cabinet',
	submitted_to_parliament: 'Submitted to parliament',
	parliament_approved: 'Approved by parliament',
	instrument_deposited: 'Instrument of ratification deposited',
	stalled: 'Stalled'
};

/** What a campaign record says about one state and one instrument. */
export interface CampaignProgress {
	iso3: string;
	instrument: string;
	stage: CampaignStage;
	/** When the stage was reached (YYYY-MM-DD, YYYY-MM or YYYY), when known. */
	since: string | null;
	/** Who reported it (a union centre, a campaign log, a press item). */
	source: string;
	url?: string;
}

export function isCampaignStage(value: string): value is CampaignStage {
	return (CAMPAIGN_STAGES as readonly string[]).includes(value);
}
