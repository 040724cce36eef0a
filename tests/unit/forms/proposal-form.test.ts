import { describe, expect, it } from 'vitest';
import { parseProposalForm, PROPOSAL_NOTES_MAX } from '../../../src/lib/domain/forms/proposal-form';
import { EVENT_KINDS } from '../../../src/lib/domain/ratification-event';
import { readSeedCsv } from '../../support/seed-rows';
import { formData } from './form-data';

const TODAY = '2026-11-23';
const options = { instruments: readSeedCsv('instruments.csv').map((r) => r.code), today: TODAY };
// A real row of seeds/ratifications.csv, as a centre would propose it.
const seedRow = readSeedCsv('ratifications.csv').find(
	(r) => r.iso3 === 'AGO' && r.instrument === 'C098'
)!;
const valid = {
	instrument: seedRow.instrument,
	kind: 'ratification',
	date: seedRow.date,
	notes: seedRow.notes,
	sourceUrl: seedRow.source,
	sourceTitle: ''
};

describe('the proposal form', () => {
	it('reads an event with its date, the precision of that date and its source', () => {
		expect(parseProposalForm(formData(valid), options)).toEqual({
			ok: true,
			value: { ...valid, kind: 'ratification', precision: 'day', sourceTitle: null }
		});
	});

	it('takes every kind of event the records know', () => {
		for (const kind of EVENT_KINDS)
			expect(parseProposalForm(formData({ ...valid, kind }), options).ok).toBe(true);
		const result = parseProposalForm(formData({ ...valid, kind: 'ratified' }), options);
		expect(!result.ok && result.errors.kind).toContain('“ratified”');
	});

	it('requires the source, as an http or https address', () => {
		const missing = parseProposalForm(formData({ ...valid, sourceUrl: '' }), options);
		expect(!missing.ok && missing.errors.sourceUrl).toMatch(/missing/);
		const script = parseProposalForm(
			formData({ ...valid, sourceUrl: 'javascript:alert(1)' }),
			options
		);
		expect(!script.ok && script.errors.sourceUrl).toMatch(
			/“javascript:alert\(1\)”.*http:\/\/ or https:\/\//
		);
	});

	it('takes an empty date as "the source gives none" and refuses a future one', () => {
		expect(parseProposalForm(formData({ ...valid, date: '' }), options)).toMatchObject({
			ok: true,
			value: { date: null, precision: 'unknown' }
		});
		const future = parseProposalForm(formData({ ...valid, date: '2027' }), options);
		expect(!future.ok && future.errors.date).toMatch(/future/);
	});

	it(`keeps notes to ${PROPOSAL_NOTES_MAX} characters`, () => {
		const long = parseProposalForm(
			formData({ ...valid, notes: 'n'.repeat(PROPOSAL_NOTES_MAX + 1) }),
			options
		);
		expect(!long.ok && long.errors.notes).toContain(`at most ${PROPOSAL_NOTES_MAX}`);
	});
});
