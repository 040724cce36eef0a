/**
 * A ratification event a national centre proposes: legal status is a fact of record, so it waits
 * for an administrator's review and always carries its source.
 */
import * as v from 'valibot';
import { todayIso, type DatePrecision, type IsoDay } from '../partial-date';
import { EVENT_KIND_LABELS, EVENT_KINDS, type EventKind } from '../ratification-event';
import {
	choice,
	optionalPartialDate,
	optionalText,
	optionalTextOrNull,
	requiredHttpUrl
} from './form-fields';
import { formValues, issuesByField, type FormResult } from './form-result';

export const PROPOSAL_NOTES_MAX = 2000;
export const SOURCE_TITLE_MAX = 300;

export const PROPOSAL_FIELDS = [
	'instrument',
	'kind',
	'date',
	'sourceUrl',
	'sourceTitle',
	'notes'
] as const;

export interface ProposalInput {
	instrument: string;
	kind: EventKind;
	/** As precise as the source; null when the source gives no date. */
	date: string | null;
	precision: DatePrecision;
	notes: string;
	sourceUrl: string;
	sourceTitle: string | null;
}

export interface ProposalFormOptions {
	/** Instrument codes an event may be about (the instruments table). */
	instruments: readonly string[];
	today?: IsoDay;
}

export function parseProposalForm(
	formData: FormData,
	options: ProposalFormOptions
): FormResult<ProposalInput> {
	const today = options.today ?? todayIso();
	const values = formValues(formData, PROPOSAL_FIELDS);
	const schema = v.object({
		instrument: choice('instrument', options.instruments),
		kind: choice('kind of event', EVENT_KINDS, EVENT_KIND_LABELS),
		date: optionalPartialDate('the date', today),
		notes: optionalText('the notes', PROPOSAL_NOTES_MAX),
		sourceUrl: requiredHttpUrl('the source link', 'the source that states the event'),
		sourceTitle: optionalTextOrNull('the source’s title', SOURCE_TITLE_MAX)
	});
	const result = v.safeParse(schema, values);
	if (!result.success) return { ok: false, errors: issuesByField(result.issues), values };
	const { date, ...rest } = result.output;
	return {
		ok: true,
		value: { ...rest, date: date?.date ?? null, precision: date?.precision ?? 'unknown' }
	};
}
