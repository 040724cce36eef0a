/**
 * The map says what the data says: each State's paint is the status derived from its seed rows,
 * every State is named in words, areas we do not report on never get a status, and the SVG the
 * component renders stands alone with a title and a link per State.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ChoroplethMap from '$lib/components/map/ChoroplethMap.svelte';
import { campaignMarker } from '$lib/domain/campaign-progress';
import { coverageOf } from '$lib/domain/coverage';
import { formatPartialDate } from '$lib/domain/partial-date';
import { LIMITED_PATTERN } from '$lib/map/palette';
import { MAP_IMAGE_PARAMS, parseMapQuery, type MapQuery } from '$lib/domain/map-query';
import { deriveStatus } from '$lib/domain/ratification-status';
import { STATUSES } from '$lib/domain/statuses';
import {
	joinChoropleth,
	legendRows,
	SMALL_SHAPE_AREA_PX2,
	TARGET_RADIUS_PX,
	type Choropleth
} from '$lib/map/choropleth';
import { withoutPaths } from '$lib/map/server-drawn-paths';
import { coverageRamp } from '$lib/map/coverage-choropleth';
import { perceivedDifference, VISIONS } from '$lib/map/colour-vision';
import { buildMapGeometry } from '$lib/map/geometry';
import { MAP_VIEWS } from '$lib/map/projections';
import { coverageMapView, instrumentMapView, type InstrumentMapView } from '$lib/server/map-view';
import { eventsOf, instrumentRow, readSeedCsv, statementsOf } from '../../support/seed-rows';
import { seedTrackerData } from '../export/seed-tracker-data';

const TODAY = '2026-11-23';
const ILO_MEMBERS = readSeedCsv('ilo_members.csv').map((r) => r.iso3);
const UN_ONLY = readSeedCsv('un-members-outside-ilo.csv').map((r) => r.iso3);
const DATA = seedTrackerData([...ILO_MEMBERS, ...UN_ONLY]);
const CODES = DATA.instruments.map((i) => i.code);
const ALL_EVENTS = DATA.events;

function query(search = ''): MapQuery {
	const parsed = parseMapQuery(new URLSearchParams(search), {
		allowed: MAP_IMAGE_PARAMS,
		views: MAP_VIEWS.map((v) => v.id),
		groups: DATA.groups.map((g) => g.code),
		today: TODAY
	});
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
	return parsed.value;
}

function instrumentMap(code: string, search = ''): InstrumentMapView {
	// No campaign layer: these tests check the statuses from the seeds alone.
	const result = instrumentMapView(code, query(search), 960, DATA, () => null);
	if (result.status !== 'found') throw new Error(`No map for ${code}: ${result.status}`);
	return result.view;
}

/** The status deriveStatus gives from the seed rows alone, with the instrument's real coverage. */
function expectedStatus(iso3: string, code: string, asOf: string) {
	const instrument = instrumentRow(code);
	return deriveStatus({
		instrument,
		events: eventsOf(iso3, code),
		statements: statementsOf(iso3, code),
		coverage: coverageOf(instrument, ALL_EVENTS),
		asOf
	}).status;
}

const stateOf = (map: Choropleth, iso3: string) => {
	const state = map.states.find((s) => s.iso3 === iso3);
	if (!state) throw new Error(`${iso3} is not on the map`);
	return state;
};

