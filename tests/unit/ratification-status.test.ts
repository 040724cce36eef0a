import { describe, expect, it } from 'vitest';
import { coverageOf } from '../../src/lib/domain/coverage';
import { deriveStatus, type StatusQuestion } from '../../src/lib/domain/ratification-status';
import { addMonths, interval } from '../../src/lib/domain/partial-date';
import type { RatificationEvent } from '../../src/lib/domain/ratification-event';
import { eventsOf, instrumentRow, readSeedCsv, statementsOf } from '../support/seed-rows';
import { instrumentEvents } from '../support/seed-rows';

function ask(
	iso3: string,
	code: string,
	asOf: string,
	events = eventsOf(iso3, code)
): ReturnType<typeof deriveStatus> {
	const instrument = instrumentRow(code);
	const question: StatusQuestion = {
		instrument,
		events,
		statements: statementsOf(iso3, code),
		coverage: coverageOf(instrument, instrumentEvents(code)),
		asOf
	};
	return deriveStatus(question);
}

describe('ILO conventions enter into force twelve months after registration', () => {
	// Congo, C097: registered 2023-10-26; NORMLEX states entry into force on 2024-10-26.
	it('shows Congo C097 as ratified but not in force the day after registration', () => {
		expect(ask('COG', 'C097', '2023-10-27').status).toBe('ratified_not_in_force');
	});
	it('shows Congo C097 in force from the stated day of entry into force', () => {
		expect(ask('COG', 'C097', '2024-10-25').status).toBe('ratified_not_in_force');
		const inForce = ask('COG', 'C097', '2024-10-26');
		expect(inForce.status).toBe('in_force');
		expect(inForce.since).toBe('2024-10-26');
	});
	it('applies the twelve-month rule where no entry into force is stated (Angola C098, 1976-06-04)', () => {
		const ratified = readSeedCsv('ratifications.csv').find(
			(r) => r.iso3 === 'AGO' && r.instrument === 'C098'
		)!;
		const entry = addMonths(ratified.date, 12);
		expect(ask('AGO', 'C098', addMonths(entry, -1)).status).toBe('ratified_not_in_force');
		expect(ask('AGO', 'C098', entry).status).toBe('in_force');
	});
	it('treats a successor state as bound from succession, without the twelve months (Slovenia C097)', () => {
		const events = eventsOf('SVN', 'C097');
		expect(events[0].kind).toBe('succession');
		const { latest } = interval(events[0].date!);
		expect(ask('SVN', 'C097', latest).status).toBe('in_force');
	});
});

describe('UN treaty: signature is not ratification', () => {
	it('shows Mexico as signatory, then ratified, then a party in force when the ICRMW entered into force', () => {
		const [signed] = eventsOf('MEX', 'ICRMW').filter((e) => e.kind === 'signature');
		const [ratified] = eventsOf('MEX', 'ICRMW').filter((e) => e.kind !== 'signature');
		const entry = instrumentRow('ICRMW').enteredIntoForce!;
		expect(ratified.date! < entry).toBe(true);
		expect(ask('MEX', 'ICRMW', signed.date!).status).toBe('signed');
		expect(ask('MEX', 'ICRMW', ratified.date!).status).toBe('ratified_not_in_force');
		expect(ask('MEX', 'ICRMW', entry).status).toBe('in_force');
	});
	it('keeps the exact kind: Albania joined the ICRMW by accession', () => {
		const result = ask('ALB', 'ICRMW', '2025-01-01');
		expect(result.status).toBe('in_force');
		expect(result.event?.kind).toBe('accession');
	});
	it('shows a signatory that never ratified (Cambodia) as signed today', () => {
		expect(ask('KHM', 'ICRMW', '2026-01-01').status).toBe('signed');
	});
});

describe('unknown is not "not ratified"', () => {
	it('says unknown for a state with no record of C087, whose coverage is partial', () => {
		// Any ILO member with neither a C087 event nor a sourced statement: C087 lacks Slovakia.
		const withRecord = new Set(
			['ratifications.csv', 'ratifications-negative.csv'].flatMap((f) =>
				readSeedCsv(f)
					.filter((r) => r.instrument === 'C087')
					.map((r) => r.iso3)
			)
		);
		const iso3 = readSeedCsv('ilo_members.csv').find((r) => !withRecord.has(r.iso3))!.iso3;
		const result = ask(iso3, 'C087', '2026-01-01');
		expect(result.status).toBe('unknown');
		expect(result.reason).toMatch(/partial/);
	});
	it('says not ratified for a state with no record of the ICRMW, whose coverage is complete (Qatar)', () => {
		const result = ask('QAT', 'ICRMW', '2026-01-01');
		expect(result.status).toBe('not_ratified');
		// After the count's date, the knowledge dates from the count.
		expect(result.knownAsOf).toBe(interval(instrumentRow('ICRMW').officialCountAsOf!).earliest);
	});
	it('dates "not ratified" from the day asked when that is before the count', () => {
		expect(ask('QAT', 'ICRMW', '2000-01-01').knownAsOf).toBe('2000-01-01');
	});
});

