import { describe, expect, it } from 'vitest';
import { instrumentDocument } from '../../../src/lib/domain/instrument-export';
import { buildMatrix } from '../../../src/lib/domain/matrix';
import { STATUSES } from '../../../src/lib/domain/statuses';
import { eventsOf, readSeedCsv } from '../../support/seed-rows';
import { seedTrackerData } from './seed-tracker-data';

// From seeds/ratifications.csv: Albania acceded to the ICRMW; the first state that only signed it;
// Qatar has no record (and ICRMW coverage is complete).
const icrmwRows = readSeedCsv('ratifications.csv').filter((r) => r.instrument === 'ICRMW');
const SIGNATORY = icrmwRows.find(
	(r) => r.event === 'signed' && icrmwRows.filter((o) => o.iso3 === r.iso3).length === 1
)!.iso3;
const STATES = ['QAT', SIGNATORY, 'ALB'];

function documentFor(asOf: string) {
	const data = seedTrackerData(STATES);
	return instrumentDocument({
		matrix: buildMatrix(data, asOf),
		code: 'ICRMW',
		asOfExplicit: true,
		dataVersion: data.version,
		origin: 'https://tracker.example.org'
	});
}

describe('an instrument as the API answers for it', () => {
	const document = documentFor('2026-01-01');

	it('groups every state under its status, with every status present', () => {
		expect(Object.keys(document.states)).toEqual([...STATUSES]);
		expect(document.states.in_force.map((s) => s.iso3)).toEqual(['ALB']);
		expect(document.states.signed.map((s) => s.iso3)).toEqual([SIGNATORY]);
		expect(document.states.not_ratified.map((s) => s.iso3)).toEqual(['QAT']);
	});

	it('counts the states under each status, and the counts add up to the states asked about', () => {
		for (const status of STATUSES)
			expect(document.counts[status]).toBe(document.states[status].length);
		expect(Object.values(document.counts).reduce((a, b) => a + b, 0)).toBe(STATES.length);
	});

	it('gives each state the date and source of the event that decides it', () => {
		const [accession] = eventsOf('ALB', 'ICRMW');
		const [albania] = document.states.in_force;
		expect(albania.date).toBe(accession.date);
		expect(albania.event).toBe(accession.kind);
		expect(albania.sourceUrl).toBe(accession.sourceUrl);
	});

	it('derives the statuses for the day asked: before its accession Albania is not yet a party', () => {
		const [accession] = eventsOf('ALB', 'ICRMW');
		const before = documentFor('2000-01-01');
		expect(accession.date! > '2000-01-01').toBe(true);
		expect(before.states.in_force.map((s) => s.iso3)).not.toContain('ALB');
		expect(before.meta.asOf).toBe('2000-01-01');
	});
});