describe('an instrument map', () => {
	const cases = [
		['NPL', 'C097'],
		['QAT', 'ICRMW'],
		['COG', 'C097']
	] as const;
	for (const asOf of ['2024-01-01', TODAY])
		for (const [iso3, code] of cases)
			it(`paints ${iso3} with the ${code} status its seed rows give on ${asOf}`, () => {
				const { map, table } = instrumentMap(code, asOf === TODAY ? '' : `as_of=${asOf}`);
				const expected = expectedStatus(iso3, code, asOf);
				const state = stateOf(map, iso3);
				expect(state.status).toBe(expected);
				expect(table.find((r) => r.iso3 === iso3)?.status).toBe(expected);
			});

	it('says Congo had ratified C097 but it was not yet in force at the start of 2024', () => {
		// NORMLEX: ratified 26 Oct 2023, in force 26 Oct 2024 (seeds/ratifications*.csv).
		expect(stateOf(instrumentMap('C097', 'as_of=2024-01-01').map, 'COG').status).toBe(
			'ratified_not_in_force'
		);
	});

	it('names every ILO member State in words, with the instrument and its status', () => {
		const { map } = instrumentMap('C097');
		const drawn = new Map(map.states.map((s) => [s.iso3, s]));
		for (const iso3 of ILO_MEMBERS) {
			const state = drawn.get(iso3);
			expect(state, `${iso3} is on the world map`).toBeDefined();
			expect(state!.d !== '' || state!.marker !== null, `${iso3} is drawn`).toBe(true);
			expect(state!.label.startsWith(`${state!.name}: C097 `), state!.label).toBe(true);
			expect(state!.href).toBe(`/countries/${iso3}`);
		}
	});

	it('says "unknown, no sourced record" for a State without a record, never "not ratified"', () => {
		const { map } = instrumentMap('C097');
		const nepal = stateOf(map, 'NPL');
		if (nepal.status === 'unknown')
			expect(nepal.label).toBe('Nepal: C097 unknown, no sourced record');
		else expect(nepal.label).toMatch(/^Nepal: C097 not ratified as of /);
	});

	it('gives areas outside the States it reports on no status, name or link', () => {
		const { map } = instrumentMap('C097');
		const reported = new Set(map.states.map((s) => s.iso3));
		expect(map.noData.length).toBeGreaterThan(0);
		for (const area of map.noData) {
			expect(Object.keys(area).sort()).toEqual(['d', 'featureId', 'name']);
			const m49 = DATA.countries.find((c) => String(c.m49).padStart(3, '0') === area.featureId);
			if (m49) expect(reported.has(m49.iso3), `${area.name} is not a reported State`).toBe(false);
		}
	});

	it('counts in its legend every State on the map, once', () => {
		const { map } = instrumentMap('ICRMW');
		const total = map.legend.reduce((sum, row) => sum + row.count, 0);
		expect(total).toBe(map.states.length);
		for (const status of STATUSES) {
			const count = map.states.filter((s) => s.status === status).length;
			expect(map.legend.find((row) => row.key === status)?.count, status).toBe(count);
		}
	});

	it('describes the day, the coverage and the counts in words', () => {
		const { map, coverage } = instrumentMap('C097');
		const inForce = map.states.filter((s) => s.status === 'in_force').length;
		expect(map.description).toContain('C097 Migration for employment, as of 23 Nov 2026');
		expect(map.description).toContain(
			`${coverage.sourcedStates} of ${coverage.officialCount} official ratifications held, count of ${formatPartialDate(coverage.officialCountAsOf)}`
		);
		expect(map.description).toContain(`${inForce} in force`);
	});

	it('draws Tanzania C097 as in force with the limited texture and says Zanzibar in its name', () => {
		const { map } = instrumentMap('C097');
		const tanzania = stateOf(map, 'TZA');
		expect(tanzania.status).toBe('in_force');
		expect(tanzania.pattern).toBe(LIMITED_PATTERN.id);
		expect(tanzania.label).toMatch(/limited in scope: Zanzibar only/);
		const limitedRow = map.legend.find((row) => row.key === 'in_force_limited')!;
		const limited = map.states.filter((s) => s.pattern === LIMITED_PATTERN.id).length;
		expect(limitedRow.count).toBe(limited);
		// The key's rows stay disjoint: together they count every State shown once.
		expect(map.legend.reduce((n, row) => n + row.count, 0)).toBe(
			map.states.filter((s) => s.status).length
		);
	});

	it('outlines exactly the current members of the group asked for', () => {
		const members = new Set(
			DATA.memberships
				.filter((m) => m.groupCode === 'GCC' && m.status !== 'withdrawn')
				.map((m) => m.iso3)
		);
		const { map } = instrumentMap('C097', 'group=GCC');
		const outlined = map.states.filter((s) => s.inGroup).map((s) => s.iso3);
		expect(new Set(outlined)).toEqual(members);
		for (const state of map.states.filter((s) => s.inGroup))
			expect(state.label).toContain('Gulf Cooperation Council');
	});

	it('gives every State too small to point at a marker or a target disc inside the map', () => {
		for (const view of ['world', 'arab-states']) {
			const { map } = instrumentMap('C097', view === 'world' ? '' : `view=${view}`);
			const countries = DATA.countries.filter((c) => map.states.some((s) => s.iso3 === c.iso3));
			const geometry = buildMapGeometry(view as 'world', 960, countries);
			const area = (iso3: string) =>
				geometry.shapes.filter((s) => s.iso3 === iso3).reduce((sum, s) => sum + s.area, 0);
			for (const state of map.states) {
				const small = state.marker !== null || area(state.iso3) < SMALL_SHAPE_AREA_PX2;
				expect(state.target !== null, `${state.iso3} on ${view}`).toBe(small);
				if (!state.target) continue;
				expect(state.target.r).toBeGreaterThanOrEqual(TARGET_RADIUS_PX);
				expect(state.target.x).toBeGreaterThanOrEqual(0);
				expect(state.target.x).toBeLessThanOrEqual(map.width);
				expect(state.target.y).toBeGreaterThanOrEqual(0);
				expect(state.target.y).toBeLessThanOrEqual(map.height);
			}
		}
	});

	it('shows Bahrain, Qatar and Kuwait as named links on the Gulf view', () => {
		const { map } = instrumentMap('ICRMW', 'view=gulf-south-asia');
		for (const iso3 of ['BHR', 'QAT', 'KWT', 'MDV']) {
			const state = stateOf(map, iso3);
			expect(state.d !== '' || state.marker !== null, `${iso3} is drawn`).toBe(true);
			expect(state.label).toMatch(new RegExp(`^${state.name}: ICRMW `));
		}
	});

	it('lists in its table exactly the States it draws', () => {
		const { map, table } = instrumentMap('C087', 'view=africa');
		expect(table.map((r) => r.iso3).sort()).toEqual(map.states.map((s) => s.iso3).sort());
	});
});

