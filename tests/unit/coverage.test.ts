/**
 * Coverage is complete only when the states we hold as bound by the official count's date are the
 * official count: a record dated after the count (an import, an approved proposal) never completes it.
 */
import { describe, expect, it } from 'vitest';
import { coverageOf } from '../../src/lib/domain/coverage';
import { interval } from '../../src/lib/domain/partial-date';
import type { RatificationEvent } from '../../src/lib/domain/ratification-event';
import { eventsOf, instrumentRow, readSeedCsv } from '../support/seed-rows';
import { instrumentEvents } from '../support/seed-rows';

const nextDay = (day: string) => {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
};

describe('coverage by date', () => {
	const c143 = instrumentRow('C143');
	const events = instrumentEvents('C143');
	// Nigeria's deposit of 23 Mar 2023 made it "the 29th country" (the count's own source).
	const nigeria = events.find((e) => e.iso3 === 'NGA')!;
	const others = events.filter((e) => e.iso3 !== 'NGA');

	it('reads C097 and C143 as complete from the seeds (Somalia is the 54th and the 29th)', () => {
		expect(coverageOf(c143, events).complete).toBe(true);
		expect(coverageOf(c143, events).sourcedStates).toBe(c143.officialCount);
		const c097 = instrumentRow('C097');
		expect(coverageOf(c097, instrumentEvents('C097')).complete).toBe(true);
		expect(events.some((e) => e.iso3 === 'SOM')).toBe(true);
	});

	it('stays partial when the record that completes the count arrives dated after the count', () => {
		expect(nigeria.date).toBe(c143.officialCountAsOf);
		expect(coverageOf(c143, others).complete).toBe(false);
		// The same real row, as an import recorded with a date after the count would arrive.
		const later = { ...nigeria, date: nextDay(interval(c143.officialCountAsOf!).latest) };
		const coverage = coverageOf(c143, [...others, later]);
		expect(coverage.complete).toBe(false);
		expect(coverage.sourcedStates).toBe(c143.officialCount - 1);
		expect(coverage.laterStates).toBe(1);
	});

	it('counts an undated record by the date of its own source (Luxembourg C098, CFA report of 2001)', () => {
		const c098 = instrumentRow('C098');
		const [lux] = eventsOf('LUX', 'C098');
		expect(lux.date).toBeNull();
		expect(coverageOf(c098, [lux]).sourcedStates).toBe(1);
		expect(coverageOf(c098, [{ ...lux, knownFrom: null }]).sourcedStates).toBe(0);
	});

	it('is never complete without a date on the count (C087)', () => {
		const c087 = instrumentRow('C087');
		expect(c087.officialCountAsOf).toBeNull();
		expect(coverageOf(c087, instrumentEvents('C087')).complete).toBe(false);
	});
});
