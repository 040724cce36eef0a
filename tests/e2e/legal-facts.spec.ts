/**
 * The legal facts as a campaigner reads them from the built server: each treaty binds by its own
 * rule, and every map image and embed says in drawn text how much of the official count it rests on.
 */
import { expect, test } from '@playwright/test';
import { formatPartialDate } from '../../src/lib/domain/partial-date';
import { readSeedCsv } from '../support/seed-rows';

const instruments = readSeedCsv('instruments.csv');
const countText = (code: string) => {
	const row = instruments.find((i) => i.code === code)!;
	return `${row.official_count} of ${row.official_count} official ${row.body === 'UN' ? 'parties' : 'ratifications'} held, count of ${formatPartialDate(row.official_count_not_before)}`;
};
/** Text drawn in an SVG, lines joined (the layout wraps long sentences). */
const drawnText = (svg: string) =>
	[...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');

test('the ICRMW binds no state before 1 July 2003 and every depositor from that day', async ({
	request
}) => {
	const counts = async (day: string) =>
		(await (await request.get(`/api/v1/instruments/ICRMW.json?as_of=${day}`)).json()).counts;
	const before = await counts('2003-06-30');
	const on = await counts('2003-07-01');
	expect(before.in_force).toBe(0);
	expect(before.ratified_not_in_force).toBeGreaterThanOrEqual(20);
	expect(on.in_force).toBe(before.ratified_not_in_force);
});

test('the end-of-2025 C097 map shows the United Kingdom in force', async ({ request }) => {
	const doc = await (await request.get('/api/v1/countries/GBR.json?as_of=2025-12-31')).json();
	const c097 = doc.instruments.find((i: { code: string }) => i.code === 'C097');
	expect(c097.derived.status).toBe('in_force');
	const svg = await (await request.get('/maps/C097.svg?as_of=2025-12-31')).text();
	expect(svg).toMatch(/United Kingdom[^"<]*: C097 in force/);
});

test('every C097 map image and embed draws its coverage and the count’s date', async ({
	request,
	page
}) => {
	for (const url of ['/maps/C097.svg', '/embed/maps/C097', '/maps/ICRMW.svg']) {
		const code = url.includes('ICRMW') ? 'ICRMW' : 'C097';
		const body = await (await request.get(url)).text();
		expect(drawnText(body), url).toContain(countText(code).split(', count of')[0]);
		expect(drawnText(body), url).toContain(
			formatPartialDate(instruments.find((i) => i.code === code)!.official_count_not_before)
				.split(' ')
				.at(-1)!
		);
	}
	await page.goto('/embed/maps/C097');
	await expect(
		page.locator('svg text').filter({ hasText: 'official ratifications held' })
	).toBeVisible();
});

test('every GCC state reads "not ratified" for C097 and C143 with the count’s date, Somalia in force', async ({
	request
}) => {
	const json = await (await request.get('/api/v1/matrix.json?group=GCC')).json();
	expect(json.rows.length).toBe(6);
	for (const row of json.rows)
		for (const code of ['C097', 'C143']) {
			expect(row.cells[code].status, `${row.iso3} ${code}`).toBe('not_ratified');
			expect(row.cells[code].reason).toContain(
				formatPartialDate(instruments.find((i) => i.code === code)!.official_count_not_before)
			);
		}
	const somalia = await (await request.get('/api/v1/countries/SOM.json')).json();
	for (const code of ['C097', 'C143'])
		expect(somalia.instruments.find((i: { code: string }) => i.code === code).derived.status).toBe(
			'in_force'
		);
});
