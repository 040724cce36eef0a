/**
 * The CSV export and the JSON API against the built server: content types, cache validators, the
 * same answer as the matrix page for the same filters, and JSON errors for anything typed into a URL.
 * Expected values come from seeds/, which the server loads into its fresh database.
 */
import { expect, test, type APIResponse } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { interval } from '../../src/lib/domain/partial-date';
import { readSeedCsv } from '../support/seed-rows';

const instrumentCodes = readSeedCsv('instruments.csv').map((r) => r.code);
const groupCodes = [...new Set(readSeedCsv('groups.csv').map((r) => r.group))];
const gccMembers = readSeedCsv('groups.csv').filter(
	(r) => r.group === 'GCC' && r.status !== 'withdrawn'
);
/** The per-instrument CSV columns, in the documented order. */
const CELL_COLUMNS = [
	'status',
	'date',
	'precision',
	'event',
	'since',
	'source_url',
	'confidence',
	'confidence_reason',
	'scope_kind',
	'scope',
	'known_as_of',
	'reason'
];
const PAST = '2020-01-01';

function directive(response: APIResponse, name: string): number {
	const match = new RegExp(`(?:^|[\\s,])${name}=(\\d+)`).exec(response.headers()['cache-control']);
	expect(match, `Cache-Control has ${name}`).not.toBeNull();
	return Number(match![1]);
}

async function expectJsonError(response: APIResponse, status: number) {
	expect(response.status()).toBe(status);
	expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
	const body = await response.json();
	expect(body.error.status).toBe(status);
	expect(typeof body.error.message).toBe('string');
	return body.error;
}

