/**
 * A campaign recorded through the workspace form shows on the instrument map: in the State's
 * accessible name, in the table's Campaign column and as a ring. Works with JavaScript off too.
 *
 * Sri Lanka and C143 are written by no other spec's steps. Both projects record the same stage and
 * year, so whichever step is latest the words are the same; the attribution is not checked exactly
 * because campaign.spec.ts may give Sri Lanka a contact (and so a centre name) meanwhile.
 */
import { expect, test, type Page } from '@playwright/test';
import { createUser, type TestAccount } from '../support/accounts';
import { readSeedCsv } from '../support/seed-rows';

const SRI_LANKA = readSeedCsv('ilo_members.csv').find((r) => r.iso3 === 'LKA')!.country;
const MARKER = 'active campaign: Campaign launched (2023), reported by ';

/**
 * Sign in through the login form, letting the page hydrate before typing (an e-mail typed before
 * hydration is reset by it; see signedIn in campaign.spec.ts).
 */
async function signIn(page: Page, account: TestAccount, next: string): Promise<void> {
	await page.goto(`/login?next=${encodeURIComponent(next)}`);
	await page.waitForLoadState('networkidle');
	await page.getByLabel('E-mail address').fill(account.email);
	await page.getByLabel('Password').fill(account.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, '\\$&')}$`));
}

test('a campaign step recorded for Sri Lanka marks it on the C143 map, in words and in the table', async ({
	page
}, testInfo) => {
	const editor = await createUser({
		role: 'editor',
		countries: ['LKA'],
		displayName: 'Sri Lanka centre'
	});
	await signIn(page, editor, '/countries/LKA/campaign');
	const record = page.locator('form[action="?/step"]');
	await record.getByLabel('Instrument').selectOption('C143');
	await record.getByLabel('Stage reached').selectOption('campaign_launched');
	await record.getByLabel('Date').fill('2023');
	await record
		.getByLabel('What happened')
		.fill(`C143 campaign launched (${testInfo.project.name} run ${Date.now()})`);
	await record.getByRole('button', { name: 'Record the step' }).click();
	await expect(page.getByRole('status')).toContainText('The campaign step is recorded');

	await page.goto('/maps/C143');
	const link = page.locator(`svg a[aria-label^="${SRI_LANKA}:"]`);
	await expect(link).toHaveCount(1);
	expect(await link.getAttribute('aria-label')).toContain(`; ${MARKER}`);
	await expect(page.locator('svg .campaign-rings circle').first()).toBeAttached();

	const table = page.locator('#map-table');
	const campaignColumn = (await table.locator('thead th').allInnerTexts()).indexOf('Campaign');
	expect(campaignColumn).toBeGreaterThan(0);
	const row = table.locator('#row-LKA');
	await expect(row.locator('th, td').nth(campaignColumn)).toContainText(`A${MARKER.slice(1)}`);
	await expect(page.locator('.map-legend')).toContainText('Active campaign');
});
