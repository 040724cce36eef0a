import { describe, expect, it } from 'vitest';
import {
	campaignKey,
	campaignMarker,
	indexCampaignProgress,
	isActiveCampaign,
	latestCampaignProgress,
	type CampaignStepFact
} from '../../src/lib/domain/campaign-progress';
import { CAMPAIGN_STAGES } from '../../src/lib/domain/strategy/campaign-stage';

const step = (over: Partial<CampaignStepFact>): CampaignStepFact => ({
	iso3: 'NPL',
	instrument: 'C143',
	stage: 'campaign_launched',
	date: '2023',
	createdAt: '2026-01-01T00:00:00Z',
	withdrawnAt: null,
	evidenceUrl: null,
	attribution: 'GEFONT',
	...over
});

describe('the campaign layer', () => {
	it('takes the latest dated step per state and instrument, attributed to who reported it', () => {
		const progress = latestCampaignProgress([
			step({ stage: 'campaign_launched', date: '2023', createdAt: '2026-03-01T00:00:00Z' }),
			step({
				stage: 'cabinet_approved',
				date: '2024-05',
				evidenceUrl: 'https://example.org/cabinet'
			}),
			step({ instrument: 'C097', stage: 'government_engaged', date: '2022' })
		]);
		expect(indexCampaignProgress(progress).get(campaignKey('NPL', 'C143'))).toEqual({
			iso3: 'NPL',
			instrument: 'C143',
			stage: 'cabinet_approved',
			since: '2024-05',
			source: 'GEFONT',
			url: 'https://example.org/cabinet'
		});
		expect(progress).toHaveLength(2);
	});

	it('never counts a withdrawn step', () => {
		const progress = latestCampaignProgress([
			step({ stage: 'ministry_study', date: '2024' }),
			step({ stage: 'parliament_approved', date: '2025', withdrawnAt: '2026-02-02T00:00:00Z' })
		]);
		expect(progress.map((p) => p.stage)).toEqual(['ministry_study']);
	});

	it('as of a day, counts only steps that had happened by then (a year from its first day)', () => {
		const steps = [
			step({ stage: 'ministry_study', date: '2024' }),
			step({ stage: 'cabinet_approved', date: '2025-03-10' })
		];
		expect(latestCampaignProgress(steps, '2025-03-09').map((p) => p.stage)).toEqual([
			'ministry_study'
		]);
		expect(latestCampaignProgress(steps, '2025-03-10').map((p) => p.stage)).toEqual([
			'cabinet_approved'
		]);
		expect(latestCampaignProgress(steps, '2023-12-31')).toEqual([]);
	});

	it('orders steps of the same date by when they were recorded', () => {
		const progress = latestCampaignProgress([
			step({ stage: 'stalled', date: '2024-05', createdAt: '2026-02-01T00:00:00Z' }),
			step({ stage: 'cabinet_approved', date: '2024-05', createdAt: '2026-01-01T00:00:00Z' })
		]);
		expect(progress[0].stage).toBe('stalled');
	});

	it('marks as active every stage short of deposit, except a stalled campaign', () => {
		const active = CAMPAIGN_STAGES.filter((stage) => isActiveCampaign({ stage }));
		expect(active).toEqual(
			CAMPAIGN_STAGES.filter((s) => s !== 'stalled' && s !== 'instrument_deposited')
		);
	});

	it('gives the matrix and maps a marker that says the stage in words, not by colour alone', () => {
		const [progress] = latestCampaignProgress([
			step({ stage: 'cabinet_approved', date: '2024-05' })
		]);
		expect(campaignMarker(progress)).toEqual({
			stage: 'cabinet_approved',
			active: true,
			text: 'Active campaign: Approved by cabinet (May 2024), reported by GEFONT'
		});
		expect(campaignMarker(undefined)).toBeNull();
		const [stalled] = latestCampaignProgress([step({ stage: 'stalled', date: '2025' })]);
		expect(campaignMarker(stalled)).toMatchObject({
			active: false,
			text: 'Campaign stalled (2025), reported by GEFONT'
		});
	});
});