test.describe('the matrix export and API', () => {
	test('the matrix JSON describes its day, its data version and the coverage of every instrument', async ({
		request
	}) => {
		const response = await request.get(`/api/v1/matrix.json?as_of=${PAST}`);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
		const { meta, rows } = await response.json();
		expect(meta.asOf).toBe(PAST);
		expect(typeof meta.dataVersion).toBe('number');
		expect(meta.about).toMatch(/\/about\/data$/);
		expect(meta.licence).toBeTruthy();
		expect(meta.sources).toBeTruthy();
		expect(meta.instruments.map((i: { code: string }) => i.code)).toEqual(instrumentCodes);
		for (const i of meta.instruments) {
			const seed = readSeedCsv('instruments.csv').find((r) => r.code === i.code)!;
			expect(i.coverage.officialCount).toBe(Number(seed.official_count));
			expect(typeof i.coverage.sourcedStates).toBe('number');
			expect(typeof i.coverage.complete).toBe('boolean');
		}
		expect(rows).toHaveLength(meta.shown);
		expect(meta.shown).toBe(meta.total);
		for (const cell of Object.values(rows[0].cells) as Record<string, unknown>[])
			for (const key of ['status', 'date', 'precision', 'event', 'sourceUrl', 'confidence'])
				expect(cell).toHaveProperty(key);
	});

	test('the matrix CSV is a download named after its day, with the same columns for each instrument in the order of the data', async ({
		request
	}) => {
		const response = await request.get(`/data/matrix.csv?as_of=${PAST}`);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
		expect(response.headers()['content-disposition']).toMatch(
			new RegExp(`^attachment; filename="[^"]*${PAST}[^"]*\\.csv"$`)
		);
		// A CSV cannot carry coverage: its answer links the package that describes it.
		expect(response.headers()['link']).toBe(
			'</data/datapackage.json>; rel="describedby"; type="application/json"'
		);
		const described = await (await request.get('/data/datapackage.json')).json();
		for (const code of instrumentCodes) {
			const coverage = described.coverage.find((c: { code: string }) => c.code === code);
			expect(coverage.coverage).toMatch(/official (ratifications|parties) held/);
		}
		const [header] = parse(await response.text()) as string[][];
		expect(header).toEqual([
			'iso3',
			'name',
			'ilo_member',
			'un_member',
			'groups',
			...instrumentCodes.flatMap((code) => CELL_COLUMNS.map((suffix) => `${code}_${suffix}`))
		]);
	});

	test('the CSV and the JSON list the same Gulf states for the same filter', async ({
		request
	}) => {
		const json = await (await request.get('/api/v1/matrix.json?group=GCC')).json();
		const csv = parse(await (await request.get('/data/matrix.csv?group=GCC')).text(), {
			columns: true
		}) as Record<string, string>[];
		expect(json.meta.shown).toBe(gccMembers.length);
		expect(csv).toHaveLength(json.meta.shown);
		expect(csv.map((r) => r.iso3)).toEqual(json.rows.map((r: { iso3: string }) => r.iso3));
		expect(csv.map((r) => r.iso3).sort()).toEqual(gccMembers.map((m) => m.iso3).sort());
		for (const [i, row] of json.rows.entries())
			for (const code of instrumentCodes) {
				expect(csv[i][`${code}_status`]).toBe(row.cells[code].status);
				expect(csv[i][`${code}_date`]).toBe(row.cells[code].date ?? '');
			}
	});

	test('an export answers 304 Not Modified when the client already holds it', async ({
		request
	}) => {
		for (const path of ['/data/matrix.csv?group=GCC', '/api/v1/matrix.json?group=GCC']) {
			const first = await request.get(path);
			const etag = first.headers()['etag'];
			expect(etag).toMatch(/^"[^"]+"$/);
			expect(first.headers()['vary']).toMatch(/Accept-Encoding/i);
			for (const ifNoneMatch of [etag, `W/${etag}`, `"stale", ${etag}`]) {
				const again = await request.get(path, { headers: { 'If-None-Match': ifNoneMatch } });
				expect(again.status(), `If-None-Match: ${ifNoneMatch}`).toBe(304);
				expect(again.headers()['etag']).toBe(etag);
				expect(await again.body()).toHaveLength(0);
			}
			const other = await request.get(path, { headers: { 'If-None-Match': '"stale"' } });
			expect(other.status()).toBe(200);
		}
	});

	test('the ETag changes when the answer changes', async ({ request }) => {
		const today = await request.get('/api/v1/matrix.json');
		const past = await request.get(`/api/v1/matrix.json?as_of=${PAST}`);
		const gulf = await request.get('/api/v1/matrix.json?group=GCC');
		const tags = [today, past, gulf].map((r) => r.headers()['etag']);
		expect(new Set(tags).size).toBe(3);
	});

	test('CDNs may cache every answer, and an answer pinned to a past day longer than one for today', async ({
		request
	}) => {
		const today = await request.get('/data/matrix.csv');
		const past = await request.get(`/data/matrix.csv?as_of=${PAST}`);
		for (const response of [today, past]) {
			expect(response.headers()['cache-control']).toMatch(/^public/);
			directive(response, 's-maxage');
			directive(response, 'stale-while-revalidate');
		}
		expect(directive(past, 'max-age')).toBeGreaterThan(directive(today, 'max-age'));
		expect(directive(past, 's-maxage')).toBeGreaterThan(directive(today, 's-maxage'));
	});
});

