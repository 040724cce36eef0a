import { describe, expect, it } from 'vitest';
import {
	DEFAULT_MAP_VIEW,
	DEFAULT_MAP_WIDTH,
	MAP_IMAGE_PARAMS,
	MAP_PAGE_PARAMS,
	MAX_QUERY_WIDTH,
	MIN_QUERY_WIDTH,
	mapQueryString,
	parseMapQuery,
	type MapParam,
	type MapQueryOptions
} from '$lib/domain/map-query';
import { MAP_VIEWS } from '$lib/map/projections';
import { readSeedCsv } from '../support/seed-rows';

const TODAY = '2026-11-23';
const GROUPS = [...new Set(readSeedCsv('groups.csv').map((r) => r.group))];
const VIEWS = MAP_VIEWS.map((v) => v.id);

const options = (allowed: readonly MapParam[] = MAP_IMAGE_PARAMS): MapQueryOptions => ({
	allowed,
	views: VIEWS,
	groups: GROUPS,
	today: TODAY
});
const parse = (query: string, allowed?: readonly MapParam[]) =>
	parseMapQuery(new URLSearchParams(query), options(allowed));

/** The errors of a query that must fail, by parameter. */
function errorsOf(query: string, allowed?: readonly MapParam[]) {
	const result = parse(query, allowed);
	expect(result.ok, `"${query}" is refused`).toBe(false);
	return result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.param, e]));
}

describe('parseMapQuery', () => {
	it("shows today's world map at the default width when the address names nothing", () => {
		const result = parse('');
		expect(result).toEqual({
			ok: true,
			value: {
				asOf: TODAY,
				asOfExplicit: false,
				view: DEFAULT_MAP_VIEW,
				group: null,
				sort: 'name',
				dir: 'asc',
				width: DEFAULT_MAP_WIDTH,
				plain: false,
				dark: false,
				transparent: false
			}
		});
	});

	it('reads a past day, a region and a group from the seeds', () => {
		const [view, group] = [VIEWS.at(-1)!, GROUPS[0]];
		const result = parse(`as_of=2010-12-31&view=${view}&group=${group}`);
		expect(result.ok && result.value).toMatchObject({
			asOf: '2010-12-31',
			asOfExplicit: true,
			view,
			group
		});
	});

	it('accepts the narrowest and widest image and refuses a pixel beyond, naming the range', () => {
		for (const width of [MIN_QUERY_WIDTH, MAX_QUERY_WIDTH]) {
			const result = parse(`width=${width}`);
			expect(result.ok && result.value.width).toBe(width);
		}
		for (const width of [MIN_QUERY_WIDTH - 1, MAX_QUERY_WIDTH + 1, '640.5', 'abc', '']) {
			const { width: error } = errorsOf(`width=${width}`);
			expect(error.value).toBe(String(width));
			expect(error.accepted).toContain(String(MIN_QUERY_WIDTH));
			expect(error.accepted).toContain(String(MAX_QUERY_WIDTH));
		}
	});

	it('switches a flag on when it is bare, empty, 1 or true, and off for 0 or false', () => {
		for (const [query, on] of [
			['dark', true],
			['dark=', true],
			['dark=1', true],
			['dark=true', true],
			['dark=0', false],
			['dark=false', false]
		] as const) {
			const result = parse(query);
			expect(result.ok && result.value.dark, query).toBe(on);
		}
	});

	it('refuses a flag given any other value, naming the values it takes', () => {
		const { plain } = errorsOf('plain=yes');
		expect(plain.accepted).toContain('1');
		expect(plain.accepted).toContain('0');
	});

	it('names the views it knows when asked for another', () => {
		const { view } = errorsOf('view=mars');
		for (const id of VIEWS) expect(view.accepted).toContain(id);
	});

	it('names the groups in the seeds when asked for an unknown one', () => {
		const { group } = errorsOf('group=NOPE');
		for (const code of GROUPS) expect(group.accepted).toContain(code);
	});

	it('refuses an impossible day and a day after today', () => {
		expect(errorsOf('as_of=2023-02-30').as_of.value).toBe('2023-02-30');
		expect(errorsOf('as_of=2099-01-01').as_of.accepted).toContain(TODAY);
	});

	it('refuses image settings on a page, and any parameter it does not know', () => {
		const errors = errorsOf('width=800&dark=1&colour=red', MAP_PAGE_PARAMS);
		expect(Object.keys(errors).sort()).toEqual(['colour', 'dark', 'width']);
		for (const param of MAP_PAGE_PARAMS) expect(errors.colour.accepted).toContain(param);
	});

	it('refuses a parameter given twice rather than pick one', () => {
		const { view } = errorsOf('view=africa&view=americas');
		expect(view.value).toBe('africa, americas');
	});

	it('lists every bad parameter at once', () => {
		expect(Object.keys(errorsOf('view=mars&width=5&as_of=x')).sort()).toEqual([
			'as_of',
			'view',
			'width'
		]);
	});

	it('offers only the table orders an address allows', () => {
		const result = parseMapQuery(new URLSearchParams('sort=date'), {
			...options(MAP_PAGE_PARAMS),
			sorts: ['name', 'status']
		});
		expect(result.ok).toBe(false);
	});
});

describe('mapQueryString', () => {
	it('writes nothing for the defaults, so the plain address is the canonical one', () => {
		const result = parse('');
		expect(result.ok && mapQueryString(result.value, MAP_IMAGE_PARAMS)).toBe('');
	});

	it('gives back the same map when its address is parsed again', () => {
		const query = `as_of=2010-12-31&view=africa&group=${GROUPS[0]}&width=640&plain=1&dark=1&transparent=1`;
		const first = parse(query);
		expect(first.ok).toBe(true);
		if (!first.ok) return;
		const again = parse(mapQueryString(first.value, MAP_IMAGE_PARAMS).slice(1));
		expect(again).toEqual(first);
	});

	it('leaves out what an address does not take', () => {
		const result = parse('width=640&dark=1&view=africa');
		expect(result.ok && mapQueryString(result.value, MAP_PAGE_PARAMS)).toBe('?view=africa');
	});
});
