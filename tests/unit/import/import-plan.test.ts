import { describe, expect, it } from 'vitest';
import {
	importKey,
	planImport,
	type ImportRecord,
	type RecordedEvent
} from '../../../src/lib/domain/import-plan';
import { parseRatificationRow } from '../../../src/lib/domain/ratification-csv';
import { readSeedCsv } from '../../support/seed-rows';

const known = {
	countries: new Set(readSeedCsv('migrant_stock.csv').map((r) => r.iso3)),
	instruments: new Set(readSeedCsv('instruments.csv').map((r) => r.code))
};

const seedRows = readSeedCsv('ratifications.csv');
/** A real row of seeds/ratifications.csv with the line it is on (header is line 1, no multi-line values). */
function seedRecord(iso3: string, instrument: string): ImportRecord {
	const index = seedRows.findIndex((r) => r.iso3 === iso3 && r.instrument === instrument);
	if (index < 0) throw new Error(`no ${iso3} ${instrument} row in seeds/ratifications.csv`);
	return { line: index + 2, values: { ...seedRows[index] } };
}

/** The event the seed loader records for a row. */
function recorded(record: ImportRecord, id: number): RecordedEvent {
	const parsed = parseRatificationRow(record.values, record.line, known);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	const {
		iso3,
		instrument,
		kind,
		date,
		notes,
		sourceUrl,
		sourceTitle,
		confidence,
		confidenceReason
	} = parsed.value;
	return {
		id,
		iso3,
		instrument,
		kind,
		date,
		notes,
		sourceUrl,
		sourceTitle,
		confidence,
		confidenceReason
	};
}

const npl = seedRecord('NPL', 'C098');
const alb = seedRecord('ALB', 'C097');

describe('planning a bulk import', () => {
	it('finds nothing to change when the file repeats events already recorded', () => {
		const plan = planImport([npl, alb], [recorded(npl, 1), recorded(alb, 2)], known);
		expect(plan.counts).toEqual({ rows: 2, error: 0, insert: 0, update: 0, unchanged: 2 });
		expect(plan.canApply).toBe(true);
	});

	it('adds an event no recorded event matches, under an import key that names it', () => {
		const plan = planImport([npl], [recorded(alb, 2)], known);
		expect(plan.counts.insert).toBe(1);
		const row = plan.rows[0];
		expect(row.effect).toBe('insert');
		if (row.effect !== 'insert') return;
		expect(row.key).toBe(`import:NPL:C098:ratification:${npl.values.date}`);
		expect(row.key).toBe(importKey(row.row));
	});

	it('changes the notes and source of the matching event and shows them before and after', () => {
		const changed: ImportRecord = {
			line: npl.line,
			values: {
				...npl.values,
				notes: 'NORMLEX, checked again',
				source: 'https://normlex.ilo.org/x'
			}
		};
		const before = recorded(npl, 7);
		const plan = planImport([changed], [before], known);
		const row = plan.rows[0];
		expect(row.effect).toBe('update');
		if (row.effect !== 'update') return;
		expect(row.eventId).toBe(7);
		expect(row.changes).toContainEqual({
			field: 'notes',
			before: before.notes,
			after: 'NORMLEX, checked again'
		});
		expect(row.changes).toContainEqual({
			field: 'sourceUrl',
			before: before.sourceUrl,
			after: 'https://normlex.ilo.org/x'
		});
	});

	it('treats another date for the same kind as another event, not a move of the recorded one', () => {
		const otherDay: ImportRecord = { line: 2, values: { ...alb.values, date: '2005-03-03' } };
		const plan = planImport([otherDay], [recorded(alb, 2)], known);
		expect(plan.rows[0].effect).toBe('insert');
	});

	it('reports every bad value with its line, column, value and reason, and refuses the plan', () => {
		const bad: ImportRecord = {
			line: 9,
			values: { ...npl.values, iso3: 'XXX', date: '2023-02-30', source: 'javascript:alert(1)' }
		};
		const plan = planImport([npl, bad], [], known);
		expect(plan.canApply).toBe(false);
		expect(plan.counts.error).toBe(1);
		// The unknown country is named beside the other problems, not only once they are fixed.
		expect(plan.errors.map((e) => e.column).sort()).toEqual(['date', 'iso3', 'source']);
		expect(plan.errors.every((e) => e.line === 9 && e.reason.length > 0)).toBe(true);
		expect(plan.errors.find((e) => e.column === 'date')!.value).toBe('2023-02-30');
	});

	it('names an unknown country in an otherwise well-formed row', () => {
		const plan = planImport([{ line: 3, values: { ...npl.values, iso3: 'XXX' } }], [], known);
		expect(plan.errors).toEqual([
			expect.objectContaining({ line: 3, column: 'iso3', value: 'XXX' })
		]);
	});

	it('refuses a second row for the same event in one file, naming the first line', () => {
		const again: ImportRecord = { line: 40, values: { ...npl.values, notes: 'other notes' } };
		const plan = planImport([npl, again], [], known);
		expect(plan.rows[1].effect).toBe('error');
		expect(plan.errors[0].reason).toContain(`line ${npl.line}`);
	});

	it('refuses an empty file', () => {
		expect(planImport([], [], known).canApply).toBe(false);
	});
});
