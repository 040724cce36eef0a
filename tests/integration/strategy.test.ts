import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as agreements from '../../src/lib/server/db/queries/agreements';
import * as corridors from '../../src/lib/server/db/queries/corridors';
import { corridorMapOf, corridorView, type CorridorView } from '../../src/lib/server/corridor-view';
import { loadSeeds } from '../../src/lib/server/seed/load-seeds';
import { strategyMapOf, strategyView, type StrategyView } from '../../src/lib/server/strategy-view';
import { readSeedCsv, SEEDS_DIR } from '../support/seed-rows';
import { tempDatabase } from '../support/temp-database';

const t = tempDatabase();
beforeAll(() => {
	loadSeeds(t.db, SEEDS_DIR);
});
afterAll(() => t.close());

const seedCorridor = (origin: string, destination: string) => {
	const row = readSeedCsv('corridors.csv').find(
		(r) => r.origin_iso3 === origin && r.destination_iso3 === destination
	);
	if (!row) throw new Error(`No ${origin} → ${destination} row in seeds/corridors.csv`);
	return { migrants: Number(row.migrants), year: Number(row.year) };
};
const seedAgreement = (origin: string, destination: string) => {
	const row = readSeedCsv('solidarity_agreements.csv').find(
		(r) => r.origin_iso3 === origin && r.destination_iso3 === destination
	);
	if (!row) throw new Error(`No ${origin} → ${destination} row in seeds/solidarity_agreements.csv`);
	return row;
};
const gccMembers = () =>
	readSeedCsv('groups.csv')
		.filter((r) => r.group === 'GCC' && r.status !== 'withdrawn')
		.map((r) => r.iso3)
		.sort();

function okCorridors(iso3: string, query = ''): CorridorView {
	const result = corridorView(iso3, new URLSearchParams(query), t.db);
	if (!result.ok) throw new Error(`Expected the corridors of ${iso3}, got ${result.kind}`);
	return result.value;
}
function okStrategy(query = ''): StrategyView {
	const result = strategyView(new URLSearchParams(query), t.db);
	if (!result.ok) throw new Error(`Expected a strategy view, got ${JSON.stringify(result.errors)}`);
	return result.value;
}

describe('corridors read from the seeded database', () => {
	it('holds the Nepal → Qatar corridor with the number of people the seed gives', () => {
		const seed = seedCorridor('NPL', 'QAT');
		const row = corridors.fromOrigin(t.db, 'NPL').find((c) => c.destinationIso3 === 'QAT');
		expect(row).toMatchObject({ originIso3: 'NPL', destinationIso3: 'QAT', ...seed });
		const into = corridors.intoDestination(t.db, 'QAT').find((c) => c.originIso3 === 'NPL');
		expect(into?.migrants).toBe(seed.migrants);
	});

	it('lists a state’s corridors largest first and stops at the limit asked for', () => {
		const all = corridors.fromOrigin(t.db, 'NPL');
		const seedCount = readSeedCsv('corridors.csv').filter((r) => r.origin_iso3 === 'NPL').length;
		expect(all).toHaveLength(seedCount);
		expect(all.map((c) => c.migrants)).toEqual(
			[...all.map((c) => c.migrants)].sort((a, b) => b - a)
		);
		expect(corridors.fromOrigin(t.db, 'NPL', 3)).toEqual(all.slice(0, 3));
	});

	it('reads every corridor of the matrix for the strategy table', () => {
		expect(corridors.list(t.db)).toHaveLength(readSeedCsv('corridors.csv').length);
	});
});

describe('union agreements read from the seeded database', () => {
	it('returns the Sri Lanka–Kuwait agreement for Sri Lanka and for Kuwait, parties as stated', () => {
		const seed = seedAgreement('LKA', 'KWT');
		for (const iso3 of ['LKA', 'KWT']) {
			const found = agreements
				.involving(t.db, iso3)
				.find((a) => a.originIso3 === 'LKA' && a.destinationIso3 === 'KWT');
			expect(found).toMatchObject({
				originParty: seed.origin_party,
				destinationParty: seed.destination_party,
				signedOn: seed.signed_on,
				place: seed.place,
				sourceQuote: seed.source_quote
			});
		}
	});

	it('returns for Sri Lanka every agreement of the seed and for Kuwait only its own', () => {
		const seeds = readSeedCsv('solidarity_agreements.csv');
		expect(agreements.involving(t.db, 'LKA')).toHaveLength(
			seeds.filter((r) => r.origin_iso3 === 'LKA' || r.destination_iso3 === 'LKA').length
		);
		expect(agreements.involving(t.db, 'KWT').map((a) => a.originIso3)).toEqual(['LKA']);
		expect(agreements.list(t.db)).toHaveLength(seeds.length);
	});
});