describe('the campaign layer on an instrument map', () => {
	const active = campaignMarker({
		iso3: 'NPL',
		instrument: 'C097',
		stage: 'campaign_launched',
		since: '2025',
		source: 'GEFONT'
	})!;
	const stalled = campaignMarker({
		iso3: 'LKA',
		instrument: 'C097',
		stage: 'stalled',
		since: '2024',
		source: 'CTUC'
	})!;
	const result = instrumentMapView('C097', query(), 960, DATA, (iso3) =>
		iso3 === 'NPL' ? active : iso3 === 'LKA' ? stalled : null
	);
	if (result.status !== 'found') throw new Error('No C097 map');
	const { view } = result;
	const state = (iso3: string) => view.map.states.find((s) => s.iso3 === iso3)!;

	it("adds the campaign to the State's accessible name and its table row", () => {
		expect(state('NPL').label).toMatch(/^Nepal: C097 .*; active campaign: Campaign launched/);
		expect(state('NPL').label.endsWith(', reported by GEFONT')).toBe(true);
		expect(state('LKA').label).toContain('; campaign stalled (2024), reported by CTUC');
		expect(view.table.find((r) => r.iso3 === 'NPL')!.campaign).toEqual(active);
		expect(
			view.table
				.filter((r) => r.campaign)
				.map((r) => r.iso3)
				.sort()
		).toEqual(['LKA', 'NPL']);
	});

	it('rings only the active campaign, inside the map, and keys the ring once', () => {
		const ring = state('NPL').ring!;
		expect(ring.x).toBeGreaterThan(0);
		expect(ring.x).toBeLessThan(view.map.width);
		expect(ring.y).toBeGreaterThan(0);
		expect(ring.y).toBeLessThan(view.map.height);
		expect(view.map.states.filter((s) => s.ring).map((s) => s.iso3)).toEqual(['NPL']);
		const key = legendRows(view.map).filter((row) => row.symbol === 'ring');
		expect(key).toEqual([expect.objectContaining({ label: 'Active campaign', count: 1 })]);
	});
});

