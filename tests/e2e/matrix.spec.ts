import { expect, test } from '@playwright/test';
import { readSeedCsv } from '../support/seed-rows';

const gccMembers = readSeedCsv('groups.csv').filter(
	(r) => r.group === 'GCC' && r.status === 'member'
);
const countryName = (iso3: string) =>
	readSeedCsv('migrant_stock.csv').find((r) => r.iso3 === iso3)!.country;

test('a campaigner filters the matrix to the Gulf and sees its six states', async ({ page }) => {
	await page.goto('/matrix');
	await page.getByLabel(/group/i).selectOption('GCC');
	await page.getByRole('button', { name: /apply|filter|show/i }).click();
	await expect(page).toHaveURL(/group=GCC/);
	const rows = page.locator('table tbody tr');
	await expect(rows).toHaveCount(gccMembers.length);
	for (const m of gccMembers)
		await expect(page.getByRole('link', { name: countryName(m.iso3) })).toBeVisible();
	await expect(
		page.getByText(new RegExp(`Showing ${gccMembers.length} of \\d+`)).first()
	).toBeVisible();
});

test('a campaigner opens a country from the matrix', async ({ page }) => {
	await page.goto('/matrix?group=GCC');
	await page.getByRole('link', { name: countryName('QAT'), exact: true }).click();
	await expect(page).toHaveURL(/\/countries\/QAT$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(countryName('QAT'));
});

test('a malformed as_of gives a 400 page that names the parameter and what is accepted', async ({
	page
}) => {
	const response = await page.goto('/matrix?as_of=2023-02-30');
	expect(response?.status()).toBe(400);
	await expect(page.getByText('as_of').first()).toBeVisible();
	await expect(page.getByText('2023-02-30').first()).toBeVisible();
	await expect(page.getByText(/YYYY-MM-DD/).first()).toBeVisible();
});

test('a lower-case country code leads to the canonical page', async ({ page }) => {
	await page.goto('/countries/npl');
	await expect(page).toHaveURL(/\/countries\/NPL$/);
});

test('an unknown country gives a 404 page that says what was asked for', async ({ page }) => {
	const response = await page.goto('/countries/XXX');
	expect(response?.status()).toBe(404);
	await expect(page.getByText('XXX').first()).toBeVisible();
});
