/**
 * The form a national centre records a campaign step with (and edits or withdraws its own steps):
 * a stage from the fixed pipeline, when it happened, a short text, and the evidence.
 */
import * as v from 'valibot';
import { todayIso, type DatePrecision, type IsoDay } from '../partial-date';
import {
	CAMPAIGN_STAGE_LABELS,
	CAMPAIGN_STAGES,
	type CampaignStage
} from '../strategy/campaign-stage';
import {
	choice,
	optionalHttpUrl,
	optionalTextOrNull,
	recordId,
	recordVersion,
	requiredPartialDate,
	requiredText
} from './form-fields';
import { formValues, issuesByField, type FormResult } from './form-result';

export const STEP_TEXT_MAX = 500;
export const STALLED_REASON_MAX = 500;

/** The form's fields, in the order the page shows them. */
export const CAMPAIGN_STEP_FIELDS = [
	'instrument',
	'stage',
	'date',
	'text',
	'stalledReason',
	'evidenceUrl'
] as const;

export interface CampaignStepInput {
	instrument: string;
	stage: CampaignStage;
	date: string;
	precision: Exclude<DatePrecision, 'unknown'>;
	text: string;
	/** Only for stage `stalled`; null otherwise. */
	stalledReason: string | null;
	evidenceUrl: string | null;
}

/** An edit names the step and the version the editor opened. */
export interface CampaignStepEdit extends CampaignStepInput {
	id: number;
	version: number;
}

export interface CampaignStepFormOptions {
	/** Instrument codes a step may be about (the instruments table). */
	instruments: readonly string[];
	today?: IsoDay;
}

function stepSchema(options: CampaignStepFormOptions) {
	const today = options.today ?? todayIso();
	return v.object({
		instrument: choice('instrument', options.instruments),
		stage: choice('stage', CAMPAIGN_STAGES, CAMPAIGN_STAGE_LABELS),
		date: requiredPartialDate('the date', 'the step happened', today),
		text: requiredText('the description', STEP_TEXT_MAX, 'what happened'),
		stalledReason: optionalTextOrNull('the reason it stalled', STALLED_REASON_MAX),
		evidenceUrl: optionalHttpUrl('the evidence link')
	});
}

function parse(
	formData: FormData,
	options: CampaignStepFormOptions,
	edit: boolean
): FormResult<CampaignStepInput & { id?: number; version?: number }> {
	const fields = edit ? [...CAMPAIGN_STEP_FIELDS, 'id', 'version'] : CAMPAIGN_STEP_FIELDS;
	const values = formValues(formData, fields);
	const schema = edit
		? v.object({ ...stepSchema(options).entries, id: recordId('step'), version: recordVersion })
		: stepSchema(options);
	const result = v.safeParse(schema, values);
	const errors = result.success ? {} : issuesByField(result.issues);
	// A stalled campaign needs its reason: the obstacle is what other centres can help with.
	if (values.stage.trim() === 'stalled' && values.stalledReason.trim() === '')
		errors.stalledReason ??=
			'The reason it stalled is empty: a step at stage “Stalled” needs the reason, in 1 to 500 characters.';
	if (!result.success || Object.keys(errors).length) return { ok: false, errors, values };
	const { date, ...rest } = result.output;
	return {
		ok: true,
		value: {
			...rest,
			date: date.date,
			precision: date.precision,
			stalledReason: rest.stage === 'stalled' ? rest.stalledReason : null
		}
	};
}

/** A new step, as the campaign workspace posts it. */
export function parseCampaignStepForm(
	formData: FormData,
	options: CampaignStepFormOptions
): FormResult<CampaignStepInput> {
	return parse(formData, options, false);
}

/** An edit of a step: the same fields, plus the step's id and the version the editor opened. */
export function parseCampaignStepEditForm(
	formData: FormData,
	options: CampaignStepFormOptions
): FormResult<CampaignStepEdit> {
	return parse(formData, options, true) as FormResult<CampaignStepEdit>;
}

/** Withdrawing a step names it and the version the editor saw. */
export function parseStepWithdrawalForm(
	formData: FormData
): FormResult<{ id: number; version: number }> {
	const values = formValues(formData, ['id', 'version']);
	const result = v.safeParse(v.object({ id: recordId('step'), version: recordVersion }), values);
	if (!result.success) return { ok: false, errors: issuesByField(result.issues), values };
	return { ok: true, value: result.output };
}