describe('the corridor view', () => {
	it('shows Nepal as a country of origin with Qatar and the seed’s count among its destinations', () => {
		const view = okCorridors('NPL');
		const origin = view.sections.sections.find((s) => s.side === 'origin')!;
		const qatar = origin.rows.find((r) => r.partner.iso3 === 'QAT')!;
		expect(qatar.corridor.migrants).toBe(seedCorridor('NPL', 'QAT').migrants);
		expect(qatar.fact?.destination.status.status).toBe(
			view.matrix.rows.find((r) => r.country.iso3 === 'QAT')!.cells.C097.status
		);
	});

	it('lists the Sri Lanka → Kuwait corridor for its union agreement even beyond the limit', () => {
		const view = okCorridors('LKA', 'limit=3');
		const rows = view.sections.sections.find((s) => s.side === 'origin')!.rows;
		const kuwait = rows.find((r) => r.partner.iso3 === 'KWT')!;
		expect(kuwait.beyondLimit).toBe(true);
		expect(kuwait.agreements).toHaveLength(1);
		expect(kuwait.fact?.reasons.some((r) => r.text.includes('cooperation agreement'))).toBe(true);
		expect(rows.filter((r) => !r.beyondLimit)).toHaveLength(3);
	});

	it('shows Kuwait as a country of destination whose origins include Sri Lanka with its agreement', () => {
		const view = okCorridors('KWT', 'limit=all');
		expect(view.sections.sections.map((s) => s.side)).toContain('destination');
		expect(view.agreements.map((a) => a.originIso3)).toEqual(['LKA']);
		const lka = view.sections.sections
			.find((s) => s.side === 'destination')!
			.rows.find((r) => r.partner.iso3 === 'LKA')!;
		expect(lka.agreements[0].signedOn).toBe(seedAgreement('LKA', 'KWT').signed_on);
	});

	it('keeps partners to the group asked for', () => {
		const view = okCorridors('NPL', 'group=GCC&limit=all');
		const partners = view.sections.sections.flatMap((s) => s.rows.map((r) => r.partner.iso3));
		expect(partners.length).toBeGreaterThan(0);
		expect(partners.every((iso3) => gccMembers().includes(iso3))).toBe(true);
	});

	it('redirects a lower-case code and refuses unknown codes and parameters, naming what is accepted', () => {
		expect(corridorView('npl', new URLSearchParams(), t.db)).toEqual({
			ok: false,
			kind: 'redirect',
			iso3: 'NPL'
		});
		expect(corridorView('XXX', new URLSearchParams(), t.db)).toMatchObject({
			ok: false,
			kind: 'not_found'
		});
		const bad = corridorView('NPL', new URLSearchParams('instrument=C999&limit=0'), t.db);
		expect(bad).toMatchObject({ ok: false, kind: 'bad_request' });
		if (!bad.ok && bad.kind === 'bad_request')
			expect(bad.errors.map((e) => e.param).sort()).toEqual(['instrument', 'limit']);
	});

	it('draws a link for every corridor and agreement whose ends are on the map', () => {
		const view = okCorridors('LKA');
		const map = corridorMapOf(view);
		const flows = view.sections.sections.flatMap((s) => s.rows);
		expect(map.links.filter((l) => l.kind === 'flow')).toHaveLength(flows.length - map.undrawn);
		expect(
			map.links
				.filter((l) => l.kind === 'agreement')
				.map((l) => l.destinationIso3)
				.sort()
		).toEqual(
			readSeedCsv('solidarity_agreements.csv')
				.filter((r) => r.origin_iso3 === 'LKA')
				.map((r) => r.destination_iso3)
				.sort()
		);
		for (const link of map.links) expect(link.d).toMatch(/^M[\d.]+ [\d.]+Q/);
	});
});

describe('the strategy view', () => {
	it('follows the plan’s focus by default: C097, both sides, strategic states first', () => {
		const view = okStrategy();
		expect(view.query).toMatchObject({ instrument: 'C097', side: 'both', group: null });
		const firstOther = view.rows.findIndex((r) => !r.strategic);
		expect(firstOther).toBeGreaterThan(0);
		expect(view.rows.slice(firstOther).every((r) => !r.strategic)).toBe(true);
	});

	it('limits the view to the GCC destinations and draws it on a map that shows them all', () => {
		const view = okStrategy('side=destination&group=GCC');
		expect(view.rows.map((r) => r.country.iso3).sort()).toEqual(gccMembers());
		const map = strategyMapOf(view);
		const listed = map.states
			.filter((s) => s.key !== null)
			.map((s) => s.iso3)
			.sort();
		expect(listed).toEqual(gccMembers());
		expect(map.symbolCounts.destination).toBe(view.rows.filter((r) => r.strategic).length);
	});

	it('draws every state of the table on the world map, as a shape or a marker', () => {
		const view = okStrategy();
		const map = strategyMapOf(view);
		const drawn = new Set(map.states.filter((s) => s.d || s.marker).map((s) => s.iso3));
		expect(view.rows.filter((r) => !drawn.has(r.country.iso3)).map((r) => r.country.iso3)).toEqual(
			[]
		);
		expect(map.legend.reduce((n, l) => n + l.count, 0)).toBe(view.rows.length);
	});

	it('refuses an unknown instrument and side, naming what is accepted', () => {
		const result = strategyView(new URLSearchParams('instrument=C999&side=up'), t.db);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			const instrument = result.errors.find((e) => e.param === 'instrument')!;
			expect(instrument.accepted).toContain('C097');
			expect(result.errors.find((e) => e.param === 'side')!.accepted).toContain('destination');
		}
	});
});
