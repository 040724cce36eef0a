/**
 * The strategy and corridor pages, and their exports, against the built server with a fresh
 * database seeded from seeds/: with JavaScript on and off (both pages are GET forms and links).
 * Expected values come from the seed files.
 */
import { expect, test } from '@playwright/test';
import { formatPartialDate } from '../../src/lib/domain/partial-date';
import { readSeedCsv } from '../support/seed-rows';

const countryName = (iso3: string) =>
	readSeedCsv('migrant_stock.csv').find((r) => r.iso3 === iso3)!.country;
const gccMembers = readSeedCsv('groups.csv').filter(
	(r) => r.group === 'GCC' && r.status !== 'withdrawn'
);
const corridor = (origin: string, destination: string) =>
	readSeedCsv('corridors.csv').find(
		(r) => r.origin_iso3 === origin && r.destination_iso3 === destination
	)!;
const lkaKwt = readSeedCsv('solidarity_agreements.csv').find(
	(r) => r.origin_iso3 === 'LKA' && r.destination_iso3 === 'KWT'
)!;
const people = (n: string) => Number(n).toLocaleString('en-GB');

test('the strategy page follows the plan’s focus with a map, its key and a ranked table', async ({
	page
}) => {
	await page.goto('/strategy');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('C097');
	await expect(page.getByText('best prospects for ratification')).toBeVisible();
	const map = page.getByRole('group', { name: /C097: prospects of ratification/ });
	await expect(map).toBeVisible();
	await expect(map.getByRole('link', { name: new RegExp(`^${countryName('QAT')}: `) })).toHaveCount(
		1
	);
	await expect(page.getByRole('heading', { name: 'Key to the map' })).toBeVisible();
	await expect(
		page.getByText('Strategic country of origin and of destination').first()
	).toBeVisible();
	const table = page.getByRole('table', { name: /Strategic countries of origin and destination/ });
	await expect(table.locator('tbody tr').first().locator('td').first()).toHaveText('1');
	await expect(table.getByRole('link', { name: countryName('QAT'), exact: true })).toBeVisible();
	await expect(page.getByText(/never means “not ratified”/).first()).toBeVisible();
});

test('a campaigner limits the strategy to the Gulf’s destinations with the form', async ({
	page
}) => {
	await page.goto('/strategy');
	await page.getByLabel('Side', { exact: true }).selectOption('destination');
	await page.getByLabel('Group', { exact: true }).selectOption('GCC');
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page).toHaveURL(/side=destination/);
	await expect(page).toHaveURL(/group=GCC/);
	const table = page.getByRole('table', { name: /Strategic countries of destination/ });
	await expect(table.locator('tbody tr')).toHaveCount(gccMembers.length);
	for (const m of gccMembers)
		await expect(table.getByRole('link', { name: countryName(m.iso3), exact: true })).toBeVisible();
});

test('the corridors of Nepal show Qatar with the number of people the seed gives', async ({
	page
}) => {
	await page.goto('/corridors/NPL');
	await expect(page.getByRole('heading', { level: 1 })).toContainText(countryName('NPL'));
	const row = page.locator('tr[data-partner="QAT"]');
	await expect(row.getByRole('link', { name: countryName('QAT'), exact: true })).toBeVisible();
	await expect(row).toContainText(people(corridor('NPL', 'QAT').migrants));
	await expect(page.getByRole('group', { name: /Migration corridors of Nepal/ })).toBeVisible();
	await expect(
		page.getByRole('region', { name: 'What to keep in mind' }).getByText(/citizenship data/)
	).toBeVisible();
});

test('the corridors of Sri Lanka show its union agreement with Kuwait as the source states it', async ({
	page
}) => {
	await page.goto('/corridors/LKA');
	const row = page.locator('tr[data-partner="KWT"]');
	await expect(row).toContainText(formatPartialDate(lkaKwt.signed_on));
	const agreements = page.getByRole('table', { name: /Agreements between unions of Sri Lanka/ });
	const kuwait = agreements.getByRole('row').filter({ hasText: lkaKwt.destination_party });
	await expect(kuwait).toHaveCount(1);
	await expect(kuwait).toContainText(formatPartialDate(lkaKwt.signed_on));
});

