/**
 * Entry into force by each treaty's own rule (seeds/instruments.csv), derived from the seed rows: the
 * ICRMW binds no state before 1 July 2003 (art. 87(1)) and a later party from the first day of the
 * month following three months after its deposit (art. 87(2)); an ILO member is never bound before
 * the convention's own entry into force.
 */
import { describe, expect, it } from 'vitest';
import { coverageOf } from '../../src/lib/domain/coverage';
import {
	bindingDay,
	parsePartyRule,
	type EntryIntoForce
} from '../../src/lib/domain/entry-into-force';
import { addMonths, interval } from '../../src/lib/domain/partial-date';
import { BINDING_KINDS, type RatificationEvent } from '../../src/lib/domain/ratification-event';
import { deriveStatus } from '../../src/lib/domain/ratification-status';
import { eventsOf, instrumentRow, readSeedCsv, statementsOf } from '../support/seed-rows';
import { instrumentEvents } from '../support/seed-rows';

function statusOf(iso3: string, code: string, asOf: string, events = instrumentEvents(code)) {
	const instrument = instrumentRow(code);
	return deriveStatus({
		instrument,
		events: events.filter((e) => e.iso3 === iso3),
		statements: statementsOf(iso3, code),
		coverage: coverageOf(instrument, events),
		asOf
	});
}

const dayBefore = (day: string) => {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() - 1);
	return d.toISOString().slice(0, 10);
};

describe('the ICRMW (art. 87)', () => {
	const icrmw = instrumentRow('ICRMW');
	const entry = icrmw.enteredIntoForce!;
	const parties = [
		...new Set(
			readSeedCsv('ratifications.csv')
				.filter((r) => r.instrument === 'ICRMW' && r.event === 'ratified')
				.map((r) => r.iso3)
		)
	];

	it('reads its entry into force and rule from the seeds', () => {
		expect(entry).toBe('2003-07-01');
		expect(parsePartyRule(icrmw.laterPartyRule)).toEqual({
			kind: 'first_of_month_after_months',
			n: 3
		});
	});

	it('binds no state the day before the Convention entered into force', () => {
		const inForce = parties.filter(
			(p) => statusOf(p, 'ICRMW', dayBefore(entry)).status === 'in_force'
		);
		expect(inForce).toEqual([]);
	});

	it('binds, on that day, every state that had deposited by then', () => {
		const deposited = instrumentEvents('ICRMW').filter(
			(e) => BINDING_KINDS.includes(e.kind) && e.date && interval(e.date).latest <= entry
		);
		expect(deposited.length).toBeGreaterThanOrEqual(20);
		for (const e of deposited) expect(statusOf(e.iso3, 'ICRMW', entry).status).toBe('in_force');
	});

	it('binds Indonesia (deposit 31 May 2012) from 1 Sep 2012, not 31 Aug', () => {
		const [deposit] = eventsOf('IDN', 'ICRMW').filter((e) => BINDING_KINDS.includes(e.kind));
		expect(deposit.date).toBe('2012-05-31');
		expect(statusOf('IDN', 'ICRMW', '2012-08-31').status).toBe('ratified_not_in_force');
		const bound = statusOf('IDN', 'ICRMW', '2012-09-01');
		expect(bound.status).toBe('in_force');
		expect(bound.since).toBe('2012-09-01');
		expect(bound.reason).toMatch(/first day of the month following 3 months/);
	});
});

describe('ILO conventions never bind before their own entry into force', () => {
	const c087 = instrumentRow('C087');
	it('does not bind the United Kingdom by C087 on 1 Jul 1950, and does on 4 Jul 1950', () => {
		const [ratified] = eventsOf('GBR', 'C087');
		// Registered 27 Jun 1949: twelve months later is before the convention itself was in force.
		expect(addMonths(ratified.date!, 12) < c087.enteredIntoForce!).toBe(true);
		expect(c087.enteredIntoForce).toBe('1950-07-04');
		expect(statusOf('GBR', 'C087', '1950-07-01').status).toBe('ratified_not_in_force');
		const bound = statusOf('GBR', 'C087', '1950-07-04');
		expect(bound.status).toBe('in_force');
		expect(bound.since).toBe('1950-07-04');
	});

	it('binds a later member twelve months after its registration', () => {
		const eif: EntryIntoForce = {
			enteredIntoForce: '1952-01-22',
			rule: parsePartyRule('months_after_registration:12')!
		};
		const [ratified] = eventsOf('ALB', 'C097');
		expect(bindingDay(eif, ratified.date!)).toBe(addMonths(ratified.date!, 12));
	});

	it('keeps a convention that is not yet in force from binding anyone', () => {
		const [ratified] = eventsOf('ALB', 'C097');
		const instrument = { ...instrumentRow('C097'), enteredIntoForce: null };
		const result = deriveStatus({
			instrument,
			events: [ratified],
			statements: [],
			coverage: coverageOf(instrument, [ratified]),
			asOf: '2026-01-01'
		});
		expect(result.status).toBe('ratified_not_in_force');
		expect(result.reason).toMatch(/not yet in force/);
	});
});

describe('the rule formats', () => {
	it('refuses what it cannot read', () => {
		for (const bad of [
			'',
			'months_after_registration',
			'weeks:3',
			'days_after_deposit:0',
			'on_deposit:1'
		])
			expect(parsePartyRule(bad)).toBeNull();
	});
	it('binds from the instrument entry into force a deposit made before it (UN pattern)', () => {
		const eif: EntryIntoForce = {
			enteredIntoForce: '2003-07-01',
			rule: parsePartyRule('days_after_deposit:30')!
		};
		expect(bindingDay(eif, '2003-06-15')).toBe('2003-07-01');
		expect(bindingDay(eif, '2004-01-10')).toBe('2004-02-09');
	});
});

describe('a ratification limited in scope', () => {
	it('says the limit in the reason (Tanzania C097: Zanzibar only)', () => {
		const result = statusOf('TZA', 'C097', '2026-01-01');
		expect(result.status).toBe('in_force');
		expect(result.reason).toMatch(/limited in scope: Zanzibar only/);
	});
});
