import { describe, expect, it } from 'vitest';
import { coverageOf } from '../../../src/lib/domain/coverage';
import { formatPartialDate } from '../../../src/lib/domain/partial-date';
import { deriveStatus } from '../../../src/lib/domain/ratification-status';
import { STRATEGY_RULES } from '../../../src/lib/domain/strategy/importance-rules';
import { assessProspects, bandFor } from '../../../src/lib/domain/strategy/prospects';
import { relatedInstruments } from '../../../src/lib/domain/strategy/related-instruments';
import { eventsOf, instrumentRow, readSeedCsv, statementsOf } from '../../support/seed-rows';
import { AS_OF, itucFacts, matrixRow, seedMatrix } from './seed-strategy-data';

const rules = STRATEGY_RULES;

function prospects(iso3: string, instrument: string, asOf = AS_OF) {
	return assessProspects({
		instrument,
		row: matrixRow(iso3),
		rows: seedMatrix().rows,
		asOf,
		itucFacts: itucFacts(),
		campaign: null
	});
}

describe('who is a target', () => {
	it('reads "needs data" for Kuwait and C097 when no sourced record decides its status', () => {
		const instrument = instrumentRow('C097');
		const allEvents = [...new Set(readSeedCsv('ratifications.csv').map((r) => r.iso3))].flatMap(
			(iso3) => eventsOf(iso3, 'C097')
		);
		const status = deriveStatus({
			instrument,
			events: eventsOf('KWT', 'C097'),
			statements: statementsOf('KWT', 'C097'),
			coverage: coverageOf(instrument, allEvents),
			asOf: AS_OF
		});
		const result = prospects('KWT', 'C097');
		expect(result.band === 'needs_data').toBe(status.status === 'unknown');
		if (status.status === 'unknown') {
			expect(result.points).toBeNull();
			expect(result.reasons[0].text).toMatch(/^Needs data\./);
			expect(result.bandIfNotRatified).not.toBeNull();
		}
	});

	it('does not target a state already party to the ICRMW (the Philippines)', () => {
		expect(matrixRow('PHL').cells.ICRMW.status).toBe('in_force');
		const result = prospects('PHL', 'ICRMW');
		expect(result.band).toBe('not_a_target');
		expect(result.points).toBeNull();
		expect(result.reasons[0].text).toMatch(/^Already ratified\./);
	});
});

describe('what raises prospects', () => {
	it('gives an ICRMW signatory (Cambodia) the signature reason with its date', () => {
		const signed = readSeedCsv('ratifications.csv').find(
			(r) => r.iso3 === 'KHM' && r.instrument === 'ICRMW' && r.event === 'signed'
		)!;
		const result = prospects('KHM', 'ICRMW');
		const reason = result.reasons.find((r) => r.text.startsWith('Signed ICRMW'))!;
		expect(reason.text).toContain(formatPartialDate(signed.date));
		expect(reason.points).toBe(rules.prospects.signature);
		expect(reason.url).toBe(signed.source);
		expect(['high', 'medium', 'low']).toContain(result.band);
	});

	it('counts C097 in force for a state that has not ratified C143', () => {
		const row = seedMatrix().rows.find(
			(r) => r.cells.C097.status === 'in_force' && r.cells.C143.status === 'not_ratified'
		)!;
		const result = prospects(row.country.iso3, 'C143');
		const related = result.reasons.find((r) => r.text.includes('related C097'))!;
		expect(related.points).toBe(rules.prospects.relatedBound);
		expect(result.points).toBeGreaterThanOrEqual(rules.prospects.relatedBound);
	});

	it('relates the migrant workers’ instruments to each other and the union rights conventions to each other', () => {
		expect(relatedInstruments('C143')).toEqual(['C097', 'ICRMW']);
		expect(relatedInstruments('ICRMW')).toEqual(['C097', 'C143']);
		expect(relatedInstruments('C087')).toEqual(['C098']);
	});

	it('counts the GCC peers of Saudi Arabia that are bound by the ICRMW, from the matrix', () => {
		const peers = seedMatrix().rows.filter(
			(r) => r.groups.includes('GCC') && r.country.iso3 !== 'SAU'
		);
		const bound = peers.filter((r) =>
			['in_force', 'ratified_not_in_force'].includes(r.cells.ICRMW.status)
		);
		const reason = prospects('SAU', 'ICRMW').reasons.find((r) => r.text.includes('GCC'))!;
		expect(reason.text).toContain(`${bound.length} of the ${peers.length} other GCC states`);
		const gccMembers = readSeedCsv('groups.csv').filter(
			(r) => r.group === 'GCC' && r.status !== 'withdrawn'
		);
		expect(peers).toHaveLength(gccMembers.length - 1);
	});

	it('says there is no campaign data, with no points, until campaigns are recorded', () => {
		const reason = prospects('SAU', 'ICRMW').reasons.find((r) => r.source === 'Campaign records')!;
		expect(reason.text).toBe('No campaign data');
		expect(reason.points).toBe(0);
	});
});

describe('the ITUC Global Rights Index', () => {
	const latest = Math.max(...itucFacts().map((f) => f.edition));
	const worst = itucFacts().filter((f) => f.edition === latest && f.factType === 'in_10_worst');

	it('lowers the prospects of a state named among the 10 worst countries for working people', () => {
		const target = worst.find((f) =>
			['not_ratified', 'signed'].includes(matrixRow(f.iso3).cells.ICRMW.status)
		)!;
		const reason = prospects(target.iso3, 'ICRMW').reasons.find((r) =>
			r.text.includes('10 worst')
		)!;
		expect(reason.points).toBe(rules.prospects.itucInTenWorst);
		expect(reason.text).toContain(String(latest));
		expect(reason.url).toBe(target.sourceUrl);
	});

	it('reads no edition published after the day asked about', () => {
		const target = worst.find((f) =>
			['not_ratified', 'signed'].includes(matrixRow(f.iso3).cells.ICRMW.status)
		)!;
		const before = `${latest - 1}-12-31`;
		const reasons = prospects(target.iso3, 'ICRMW', before).reasons.filter((r) =>
			r.source.includes('ITUC')
		);
		expect(reasons.every((r) => !r.text.includes(String(latest)))).toBe(true);
	});
});

describe('bands', () => {
	it('places points in bands by the thresholds of the rules table', () => {
		const { high, medium } = rules.prospects.bands;
		expect(bandFor(high)).toBe('high');
		expect(bandFor(high - 1)).toBe(high - 1 >= medium ? 'medium' : 'low');
		expect(bandFor(medium)).toBe('medium');
		expect(bandFor(medium - 1)).toBe('low');
	});

	it('gives every state a band with at least one sourced reason, for every instrument', () => {
		const instruments = seedMatrix().instruments.map((i) => i.code);
		for (const row of seedMatrix().rows)
			for (const instrument of instruments) {
				const result = prospects(row.country.iso3, instrument);
				expect(result.reasons.length).toBeGreaterThan(0);
				expect(result.reasons.every((r) => r.source.length > 0)).toBe(true);
			}
	});
});
