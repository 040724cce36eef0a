import { describe, expect, it } from 'vitest';
import {
	parseCampaignStepEditForm,
	parseCampaignStepForm,
	parseStepWithdrawalForm,
	STEP_TEXT_MAX
} from '../../../src/lib/domain/forms/campaign-step-form';
import { CAMPAIGN_STAGES } from '../../../src/lib/domain/strategy/campaign-stage';
import { readSeedCsv } from '../../support/seed-rows';
import { formData } from './form-data';

const TODAY = '2026-11-23';
const instruments = readSeedCsv('instruments.csv').map((r) => r.code);
const options = { instruments, today: TODAY };
const valid = {
	instrument: 'C097',
	stage: 'ministry_study',
	date: '2024-03',
	text: 'The Ministry of Labour studies ratification',
	stalledReason: '',
	evidenceUrl: 'https://example.org/press-release'
};

describe('the campaign step form', () => {
	it('accepts a step at a stage of the pipeline, with the date as precise as it is known', () => {
		const result = parseCampaignStepForm(formData(valid), options);
		expect(result).toEqual({
			ok: true,
			value: { ...valid, precision: 'month', stage: 'ministry_study', stalledReason: null }
		});
	});

	it('accepts every stage of the fixed pipeline and nothing else', () => {
		for (const stage of CAMPAIGN_STAGES) {
			const result = parseCampaignStepForm(
				formData({ ...valid, stage, stalledReason: 'Elections' }),
				options
			);
			expect(result.ok).toBe(true);
		}
		const result = parseCampaignStepForm(formData({ ...valid, stage: 'signed' }), options);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.stage).toContain('“signed”');
		expect(result.errors.stage).toContain('Campaign launched');
	});

	it('needs the reason when the campaign stalled, and drops a reason given for another stage', () => {
		const stalled = parseCampaignStepForm(formData({ ...valid, stage: 'stalled' }), options);
		expect(stalled.ok).toBe(false);
		if (!stalled.ok) expect(stalled.errors.stalledReason).toMatch(/reason.*empty/i);
		const other = parseCampaignStepForm(formData({ ...valid, stalledReason: 'stray' }), options);
		expect(other.ok && other.value.stalledReason).toBeNull();
	});

	it('reads a day, a month or a year, and refuses other forms saying what it accepts', () => {
		for (const [date, precision] of [
			['2024-03-08', 'day'],
			['2024-03', 'month'],
			['2024', 'year']
		] as const) {
			const result = parseCampaignStepForm(formData({ ...valid, date }), options);
			expect(result.ok && result.value.precision).toBe(precision);
		}
		for (const date of ['08/03/2024', '2023-02-29', '2024-13', 'soon']) {
			const result = parseCampaignStepForm(formData({ ...valid, date }), options);
			expect(result.ok).toBe(false);
			if (result.ok) continue;
			expect(result.errors.date).toContain(`“${date}”`);
			expect(result.errors.date).toContain('YYYY-MM-DD, YYYY-MM or YYYY');
		}
	});

	it('refuses a date in the future, naming today', () => {
		const nextMonth = '2026-12';
		const result = parseCampaignStepForm(formData({ ...valid, date: nextMonth }), options);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.errors.date).toMatch(new RegExp(`“${nextMonth}”.*future.*${TODAY}`));
		// The current year may already have happened.
		expect(parseCampaignStepForm(formData({ ...valid, date: TODAY.slice(0, 4) }), options).ok).toBe(
			true
		);
	});

	it(`keeps the text between 1 and ${STEP_TEXT_MAX} characters`, () => {
		const empty = parseCampaignStepForm(formData({ ...valid, text: '   ' }), options);
		expect(!empty.ok && empty.errors.text).toMatch(/empty/);
		const long = 'x'.repeat(STEP_TEXT_MAX + 1);
		const tooLong = parseCampaignStepForm(formData({ ...valid, text: long }), options);
		expect(!tooLong.ok && tooLong.errors.text).toContain(`${long.length} characters`);
		const exact = parseCampaignStepForm(
			formData({ ...valid, text: 'x'.repeat(STEP_TEXT_MAX) }),
			options
		);
		expect(exact.ok).toBe(true);
	});

	it('takes an evidence link only if it is an http or https address', () => {
		const none = parseCampaignStepForm(formData({ ...valid, evidenceUrl: '' }), options);
		expect(none.ok && none.value.evidenceUrl).toBeNull();
		for (const url of [
			'javascript:alert(1)',
			'data:text/html,<script>',
			'ftp://example.org',
			'example.org',
			'https://'
		]) {
			const result = parseCampaignStepForm(formData({ ...valid, evidenceUrl: url }), options);
			expect(result.ok, url).toBe(false);
			if (!result.ok) expect(result.errors.evidenceUrl).toMatch(/http:\/\/ or https:\/\//);
		}
	});

	it('refuses an instrument the tracker does not follow, listing the ones it does', () => {
		const result = parseCampaignStepForm(formData({ ...valid, instrument: 'C999' }), options);
		expect(!result.ok && result.errors.instrument).toContain(instruments.join(', '));
	});

	it('returns everything typed when refused, so the page can refill the form', () => {
		const typed = { ...valid, date: 'next spring', text: '<b>kept</b>' };
		const result = parseCampaignStepForm(formData(typed), options);
		expect(result).toMatchObject({ ok: false, values: typed });
	});

	it('an edit names the step and the version it was opened at', () => {
		const edit = parseCampaignStepEditForm(formData({ ...valid, id: '7', version: '3' }), options);
		expect(edit).toMatchObject({ ok: true, value: { id: 7, version: 3 } });
		const noVersion = parseCampaignStepEditForm(
			formData({ ...valid, id: '7', version: '' }),
			options
		);
		expect(!noVersion.ok && noVersion.errors.version).toMatch(/reload/);
		expect(parseStepWithdrawalForm(formData({ id: '7', version: '2' }))).toEqual({
			ok: true,
			value: { id: 7, version: 2 }
		});
		expect(parseStepWithdrawalForm(formData({ id: '-1', version: '2' })).ok).toBe(false);
	});
});
