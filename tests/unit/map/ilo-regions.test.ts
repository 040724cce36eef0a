import { describe, expect, it } from 'vitest';
import { ILO_REGIONS, ILO_REGION_MEMBERS, iloRegionOf } from '$lib/map/ilo-regions';
import { ILO_MEMBERS } from './seed-countries';

describe('ILO regions', () => {
	it('places every ILO member State of the seeds in exactly one region', () => {
		const misplaced = ILO_MEMBERS.filter(
			(iso3) => ILO_REGIONS.filter((r) => ILO_REGION_MEMBERS[r].includes(iso3)).length !== 1
		);
		expect(misplaced).toEqual([]);
	});

	it('lists no one who is not an ILO member, except the occupied Palestinian territory', () => {
		const listed = ILO_REGIONS.flatMap((r) => ILO_REGION_MEMBERS[r]);
		expect(listed.filter((iso3) => !ILO_MEMBERS.includes(iso3))).toEqual(['PSE']);
	});

	it('counts North Africa in Africa, not among the Arab States', () => {
		for (const iso3 of ['DZA', 'EGY', 'LBY', 'MAR', 'TUN'])
			expect(iloRegionOf(iso3)).toBe('africa');
	});

	it('holds the eleven Arab States of the ILO and the occupied Palestinian territory', () => {
		// prettier-ignore
		const arabStates = ['ARE', 'BHR', 'IRQ', 'JOR', 'KWT', 'LBN', 'OMN', 'PSE', 'QAT', 'SAU', 'SYR', 'YEM'];
		expect([...ILO_REGION_MEMBERS['arab-states']].sort()).toEqual(arabStates);
	});
});