describe('sourced statements that a state had not ratified', () => {
	it('shows Mexico C098 not ratified under the 2017 statement, then in force after the 2018 ratification', () => {
		const before = ask('MEX', 'C098', '2018-01-01');
		expect(before.status).toBe('not_ratified');
		const ratifiedOn = eventsOf('MEX', 'C098')[0].date!;
		expect(ask('MEX', 'C098', ratifiedOn).status).toBe('ratified_not_in_force');
		expect(ask('MEX', 'C098', addMonths(ratifiedOn, 12)).status).toBe('in_force');
	});
	it('carries the statement forward with its date (Afghanistan C087, as of Jan 2024)', () => {
		const result = ask('AFG', 'C087', '2026-01-01');
		expect(result.status).toBe('not_ratified');
		expect(result.knownAsOf).toBe('2024-01-01');
		expect(result.statement?.sourceUrl).toMatch(/^https?:\/\//);
	});
});

describe('year-only dates', () => {
	it('cannot decide inside the year of a year-only ratification (Congo C087, 1960)', () => {
		const [event] = eventsOf('COG', 'C087');
		expect(event.precision).toBe('year');
		const { earliest, latest } = interval(event.date!);
		expect(ask('COG', 'C087', earliest).status).toBe('unknown');
		// By the year's last day the ratification has happened; its entry into force is then undecidable.
		expect(ask('COG', 'C087', latest).status).toBe('ratified_not_in_force');
		expect(ask('COG', 'C087', addMonths(earliest, 12)).status).toBe('unknown');
	});
	it('decides once the year and the twelve months have passed', () => {
		const [event] = eventsOf('COG', 'C087');
		const { latest } = interval(event.date!);
		expect(ask('COG', 'C087', addMonths(latest, 12)).status).toBe('in_force');
	});
	it('treats an undated ratification as known from the date of its source (United Kingdom C097)', () => {
		const [event] = eventsOf('GBR', 'C097');
		expect(event.date).toBeNull();
		// The UN Special Rapporteur's report of 2010 states it; not the day our compilers read it.
		expect(event.knownFrom).toBe('2010');
		expect(ask('GBR', 'C097', '2000-01-01').status).toBe('unknown');
		const bound = addMonths(interval(event.knownFrom!).latest, 12);
		expect(ask('GBR', 'C097', bound).status).toBe('in_force');
		expect(ask('GBR', 'C097', '2025-12-31').status).toBe('in_force');
	});
});

describe('denunciation', () => {
	// Real fact, outside our five instruments: Malaysia denounced C105 in 1990, as recorded in the notes
	// of seeds/ratifications.csv (MYS C098: "C105 denounced 1990"), source NORMLEX.
	const [malaysiaC098] = eventsOf('MYS', 'C098');
	const denounced: RatificationEvent = {
		...malaysiaC098,
		id: -1,
		instrument: 'C105',
		kind: 'denunciation',
		date: '1990',
		precision: 'year'
	};
	it('counts a denounced convention as not in force from the denunciation', () => {
		expect(malaysiaC098.notes).toMatch(/C105 denounced 1990/);
		const result = deriveStatus({
			instrument: { code: 'C105', body: 'ILO' },
			events: [denounced],
			statements: [],
			coverage: { complete: false, officialCountAsOf: null, sourcedStates: 0, officialCount: 0 },
			asOf: '1991-01-01'
		});
		expect(result.status).toBe('denounced');
	});
});

describe('confidence', () => {
	it('marks Congo C097 disputed, because sources disagree on which Congo', () => {
		const [event] = eventsOf('COG', 'C097').filter((e) => e.kind === 'ratification');
		expect(event.confidence).toBe('disputed');
		expect(event.confidenceReason).toMatch(/DISCREPANCY/);
	});
	it('marks rows whose status the source did not state as inferred', () => {
		const [event] = eventsOf('AGO', 'C087');
		expect(event.notes).toMatch(/status inferred/);
		expect(event.confidence).toBe('inferred');
	});
});
