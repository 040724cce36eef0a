import { describe, expect, it } from 'vitest';
import { changeText, describeChange } from '../../src/lib/domain/audit-change';
import { attributionOf } from '../../src/lib/domain/attribution';
import { revertRefusal } from '../../src/lib/domain/revert-rule';

describe('a change as the history shows it', () => {
	it('lists every field of a new record with labels a campaigner reads', () => {
		const lines = describeChange(null, {
			instrument: 'C097',
			stage: 'ministry_study',
			date: '2024-03',
			text: 'Study',
			evidenceUrl: null,
			withdrawnAt: null,
			version: 1
		});
		expect(lines).toEqual([
			{ field: 'Instrument', before: null, after: 'C097' },
			{ field: 'Stage', before: null, after: 'Ministry studying ratification' },
			{ field: 'Date', before: null, after: 'Mar 2024' },
			{ field: 'Description', before: null, after: 'Study' }
		]);
	});

	it('lists only the fields an edit changed, before and after', () => {
		const before = { stage: 'ministry_study', date: '2024-03', text: 'Study', version: 1 };
		const after = { stage: 'cabinet_approved', date: '2024-03', text: 'Study', version: 2 };
		const lines = describeChange(before, after);
		expect(lines).toEqual([
			{ field: 'Stage', before: 'Ministry studying ratification', after: 'Approved by cabinet' }
		]);
		expect(changeText(lines)).toBe('Stage: Ministry studying ratification → Approved by cabinet');
	});

	it('summarises lists (an import’s rows) by their count', () => {
		expect(
			describeChange(null, { file: 'official.csv', inserted: [{ id: 1 }, { id: 2 }] })
		).toContainEqual({
			field: 'inserted',
			before: null,
			after: '2 records'
		});
	});
});

describe('who a change is attributed to', () => {
	it('a centre’s editor appears as the centre, an administrator by name, never by e-mail', () => {
		expect(attributionOf({ role: 'editor', displayName: 'Sita', centreName: 'GEFONT' })).toBe(
			'GEFONT'
		);
		expect(attributionOf({ role: 'editor', displayName: 'Sita', centreName: null })).toBe('Sita');
		expect(attributionOf({ role: 'editor', displayName: '', centreName: null })).toBe(
			'A national centre'
		);
		expect(attributionOf({ role: 'admin', displayName: 'Ada', centreName: 'GEFONT' })).toBe(
			'Ada (administrator)'
		);
	});
});

describe('which changes can be reverted', () => {
	const change = { action: 'proposal.approve', public: true, revertOf: null, revertedBy: null };
	it('takes back an approval, once', () => {
		expect(revertRefusal(change)).toBeNull();
		expect(revertRefusal({ ...change, revertedBy: 9 })).toMatch(/already/);
	});
	it('does not revert a revert, an import or an unpublished change', () => {
		expect(revertRefusal({ ...change, revertOf: 3 })).toMatch(/itself a revert/);
		expect(revertRefusal({ ...change, action: 'import.apply' })).toMatch(/import\.apply/);
		expect(revertRefusal({ ...change, public: false })).toMatch(/published/);
	});
});
