import { describe, expect, it } from 'vitest';
import {
	assessCorridor,
	assessCorridors,
	corridorEnds,
	topCorridors,
	type CorridorStock
} from '../../../src/lib/domain/strategy/corridors';
import { STRATEGY_RULES } from '../../../src/lib/domain/strategy/importance-rules';
import { readSeedCsv } from '../../support/seed-rows';
import { corridorStocks, seedMatrix } from './seed-strategy-data';

function corridor(origin: string, destination: string): CorridorStock {
	const found = corridorStocks().find(
		(c) => c.originIso3 === origin && c.destinationIso3 === destination
	);
	if (!found) throw new Error(`No ${origin} → ${destination} corridor in seeds/corridors.csv`);
	return found;
}

function assess(
	origin: string,
	destination: string,
	instrument: string,
	citizenship: string[] = []
) {
	const ends = corridorEnds(seedMatrix().rows, instrument, new Set(citizenship));
	return assessCorridor({
		corridor: corridor(origin, destination),
		instrument,
		origin: ends.get(origin)!,
		destination: ends.get(destination)!,
		agreements: readSeedCsv('solidarity_agreements.csv').map((r) => ({
			originIso3: r.origin_iso3,
			destinationIso3: r.destination_iso3,
			signedOn: r.signed_on,
			place: r.place
		}))
	});
}

const status = (iso3: string, instrument: string) =>
	seedMatrix().rows.find((r) => r.country.iso3 === iso3)!.cells[instrument].status;

describe('corridors', () => {
	it('holds the Nepal → Qatar corridor with the seed’s count', () => {
		const row = readSeedCsv('corridors.csv').find(
			(r) => r.origin_iso3 === 'NPL' && r.destination_iso3 === 'QAT'
		)!;
		const all = topCorridors(corridorStocks(), 'NPL', 'origin', Infinity);
		expect(all.find((c) => c.destinationIso3 === 'QAT')?.migrants).toBe(Number(row.migrants));
	});

	it('lists a state’s largest corridors first, at the side asked about', () => {
		const rows = readSeedCsv('corridors.csv').filter((r) => r.destination_iso3 === 'QAT');
		const largest = Math.max(...rows.map((r) => Number(r.migrants)));
		const top = topCorridors(corridorStocks(), 'QAT', 'destination', 3);
		expect(top).toHaveLength(Math.min(3, rows.length));
		expect(top[0].migrants).toBe(largest);
		expect(top.every((c) => c.destinationIso3 === 'QAT')).toBe(true);
		expect(top.map((c) => c.migrants)).toEqual(
			[...top.map((c) => c.migrants)].sort((a, b) => b - a)
		);
	});
});

describe('solidarity opportunities', () => {
	it('marks a corridor where the origin is party and the destination is not (Philippines → Saudi Arabia, ICRMW)', () => {
		expect(status('PHL', 'ICRMW')).toBe('in_force');
		expect(status('SAU', 'ICRMW')).toBe('not_ratified');
		const fact = assess('PHL', 'SAU', 'ICRMW');
		expect(fact.opportunity).toBe('one_end_bound');
		expect(fact.reasons.some((r) => r.text.includes('can back the campaign in Saudi Arabia'))).toBe(
			true
		);
	});

	it('marks a large corridor where neither end is bound (India → United Arab Emirates, ICRMW)', () => {
		expect(status('IND', 'ICRMW')).toBe('not_ratified');
		expect(status('ARE', 'ICRMW')).toBe('not_ratified');
		expect(corridor('IND', 'ARE').migrants).toBeGreaterThanOrEqual(
			STRATEGY_RULES.corridors.largeFlowNeitherBound
		);
		expect(assess('IND', 'ARE', 'ICRMW').opportunity).toBe('large_flow_neither_bound');
	});

	it('leaves a small corridor where neither end is bound unmarked', () => {
		const ends = corridorEnds(seedMatrix().rows, 'ICRMW');
		const small = corridorStocks().find(
			(c) =>
				c.migrants < STRATEGY_RULES.corridors.largeFlowNeitherBound &&
				ends.get(c.originIso3)?.status.status === 'not_ratified' &&
				ends.get(c.destinationIso3)?.status.status === 'not_ratified'
		)!;
		expect(assessCorridors([small], 'ICRMW', ends)[0].opportunity).toBeNull();
	});

	it('says "status unknown" at an end rather than guessing (C087, whose coverage is partial)', () => {
		// Any corridor with an unknown end: C087 lacks Slovakia's record, so states without one are unknown.
		const inMatrix = new Set(seedMatrix().rows.map((r) => r.country.iso3));
		const unknownEnd = corridorStocks().find(
			(c) =>
				inMatrix.has(c.originIso3) &&
				inMatrix.has(c.destinationIso3) &&
				[c.originIso3, c.destinationIso3].some((iso3) => status(iso3, 'C087') === 'unknown')
		)!;
		const fact = assess(unknownEnd.originIso3, unknownEnd.destinationIso3, 'C087');
		expect(fact.opportunity).toBeNull();
		const side = status(unknownEnd.originIso3, 'C087') === 'unknown' ? 'origin' : 'destination';
		expect(fact.reasons.some((r) => r.text.includes(`status unknown at ${side}`))).toBe(true);
	});

	it('warns that Gulf corridor figures rest on citizenship data', () => {
		const fact = assess('NPL', 'QAT', 'C097', ['QAT']);
		expect(fact.reasons[0].text).toContain('citizenship data');
		expect(fact.reasons[0].figure).toBe(corridor('NPL', 'QAT').migrants);
	});

	it('names the union agreement signed on the Sri Lanka → Kuwait corridor', () => {
		const agreement = readSeedCsv('solidarity_agreements.csv').find(
			(r) => r.origin_iso3 === 'LKA' && r.destination_iso3 === 'KWT'
		)!;
		const year = agreement.signed_on.slice(0, 4);
		const reason = assess('LKA', 'KWT', 'C097').reasons.find((r) =>
			r.text.includes('cooperation agreement')
		)!;
		expect(reason.text).toContain(year);
		expect(reason.text).toContain(agreement.place);
	});
});
