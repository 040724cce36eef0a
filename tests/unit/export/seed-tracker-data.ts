/**
 * TrackerData read from seeds/ for export tests: every event and statement (so coverage is the real
 * coverage) and the instruments and groups as shipped; countries only where a test names them.
 */
import type { Country, Instrument, TrackerData } from '../../../src/lib/domain/tracker-data';
import type { MembershipStatus } from '../../../src/lib/domain/groups';
import { eventsOf, readSeedCsv, statementsOf } from '../../support/seed-rows';

export function seedInstruments(): Instrument[] {
	return readSeedCsv('instruments.csv').map((r, position) => ({
		code: r.code,
		body: r.body as Instrument['body'],
		title: r.title,
		shortTitle: r.short_title,
		adoptedYear: Number(r.adopted_year),
		officialStatusUrl: r.official_status_url || null,
		officialCount: Number(r.official_count),
		officialCountKind: r.official_count_kind,
		officialCountAsOf: r.official_count_not_before || null,
		officialCountSource: r.official_count_source,
		enteredIntoForce: r.entered_into_force || null,
		entryIntoForceCondition: r.entry_into_force_condition,
		laterPartyRule: r.later_party_rule,
		entryIntoForceSource: r.entry_into_force_source,
		position
	}));
}

export function seedCountry(iso3: string): Country {
	const stock = readSeedCsv('migrant_stock.csv').find((r) => r.iso3 === iso3);
	if (!stock) throw new Error(`No ${iso3} in seeds/migrant_stock.csv`);
	const ilo = readSeedCsv('ilo_members.csv').find((r) => r.iso3 === iso3);
	const unOutsideIlo = readSeedCsv('un-members-outside-ilo.csv').some((r) => r.iso3 === iso3);
	return {
		iso3,
		m49: Number(stock.m49),
		name: stock.country,
		iloMember: Boolean(ilo),
		unMember: ilo ? ilo.un_member === 'yes' : unOutsideIlo ? true : null,
		membershipSource: 'seeds/ilo_members.csv'
	};
}

export function seedTrackerData(iso3s: readonly string[]): TrackerData {
	const pairs = new Set(
		['ratifications.csv', 'ratifications-entry-into-force.csv'].flatMap((file) =>
			readSeedCsv(file).map((r) => `${r.iso3}:${r.instrument}`)
		)
	);
	const statementPairs = new Set(
		readSeedCsv('ratifications-negative.csv').map((r) => `${r.iso3}:${r.instrument}`)
	);
	const groupRows = readSeedCsv('groups.csv');
	return {
		countries: iso3s.map(seedCountry),
		instruments: seedInstruments(),
		groups: [...new Map(groupRows.map((r) => [r.group, r.group_name]))].map(([code, name]) => ({
			code,
			name
		})),
		memberships: groupRows.map((r) => ({
			groupCode: r.group,
			iso3: r.iso3,
			status: r.status as MembershipStatus,
			note: r.note
		})),
		events: [...pairs].flatMap((pair) => eventsOf(...(pair.split(':') as [string, string]))),
		statements: [...statementPairs].flatMap((pair) =>
			statementsOf(...(pair.split(':') as [string, string]))
		),
		version: 1
	};
}