test.describe('errors in JSON', () => {
	test('a day that does not exist is a 400 naming as_of and the accepted form', async ({
		request
	}) => {
		for (const path of ['/api/v1/matrix.json', '/data/matrix.csv', '/api/v1/countries/QAT.json']) {
			const error = await expectJsonError(await request.get(`${path}?as_of=2023-02-30`), 400);
			expect(error.errors).toHaveLength(1);
			expect(error.errors[0]).toMatchObject({ param: 'as_of', value: '2023-02-30' });
			expect(error.errors[0].accepted).toMatch(/YYYY-MM-DD/);
		}
	});

	test('an unknown group is a 400 that lists the groups of the data', async ({ request }) => {
		const error = await expectJsonError(await request.get('/data/matrix.csv?group=NOPE'), 400);
		expect(error.errors[0].param).toBe('group');
		for (const code of groupCodes) expect(error.errors[0].accepted).toContain(code);
	});

	test('an unknown parameter is a 400 that lists the parameters accepted', async ({ request }) => {
		const error = await expectJsonError(await request.get('/api/v1/matrix.json?colour=red'), 400);
		expect(error.errors[0]).toMatchObject({ param: 'colour', value: 'red' });
		for (const name of ['as_of', 'group', 'status', 'sort'])
			expect(error.errors[0].accepted).toContain(name);
	});

	test('an unknown sort is a 400 that names the instrument codes it accepts', async ({
		request
	}) => {
		const error = await expectJsonError(await request.get('/api/v1/matrix.json?sort=size'), 400);
		expect(error.errors[0].param).toBe('sort');
		for (const code of instrumentCodes) expect(error.errors[0].accepted).toContain(code);
	});

	test('an unknown country is a 404 pointing at the list of codes', async ({ request }) => {
		const error = await expectJsonError(await request.get('/api/v1/countries/XXX.json'), 404);
		expect(error.message).toContain('XXX');
		expect(error.hint).toContain('/api/v1/matrix.json');
	});

	test('an unknown instrument is a 404 naming the instruments followed', async ({ request }) => {
		const error = await expectJsonError(await request.get('/api/v1/instruments/C999.json'), 404);
		for (const code of instrumentCodes) expect(error.message).toContain(code);
		expect(error.hint).toBeTruthy();
	});

	test('an unknown API address is a 404 in JSON, not an HTML page', async ({ request }) => {
		const error = await expectJsonError(await request.get('/api/v1/countries/QAT'), 404);
		expect(error.hint).toContain('/api/v1/countries/QAT.json');
	});

	test('nothing typed into an address makes the server fail', async ({ request }) => {
		const long = 'x'.repeat(4000);
		const paths = [
			`/api/v1/matrix.json?q=${long}`,
			`/data/matrix.csv?${long}=1`,
			'/api/v1/matrix.json?status=%E0%A4%A',
			'/api/v1/matrix.json?as_of=%00',
			'/api/v1/matrix.json?as_of=0000-00-00&as_of=2020-01-01',
			'/data/matrix.csv?group=%F0%9F%98%80&dir=sideways',
			`/api/v1/countries/${long}.json`,
			'/api/v1/countries/%00.json',
			'/api/v1/countries/%E0%A4%A.json',
			'/api/v1/instruments/..%2F..%2Fetc.json',
			'/api/v1/countries/QAT.json?as_of=9999-12-31'
		];
		for (const path of paths) {
			const response = await request.get(path);
			expect(response.status(), path.slice(0, 80)).toBeGreaterThanOrEqual(400);
			expect(response.status(), path.slice(0, 80)).toBeLessThan(500);
		}
	});
});