describe('shapes sent without their paths', () => {
	it('send no path data, yet draw the same map where they were kept (the server)', () => {
		const { shapes, paint, map } = instrumentMap('C097');
		const stripped = withoutPaths(shapes, 'test|world');
		const sent = JSON.stringify(stripped);
		for (const state of map.states.filter((s) => s.d)) expect(sent).not.toContain(state.d!);
		expect(sent).not.toContain(map.graticule!);
		const drawn = joinChoropleth(stripped, paint);
		expect(drawn.states.map((s) => s.d)).toEqual(map.states.map((s) => s.d));
		expect(drawn.outline).toBe(map.outline);
	});
});

describe('the coverage map', () => {
	it("counts each State's instruments in force from its seed rows and says so in its name", () => {
		const view = coverageMapView(query(), 960, DATA);
		for (const iso3 of ['NPL', 'QAT', 'COG', 'PHL']) {
			const inForce = CODES.filter((code) => expectedStatus(iso3, code, TODAY) === 'in_force');
			const state = stateOf(view.map, iso3);
			expect(state.label).toContain(`${inForce.length} of ${CODES.length} instruments in force`);
			expect(view.table.find((r) => r.iso3 === iso3)?.inForce).toBe(inForce.length);
		}
	});

	it('hatches a State where any status is unknown', () => {
		const view = coverageMapView(query(), 960, DATA);
		for (const row of view.table) {
			const state = stateOf(view.map, row.iso3);
			expect(state.pattern !== null, row.iso3).toBe(row.statuses.includes('unknown'));
		}
	});

	it('uses a ramp whose neighbouring steps stay apart for every kind of colour vision', () => {
		const ramp = coverageRamp(CODES.length + 1);
		for (const vision of VISIONS)
			for (let k = 1; k < ramp.length; k++)
				expect(
					perceivedDifference(ramp[k - 1], ramp[k], vision),
					`${k - 1} and ${k} in force, ${vision}`
				).toBeGreaterThan(5);
	});
});

describe('the ChoroplethMap component', () => {
	const { map } = instrumentMap('C097', 'group=GCC');
	const { body } = render(ChoroplethMap, {
		props: { map, idPrefix: 't-', heading: true, legend: true }
	});

	it('draws the coverage and the date of the count as visible text, not only in the description', () => {
		const texts = [...body.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
		const c097 = instrumentRow('C097');
		expect(texts).toContain(`official ratifications held, count of`);
		expect(texts).toContain(formatPartialDate(c097.officialCountAsOf).split(' ').at(-1)!);
		expect(map.coverageNote).toContain(`${c097.officialCount} of ${c097.officialCount} official`);
	});

	it('renders a standalone SVG document with a title and a description', () => {
		// render() wraps a component in hydration comments, which XML allows before the root.
		const root = body.replace(/^(\s|<!--[^>]*-->)*/, '');
		expect(root.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(
			root
				.trimEnd()
				.replace(/(<!--[^>]*-->)*$/, '')
				.endsWith('</svg>')
		).toBe(true);
		expect(body).toContain('<title id="t-title">');
		expect(body).toContain('aria-labelledby="t-title"');
	});

	it('draws one link per State, named in words, and nothing through raw HTML', () => {
		const links = [...body.matchAll(/<a href="([^"]+)"[^>]*aria-label="([^"]+)"/g)];
		expect(links.length).toBe(map.states.length);
		expect(body).not.toContain('<!--{@html');
	});

	it('keeps every id unique and prefixed', () => {
		const ids = [...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id.startsWith('t-')).toBe(true);
	});

	it('refers only to patterns it defines', () => {
		const defined = new Set([...body.matchAll(/<pattern id="([^"]+)"/g)].map((m) => m[1]));
		const used = [...body.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]);
		expect(used.length).toBeGreaterThan(0);
		for (const id of used) expect(defined.has(id), id).toBe(true);
	});
});
