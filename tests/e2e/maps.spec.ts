import { expect, test } from '@playwright/test';
import { readSeedCsv } from '../support/seed-rows';

const nameOf = (iso3: string) =>
	readSeedCsv('migrant_stock.csv').find((r) => r.iso3 === iso3)!.country;
const iloMembers = readSeedCsv('ilo_members.csv').map((r) => r.iso3);

/** The map's link for a state, found by the start of its accessible name. */
const stateLink = (page: import('@playwright/test').Page, iso3: string) =>
	page.locator(`svg a[aria-label^="${nameOf(iso3)}:"]`);

test('every ILO member state is a link on the world map, small states included', async ({
	page
}) => {
	await page.goto('/maps/C097');
	const labels = await page
		.locator('svg a[aria-label]')
		.evaluateAll((links) => links.map((a) => a.getAttribute('aria-label') ?? ''));
	const missing = iloMembers.filter(
		(iso3) => !labels.some((l) => l.startsWith(`${nameOf(iso3)}:`))
	);
	expect(missing).toEqual([]);
	for (const small of ['BHR', 'MDV', 'MLT', 'SGP'])
		await expect(stateLink(page, small)).toHaveCount(1);
});

test('a keyboard user tabs onto the map and hears a state and its status', async ({ page }) => {
	await page.goto('/maps/ICRMW?view=gulf-south-asia');
	let label: string | null = null;
	for (let i = 0; i < 200 && label === null; i++) {
		await page.keyboard.press('Tab');
		label = await page.evaluate(() =>
			document.activeElement?.closest('svg')
				? document.activeElement.getAttribute('aria-label')
				: null
		);
	}
	expect(label).toMatch(/^[^:]+: ICRMW (in force|ratified|signed|denounced|not ratified|unknown)/);

	// Qatar holds no ICRMW record and the convention's coverage is complete: "not ratified", with its date.
	const qatar = stateLink(page, 'QAT');
	await qatar.focus();
	await expect(qatar).toHaveAttribute(
		'aria-label',
		new RegExp(`^${nameOf('QAT')}: ICRMW not ratified as of`)
	);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/countries\/QAT/);
});

test('the year control changes the map, with or without JavaScript', async ({ page }) => {
	await page.goto('/maps/C097');
	// Congo's C097 ratification is dated 26 Oct 2023; at the end of 2010 it had not ratified.
	await expect(stateLink(page, 'COG')).toHaveAttribute('aria-label', /C097 in force/);
	const yearForm = page.locator('form').filter({ has: page.getByLabel('Statuses at the end of') });
	await yearForm.getByLabel('Statuses at the end of').selectOption('2010-12-31');
	// With JavaScript the choice applies at once; the button is what a browser without it uses.
	if (!(await page.evaluate(() => location.search.includes('as_of'))))
		await yearForm.getByRole('button', { name: 'Show', exact: true }).click();
	await expect(page).toHaveURL(/as_of=2010-12-31/);
	await expect(stateLink(page, 'COG')).toHaveAttribute('aria-label', /C097 not ratified/);
});

test('a map names bad parameters in a 400 page', async ({ page }) => {
	const response = await page.goto('/maps/C097?view=mars');
	expect(response?.status()).toBe(400);
	await expect(page.getByText('mars').first()).toBeVisible();
});