test('the country page of Kuwait lists the Sri Lanka–Kuwait agreement and links to its corridors', async ({
	page
}) => {
	await page.goto('/countries/KWT');
	const table = page.getByRole('table', { name: /Union agreements with unions of Kuwait/ });
	await expect(table).toContainText(countryName('LKA'));
	await expect(table).toContainText(formatPartialDate(lkaKwt.signed_on));
	await expect(
		page.getByRole('link', { name: `Corridors of ${countryName('KWT')}` })
	).toHaveAttribute('href', '/corridors/KWT');
});

test('the agreements page lists every agreement of the seed, saying the centres are not named', async ({
	page
}) => {
	await page.goto('/agreements');
	const rows = page.getByRole('table').locator('tbody tr');
	await expect(rows).toHaveCount(readSeedCsv('solidarity_agreements.csv').length);
	await expect(page.getByText('not named in the source').first()).toBeVisible();
});

test('bad strategy parameters give a 400 page naming what is accepted', async ({ page }) => {
	const response = await page.goto('/strategy?instrument=C999&side=up');
	expect(response?.status()).toBe(400);
	await expect(page.getByText('C999').first()).toBeVisible();
	await expect(page.getByText(/one of C087, C098, C097, C143, ICRMW/).first()).toBeVisible();
	await expect(page.getByText(/one of both, origin, destination/).first()).toBeVisible();
});

test('an unknown corridor page is a 404 and a lower-case code leads to the canonical page', async ({
	page
}) => {
	const response = await page.goto('/corridors/XXX');
	expect(response?.status()).toBe(404);
	await expect(page.getByText('"XXX"').first()).toBeVisible();
	await page.goto('/corridors/npl');
	await expect(page).toHaveURL(/\/corridors\/NPL$/);
});

test.describe('exports', () => {
	// Requests, not pages: run once.
	test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'runs in the JavaScript-on project');

	test('the strategy CSV and JSON answer the page’s query with reasons, and revalidate', async ({
		request
	}) => {
		const csv = await request.get('/data/strategy.csv?side=destination&group=GCC');
		expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
		const text = await csv.text();
		expect(text.split('\r\n')[0]).toContain('prospect_reasons');
		expect(text).toContain('[UN DESA International Migrant Stock 2024]');
		const json = await request.get('/api/v1/strategy.json?side=destination&group=GCC');
		const body = await json.json();
		expect(body.rows).toHaveLength(gccMembers.length);
		expect(body.meta.focus).toContain('best prospects');
		// Other tests write while this one runs, and a write changes the body (its data version):
		// revalidate right after a fresh answer, a few times, and expect a 304 at least once.
		const statuses: number[] = [];
		for (let i = 0; i < 3 && !statuses.includes(304); i++) {
			const fresh = await request.get('/api/v1/strategy.json?side=destination&group=GCC');
			const again = await request.get('/api/v1/strategy.json?side=destination&group=GCC', {
				headers: { 'If-None-Match': fresh.headers()['etag'] }
			});
			statuses.push(again.status());
		}
		expect(statuses).toContain(304);
	});

	test('the corridor JSON of Nepal gives Qatar the seed’s count', async ({ request }) => {
		const body = await (await request.get('/api/v1/corridors/NPL.json')).json();
		const qatar = body.sections[0].corridors.find(
			(c: { partner: { iso3: string } }) => c.partner.iso3 === 'QAT'
		);
		expect(qatar.migrants).toBe(Number(corridor('NPL', 'QAT').migrants));
	});

	test('bad export parameters give 400 or 404 JSON naming what is accepted', async ({
		request
	}) => {
		const bad = await request.get('/api/v1/strategy.json?instrument=C999');
		expect(bad.status()).toBe(400);
		const error = (await bad.json()).error;
		expect(error.errors[0]).toMatchObject({ param: 'instrument', value: 'C999' });
		expect(error.errors[0].accepted).toContain('C097');
		const csv = await request.get('/data/strategy.csv?side=up');
		expect(csv.status()).toBe(400);
		expect((await csv.json()).error.errors[0].accepted).toContain('destination');
		const limit = await request.get('/api/v1/corridors/NPL.json?limit=0');
		expect((await limit.json()).error.errors[0].param).toBe('limit');
		const unknown = await request.get('/api/v1/corridors/XXX.json');
		expect(unknown.status()).toBe(404);
		expect((await unknown.json()).error.message).toContain('XXX');
	});
});
