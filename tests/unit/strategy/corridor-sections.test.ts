import { describe, expect, it } from 'vitest';
import { corridorSections } from '../../../src/lib/domain/strategy/corridor-sections';
import type { CorridorStock } from '../../../src/lib/domain/strategy/corridors';
import { readSeedCsv } from '../../support/seed-rows';
import {
	AS_OF,
	corridorStocks,
	countryNames,
	itucFacts,
	remittanceFigures,
	seedMatrix,
	stockFigures
} from './seed-strategy-data';

const agreements = () =>
	readSeedCsv('solidarity_agreements.csv').map((r) => ({
		originIso3: r.origin_iso3,
		destinationIso3: r.destination_iso3,
		signedOn: r.signed_on,
		place: r.place
	}));

function sectionsOf(
	iso3: string,
	options: { group?: string | null; limit?: number | null; instrument?: string } = {}
) {
	const all: CorridorStock[] = corridorStocks();
	return corridorSections({
		iso3,
		instrument: options.instrument ?? 'C097',
		asOf: AS_OF,
		rows: seedMatrix().rows,
		asOrigin: all.filter((c) => c.originIso3 === iso3),
		asDestination: all.filter((c) => c.destinationIso3 === iso3),
		stock: stockFigures(iso3),
		remittances: remittanceFigures(iso3),
		agreements: agreements().filter((a) => a.originIso3 === iso3 || a.destinationIso3 === iso3),
		itucFacts: itucFacts(),
		names: countryNames(),
		group: options.group ?? null,
		limit: options.limit === undefined ? 10 : options.limit
	});
}

const seedRow = (origin: string, destination: string) =>
	corridorStocks().find((c) => c.originIso3 === origin && c.destinationIso3 === destination)!;

describe('a state’s corridor sections', () => {
	it('shows Nepal as a country of origin, its destinations largest first, Qatar with the seed’s count', () => {
		const { sections, basis } = sectionsOf('NPL');
		expect(basis).toBe('strategic');
		expect(sections.map((s) => s.side)).toEqual(['origin']);
		const rows = sections[0].rows;
		expect(rows).toHaveLength(10);
		expect(rows.map((r) => r.corridor.migrants)).toEqual(
			[...rows.map((r) => r.corridor.migrants)].sort((a, b) => b - a)
		);
		expect(rows.find((r) => r.partner.iso3 === 'QAT')!.corridor.migrants).toBe(
			seedRow('NPL', 'QAT').migrants
		);
	});

	it('shows India at both ends, as the plan’s origin and destination countries', () => {
		expect(sectionsOf('IND').sections.map((s) => s.side)).toEqual(['origin', 'destination']);
	});

	it('shows Qatar only as a country of destination, its origins led by the largest in the seed', () => {
		const { sections } = sectionsOf('QAT');
		expect(sections.map((s) => s.side)).toEqual(['destination']);
		const largest = corridorStocks()
			.filter((c) => c.destinationIso3 === 'QAT')
			.sort((a, b) => b.migrants - a.migrants)[0];
		expect(sections[0].rows[0].partner.iso3).toBe(largest.originIso3);
	});

	it('adds the Sri Lanka → Kuwait corridor beyond the limit for its union agreement', () => {
		const rank =
			corridorStocks()
				.filter((c) => c.originIso3 === 'LKA')
				.sort((a, b) => b.migrants - a.migrants)
				.findIndex((c) => c.destinationIso3 === 'KWT') + 1;
		const { sections } = sectionsOf('LKA', { limit: rank - 1 });
		const kuwait = sections[0].rows.find((r) => r.partner.iso3 === 'KWT')!;
		expect(kuwait).toMatchObject({ rank, beyondLimit: true });
		expect(kuwait.agreements.map((a) => a.signedOn)).toEqual(['2009-05-07']);
	});

	it('keeps partners to the group asked for and counts those that match', () => {
		const { sections } = sectionsOf('PHL', { group: 'EU27', limit: null });
		const eu = new Set(
			readSeedCsv('groups.csv')
				.filter((r) => r.group === 'EU27' && r.status !== 'withdrawn')
				.map((r) => r.iso3)
		);
		const rows = sections[0].rows;
		expect(rows.length).toBe(sections[0].matchingCount);
		expect(rows.every((r) => eu.has(r.partner.iso3))).toBe(true);
	});

	it('lists a territory partner without a status to judge rather than leaving it out', () => {
		const hongKong = seedRow('PHL', 'HKG');
		const { sections } = sectionsOf('PHL', { limit: null });
		const row = sections[0].rows.find((r) => r.partner.iso3 === 'HKG')!;
		expect(row.corridor.migrants).toBe(hongKong.migrants);
		expect(row).toMatchObject({ fact: null, partnerProspects: null, partner: { listed: false } });
	});

	it('marks a corridor where one end is bound by ICRMW and the other is not as an opportunity', () => {
		const { sections } = sectionsOf('PHL', { instrument: 'ICRMW', limit: null });
		const opportunities = sections[0].rows.filter((r) => r.fact?.opportunity === 'one_end_bound');
		expect(opportunities.length).toBeGreaterThan(0);
		for (const r of opportunities) {
			const statuses = [r.fact!.origin.status.status, r.fact!.destination.status.status];
			expect(statuses.some((s) => s === 'in_force' || s === 'ratified_not_in_force')).toBe(true);
		}
	});
});
