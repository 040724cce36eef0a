import { describe, expect, it } from 'vitest';
import { changeText, describeChange } from '../../src/lib/domain/audit-change';
import { attributionOf } from '../../src/lib/domain/attribution';
import { readImportAudit } from '../../src/lib/domain/import-audit';
import { importRevertRefusal, revertRefusal } from '../../src/lib/domain/revert-rule';
import { ratificationRow } from '../support/seed-rows';

/** seeds/ratifications.csv: ALB C097 ratified 2005-03-02, NPL C098 ratified 1996. */
const albania = ratificationRow('ALB', 'C097', 'ratified');
const nepal = ratificationRow('NPL', 'C098', 'ratified');
const identity = (e: typeof albania) => ({
	iso3: e.iso3,
	instrument: e.instrument,
	kind: e.kind,
	date: e.date
});
const fieldsOf = (e: typeof albania) => ({
	...identity(e),
	notes: e.notes,
	sourceUrl: e.sourceUrl,
	sourceTitle: e.sourceTitle,
	confidence: e.confidence,
	confidenceReason: e.confidenceReason
});
const correctedNotes = albania.notes.replace('Dutch treaty DB', 'the Dutch treaty database');
/** An import's audit row as import-events.ts writes it: Nepal's event added, Albania's notes corrected. */
const importBefore = { updated: [{ id: albania.id, notes: albania.notes }] };
const importAfter = {
	file: 'official.csv',
	inserted: [
		{ id: nepal.id, line: 2, key: 'import:NPL:C098:ratification:1996', ...fieldsOf(nepal) }
	],
	updated: [{ id: albania.id, line: 3, ...identity(albania), notes: correctedNotes }]
};

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

	it('lists an import’s events one a line: each added, each field changed', () => {
		expect(describeChange(importBefore, importAfter)).toEqual([
			{ field: 'File', before: null, after: 'official.csv' },
			{ field: 'Added', before: null, after: 'C098 ratification for NPL, 1996' },
			{
				field: 'Changed notes of C097 ratification for ALB, 2005-03-02',
				before: albania.notes,
				after: correctedNotes
			}
		]);
	});

	it('names an event of an older import row by its key, or by its number', () => {
		const lines = describeChange(null, {
			inserted: [{ id: 7, line: 2, key: 'import:NPL:C098:ratification:1996' }, { id: 8 }]
		});
		expect(lines.map((l) => l.after)).toEqual(['C098 ratification for NPL, 1996', 'event 8']);
	});

	it('shows the first 20 events of a large import, then how many more', () => {
		const inserted = Array.from({ length: 25 }, (_, i) => ({
			id: i + 1,
			...fieldsOf(nepal)
		}));
		const lines = describeChange(null, { inserted });
		expect(lines).toHaveLength(21);
		expect(lines.at(-1)).toEqual({ field: 'More', before: null, after: 'and 5 more' });
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
	it('does not revert a revert, an unpublished change or a kind it cannot undo', () => {
		expect(revertRefusal({ ...change, revertOf: 3 })).toMatch(/itself a revert/);
		expect(revertRefusal({ ...change, action: 'user.disable' })).toMatch(/user\.disable/);
		expect(revertRefusal({ ...change, public: false })).toMatch(/published/);
	});
	it('takes back an import', () => {
		expect(revertRefusal({ ...change, action: 'import.apply' })).toBeNull();
	});
});

describe('whether an import can be taken back as the events are now', () => {
	const audit = readImportAudit(importBefore, importAfter);
	const asLeft = () =>
		new Map<number, object>([
			[nepal.id, { id: nepal.id, ...fieldsOf(nepal) }],
			[albania.id, { id: albania.id, ...fieldsOf(albania), notes: correctedNotes }]
		]);

	it('can, while every event it added or changed is as it left it', () => {
		expect(importRevertRefusal(audit, asLeft())).toBeNull();
	});

	it('cannot once an event it added has been removed', () => {
		const current = asLeft();
		current.delete(nepal.id);
		expect(importRevertRefusal(audit, current)).toBe(
			`The C098 ratification for NPL, 1996 (event ${nepal.id}, added by this import) has been removed since: nothing was reverted.`
		);
	});

	it('cannot once an event it changed has been changed again, naming the field and both values', () => {
		const current = asLeft();
		current.set(albania.id, { ...fieldsOf(albania), notes: 'edited later' });
		expect(importRevertRefusal(audit, current)).toMatch(
			/^The C097 ratification for ALB, 2005-03-02 \(event \d+, changed by this import\) has been changed since \(notes: now “edited later”, the import left “NORMLEX FR notes/
		);
	});

	it('cannot once an event it added has a new source', () => {
		const current = asLeft();
		current.set(nepal.id, { ...fieldsOf(nepal), sourceUrl: 'https://example.org/later' });
		expect(importRevertRefusal(audit, current)).toMatch(
			/source URL: now “https:\/\/example\.org\/later”/
		);
	});
});