test.describe('one country and one instrument', () => {
	test('a country code in lower case leads to the canonical answer', async ({ request }) => {
		const iso3 = gccMembers[0].iso3;
		const redirect = await request.get(
			`/api/v1/countries/${iso3.toLowerCase()}.json?as_of=${PAST}`,
			{
				maxRedirects: 0
			}
		);
		expect(redirect.status()).toBe(301);
		expect(redirect.headers()['location']).toBe(`/api/v1/countries/${iso3}.json?as_of=${PAST}`);
		const followed = await request.get(`/api/v1/countries/${iso3.toLowerCase()}.json`);
		expect(followed.status()).toBe(200);
		expect((await followed.json()).country.iso3).toBe(iso3);
	});

	test('a country answer holds every event the seeds hold for it, and its migration facts', async ({
		request
	}) => {
		const response = await request.get('/api/v1/countries/MEX.json');
		expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
		const body = await response.json();
		for (const code of instrumentCodes) {
			const seeded = ['ratifications.csv', 'ratifications-entry-into-force.csv'].flatMap((file) =>
				readSeedCsv(file).filter((r) => r.iso3 === 'MEX' && r.instrument === code)
			);
			const instrument = body.instruments.find((i: { code: string }) => i.code === code);
			expect(instrument.events, code).toHaveLength(seeded.length);
			expect(instrument.derived.status).toBeTruthy();
		}
		const stock = readSeedCsv('migrant_stock.csv').find(
			(r) => r.iso3 === 'MEX' && Number(r.year) === body.migration.stock.year
		)!;
		expect(body.migration.stock.immigrantStock).toBe(Number(stock.immigrant_stock));
		expect(body.migration.stock.source).toBeTruthy();
		const remittances = readSeedCsv('remittances.csv').find(
			(r) => r.iso3 === 'MEX' && Number(r.year) === body.migration.remittances.year
		)!;
		expect(body.migration.remittances.inflowsUsdMn).toBe(Number(remittances.inflows_usd_mn_knomad));
		const destinations = readSeedCsv('corridors.csv')
			.filter((r) => r.origin_iso3 === 'MEX')
			.sort((a, b) => Number(b.migrants) - Number(a.migrants))
			.slice(0, 5)
			.map((r) => r.destination_iso3);
		expect(body.migration.corridors.destinations.map((c: { iso3: string }) => c.iso3)).toEqual(
			destinations
		);
		expect(body.migration.corridors.source).toBeTruthy();
	});

	test('a country answer for a past day agrees with the matrix for that day', async ({
		request
	}) => {
		const matrix = await (await request.get(`/api/v1/matrix.json?as_of=${PAST}&group=GCC`)).json();
		for (const row of matrix.rows) {
			const country = await (
				await request.get(`/api/v1/countries/${row.iso3}.json?as_of=${PAST}`)
			).json();
			expect(country.meta.asOf).toBe(PAST);
			for (const i of country.instruments) expect(i.derived).toEqual(row.cells[i.code]);
		}
	});

	test('an instrument answer puts every state of the matrix under exactly one status', async ({
		request
	}) => {
		const matrix = await (await request.get(`/api/v1/matrix.json?as_of=${PAST}`)).json();
		for (const code of instrumentCodes) {
			const body = await (
				await request.get(`/api/v1/instruments/${code}.json?as_of=${PAST}`)
			).json();
			expect(body.instrument.code).toBe(code);
			const listed = Object.values(body.states).flat() as { iso3: string; status: string }[];
			expect(listed).toHaveLength(matrix.meta.total);
			for (const [status, states] of Object.entries(body.states) as [
				string,
				{ status: string }[]
			][]) {
				expect(body.counts[status]).toBe(states.length);
				for (const s of states) expect(s.status).toBe(status);
			}
		}
	});

	test('an instrument answer shows the in-force states with the day their status began', async ({
		request
	}) => {
		const body = await (await request.get('/api/v1/instruments/icrmw.json')).json();
		expect(body.instrument.code).toBe('ICRMW');
		for (const state of body.states.in_force) {
			expect(state.sourceUrl).toMatch(/^https?:\/\//);
			if (state.since) expect(interval(state.since).earliest <= body.meta.asOf).toBe(true);
		}
	});

	test('the API index lists its endpoints and the instruments of the data', async ({ request }) => {
		const response = await request.get('/api/v1');
		expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
		const body = await response.json();
		expect(body.instruments.map((i: { code: string }) => i.code)).toEqual(instrumentCodes);
		const paths = body.endpoints.map((e: { path: string }) =>
			e.path.replace(/^https?:\/\/[^/]+/, '')
		);
		expect(paths).toEqual([
			'/api/v1/matrix.json',
			'/data/matrix.csv',
			'/api/v1/countries/{iso3}.json',
			'/api/v1/instruments/{code}.json',
			'/api/v1/strategy.json',
			'/data/strategy.csv',
			'/api/v1/corridors/{iso3}.json'
		]);
	});
});
