/**
 * The story in the browser, with JavaScript on and off: a Nepali centre's editor records a
 * campaign step and proposes a C097 event with its source; an administrator approves it; the matrix,
 * the country's history and the feeds show it; a revert takes it back. And the checks around it:
 * another country's editor gets 403, a visitor is sent to sign in, a refused form keeps what was
 * typed, and a stale form gets 409 with both versions shown.
 *
 * Both projects (and two workers) share one server and database, so each run proposes its own
 * event date and checks the matrix as of that day, where only its own event decides the cell. The
 * proposal exercises the review flow; it is not a claim about Nepal, and the story reverts it.
 */
import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { formatPartialDate } from '../../src/lib/domain/partial-date';
import { createUser, type TestAccount } from '../support/accounts';
import { readSeedCsv } from '../support/seed-rows';
import { wellFormednessProblem } from '../support/xml-well-formed';

const NEPAL = readSeedCsv('ilo_members.csv').find((r) => r.iso3 === 'NPL')!;
const INSTRUMENTS = readSeedCsv('instruments.csv').map((r) => r.code);
/** The ILO Country Office page a seed row cites for Nepal (ratifications-negative.csv). */
const SOURCE =
	'http://wcmsq3.ilo.org/kathmandu/areasofwork/international-labour-standards/lang--en/index.htm';

/** A number per project and repeat, so runs that share the server never meet. */
function runIndex(info: TestInfo): number {
	return (info.project.name === 'javascript-off' ? 1 : 0) + 2 * info.repeatEachIndex;
}

/**
 * Each run its own event date, five years apart (more than the twelve months to entry into force),
 * so no run's event decides another's matrix cell on the day it checks.
 */
function storyDate(info: TestInfo): string {
	return `${2001 + 5 * runIndex(info)}-03-05`;
}

/** Each run its own country for the contact, so their saves never meet. */
function contactCountry(info: TestInfo): { iso3: string; name: string } {
	const iso3 = ['BGD', 'LKA', 'PAK', 'IDN', 'PHL', 'VNM'][runIndex(info) % 6];
	return { iso3, name: readSeedCsv('ilo_members.csv').find((r) => r.iso3 === iso3)!.country };
}

/**
 * A page in a fresh browser context, signed in through the login form. Like signIn in
 * tests/support/accounts.ts, but it lets the login page hydrate before typing: with JavaScript on,
 * an e-mail typed before hydration is reset to empty by it (reported to the accounts work).
 */
async function signedIn(browser: Browser, account: TestAccount, next: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await page.goto(`/login?next=${encodeURIComponent(next)}`);
	await page.waitForLoadState('networkidle');
	await page.getByLabel('E-mail address').fill(account.email);
	await page.getByLabel('Password').fill(account.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, '\\$&')}$`));
	return page;
}

/** Nepal's C097 cell in the matrix as of a day. */
async function nepalC097(page: Page, asOf: string) {
	await page.goto(`/matrix?q=Nepal&as_of=${asOf}`);
	const row = page
		.locator('tbody tr')
		.filter({ has: page.getByRole('link', { name: NEPAL.country, exact: true }) });
	return row.locator('td').nth(INSTRUMENTS.indexOf('C097'));
}

test('a centre records a step and proposes an event; an admin approves it, the views show it, a revert takes it back', async ({
	browser,
	request
}, testInfo) => {
	test.setTimeout(90_000);
	const date = storyDate(testInfo);
	const shown = formatPartialDate(date);
	const stepText = `Campaign for C097 launched (${testInfo.project.name} run ${Date.now()})`;
	const admin = await createUser({ role: 'admin', displayName: 'Tracker administrator' });
	const editor = await createUser({
		role: 'editor',
		countries: ['NPL'],
		displayName: 'Sita at GEFONT'
	});

	// The editor records a step, published at once, and proposes the event with its source.
	const centre = await signedIn(browser, editor, '/countries/NPL/campaign');
	await expect(centre.getByRole('heading', { level: 1 })).toHaveText(
		`Campaign workspace: ${NEPAL.country}`
	);
	const record = centre.locator('form[action="?/step"]');
	await record.getByLabel('Instrument').selectOption('C097');
	await record.getByLabel('Stage reached').selectOption('campaign_launched');
	await record.getByLabel('Date').fill(date.slice(0, 4));
	await record.getByLabel('What happened').fill(stepText);
	await record.getByLabel('Evidence link (optional)').fill(SOURCE);
	await record.getByRole('button', { name: 'Record the step' }).click();
	await expect(centre.getByRole('status')).toContainText('The campaign step is recorded');
	await expect(centre.getByRole('cell', { name: stepText })).toBeVisible();

	const propose = centre.locator('form[action="?/propose"]');
	await propose.getByLabel('Instrument').selectOption('C097');
	await propose.getByLabel('Event', { exact: true }).selectOption('ratification');
	await propose.getByLabel('Date of the event').fill(date);
	await propose.getByLabel('Source link').fill(SOURCE);
	await propose.getByLabel('Source title (optional)').fill('ILO Country Office for Nepal');
	await propose.getByRole('button', { name: 'Send for review' }).click();
	await expect(centre.getByRole('status')).toContainText('in the review queue');
	const mine = centre.locator('#proposals ~ ul li').filter({ hasText: shown });
	await expect(mine).toContainText('Waiting for review');

	// The matrix marks the recorded campaign beside the status, in words.
	const today = new Date().toISOString().slice(0, 10);
	await expect((await nepalC097(centre, today)).locator('.campaign')).toHaveText('▸ campaign');

	// Nothing shows in the matrix before review.
	await expect((await nepalC097(centre, date)).locator('[data-status]')).not.toHaveAttribute(
		'data-status',
		'ratified_not_in_force'
	);

	// The admin approves it from the queue, with the source in view.
	const reviewer = await signedIn(browser, admin, '/admin/review');
	const item = reviewer.locator('article').filter({ hasText: `C097 ratification, ${shown}` });
	await expect(item.getByRole('link', { name: SOURCE })).toHaveAttribute('href', SOURCE);
	await item.getByRole('button', { name: /^Approve/ }).click();
	await expect(reviewer.getByRole('status')).toContainText('Approved');

	// The matrix shows the ratification from its day.
	const cell = await nepalC097(reviewer, date);
	await expect(cell.locator('[data-status]')).toHaveAttribute(
		'data-status',
		'ratified_not_in_force'
	);
	await expect(cell).toContainText(`ratification ${shown}`);

	// The centre sees its proposal approved; the country page shows the step.
	await centre.goto('/countries/NPL/campaign');
	await expect(centre.locator('#proposals ~ ul li').filter({ hasText: shown })).toContainText(
		'Approved'
	);
	await centre.goto('/countries/NPL');
	await expect(centre.getByText(stepText)).toBeVisible();

	// The public history says who (never an e-mail), what and the source.
	const approval = `C097 ratification (${shown}) recorded after review`;
	await reviewer.goto('/countries/NPL/history');
	const entry = reviewer.locator('ol.history > li').filter({ hasText: approval });
	await expect(entry).toContainText('Tracker administrator (administrator)');
	await expect(entry.getByRole('link', { name: SOURCE })).toBeVisible();
	await expect(reviewer.locator('main')).not.toContainText(editor.email);

	// The feeds carry it, as well-formed Atom.
	for (const feed of [
		'/feeds/countries/NPL.atom',
		'/feeds/instruments/C097.atom',
		'/feeds/changes.atom'
	]) {
		const response = await request.get(feed);
		expect(response.status(), feed).toBe(200);
		expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
		const xml = await response.text();
		expect(wellFormednessProblem(xml), feed).toBeNull();
		expect(xml).toContain(approval);
		expect(xml).not.toContain(editor.email);
	}

	// The admin reverts the approval: the revert is itself a change, and the event leaves the matrix.
	await entry.getByRole('button', { name: /^Revert/ }).click();
	await expect(reviewer.getByRole('status')).toContainText('is reverted');
	await expect(
		reviewer.locator('ol.history > li').filter({ hasText: `Reverted: ${approval}` })
	).toBeVisible();
	const after = await nepalC097(reviewer, date);
	await expect(after).not.toContainText(`ratification ${shown}`);
	const feed = await (await request.get('/feeds/countries/NPL.atom')).text();
	expect(feed).toContain(`Reverted: ${approval}`);
});

test('an editor of another country gets 403 on Nepal’s workspace and its actions', async ({
	browser,
	baseURL
}) => {
	const india = await createUser({ role: 'editor', countries: ['IND'] });
	const page = await signedIn(browser, india, '/countries/IND/campaign');
	const response = await page.goto('/countries/NPL/campaign');
	expect(response?.status()).toBe(403);
	await expect(page.getByText(/cannot edit Nepal \(NPL\)/)).toBeVisible();
	// The action checks too, whatever the page showed.
	const post = await page.request.post('/countries/NPL/campaign?/step', {
		headers: { Origin: baseURL! },
		form: { instrument: 'C097', stage: 'campaign_launched', date: '2020', text: 'Not mine' }
	});
	expect(post.status()).toBe(403);
});

test('a visitor is sent to sign in, and an anonymous action is refused with 401', async ({
	page,
	request,
	baseURL
}) => {
	await page.goto('/countries/NPL/campaign');
	await expect(page).toHaveURL(/\/login\?next=%2Fcountries%2FNPL%2Fcampaign$/);
	await page.goto('/admin/review');
	await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Freview$/);
	const post = await request.post('/countries/NPL/campaign?/propose', {
		headers: { Origin: baseURL! },
		form: { instrument: 'C097', kind: 'ratification', sourceUrl: SOURCE }
	});
	expect(post.status()).toBe(401);
});

test('a refused form keeps what was typed, with each error by its field and a summary at the top', async ({
	browser
}) => {
	const editor = await createUser({ role: 'editor', countries: ['NPL'] });
	const page = await signedIn(browser, editor, '/countries/NPL/campaign');
	const record = page.locator('form[action="?/step"]');
	await record.getByLabel('Instrument').selectOption('C143');
	await record.getByLabel('Stage reached').selectOption('stalled');
	await record.getByLabel('Date').fill('next spring');
	await record.getByLabel('What happened').fill('<b>Talks</b> with the ministry & employers');
	await record.getByLabel('Evidence link (optional)').fill('javascript:alert(1)');
	await record.getByRole('button', { name: 'Record the step' }).click();

	const summary = page.getByRole('alert');
	await expect(summary).toContainText('The step was not recorded');
	await expect(summary.getByRole('link', { name: /“next spring” is not a date/ })).toHaveAttribute(
		'href',
		'#step-date'
	);
	await expect(summary).toContainText('needs the reason');
	await expect(summary).toContainText('“javascript:alert(1)” is not a web address');
	// What was typed is back in the form, each error described by its field.
	await expect(record.getByLabel('Instrument')).toHaveValue('C143');
	await expect(record.getByLabel('Stage reached')).toHaveValue('stalled');
	await expect(record.getByLabel('Date')).toHaveValue('next spring');
	await expect(record.getByLabel('Date')).toHaveAttribute('aria-invalid', 'true');
	await expect(record.getByLabel('Date')).toHaveAccessibleDescription(
		/“next spring” is not a date/
	);
	await expect(record.getByLabel('What happened')).toHaveValue(
		'<b>Talks</b> with the ministry & employers'
	);
	await expect(record.getByLabel('Evidence link (optional)')).toHaveValue('javascript:alert(1)');
	await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);

	// The proposal form too: no source, nothing sent, the notes kept.
	const propose = page.locator('form[action="?/propose"]');
	await propose.getByLabel('Instrument').selectOption('C097');
	await propose.getByLabel('Event', { exact: true }).selectOption('signature');
	await propose.getByLabel('Notes (optional)').fill('Signed at the ILC');
	await propose.getByRole('button', { name: 'Send for review' }).click();
	await expect(page.getByRole('alert')).toContainText('The proposal was not sent');
	await expect(propose.getByLabel('Source link')).toHaveAccessibleDescription(
		/source link is missing/i
	);
	await expect(propose.getByLabel('Notes (optional)')).toHaveValue('Signed at the ILC');
	await expect(propose.getByLabel('Event', { exact: true })).toHaveValue('signature');
});

test('a contact saved on a stale page gets 409, keeps the input and shows the current value beside it', async ({
	browser
}, testInfo) => {
	const country = contactCountry(testInfo);
	const editor = await createUser({ role: 'editor', countries: [country.iso3] });
	const first = await signedIn(browser, editor, `/countries/${country.iso3}/campaign`);
	const second = await signedIn(browser, editor, `/countries/${country.iso3}/campaign`);
	const stamp = `${testInfo.project.name} ${Date.now()}`;

	const saveContact = async (page: Page, name: string) => {
		const form = page.locator('form[action="?/contact"]');
		await form.getByLabel('Centre’s name').fill(name);
		await form.getByLabel('Obstacles (optional)').fill(`Obstacles noted by ${name}`);
		await form.getByRole('button', { name: 'Save the contact' }).click();
	};

	await saveContact(first, `First centre ${stamp}`);
	await expect(first.getByRole('status')).toContainText('contact and obstacles are saved');

	await saveContact(second, `Second centre ${stamp}`);
	await expect(second.getByRole('alert')).toContainText(
		'changed by someone else since you opened it'
	);
	await expect(second.getByRole('heading', { name: 'The contact as it is now' })).toBeVisible();
	await expect(second.locator('.current')).toContainText(`First centre ${stamp}`);
	const form = second.locator('form[action="?/contact"]');
	await expect(form.getByLabel('Centre’s name')).toHaveValue(`Second centre ${stamp}`);

	// Having seen both, the editor saves again and wins.
	await form.getByRole('button', { name: 'Save the contact' }).click();
	await expect(second.getByRole('status')).toContainText('contact and obstacles are saved');
	await second.goto(`/countries/${country.iso3}`);
	await expect(second.getByText(`Second centre ${stamp}`, { exact: true })).toBeVisible();
});

test('an editor changes and withdraws their own step; the country page follows', async ({
	browser
}, testInfo) => {
	const editor = await createUser({ role: 'editor', countries: ['NPL'] });
	const page = await signedIn(browser, editor, '/countries/NPL/campaign');
	const text = `Ministry consulted (${testInfo.project.name} ${Date.now()})`;
	const record = page.locator('form[action="?/step"]');
	await record.getByLabel('Instrument').selectOption('C143');
	await record.getByLabel('Stage reached').selectOption('government_engaged');
	await record.getByLabel('Date').fill('2025-02');
	await record.getByLabel('What happened').fill(text);
	await record.getByRole('button', { name: 'Record the step' }).click();
	await expect(page.getByRole('status')).toContainText('recorded');

	const row = page.locator('tbody tr').filter({ hasText: text });
	await row.getByRole('link', { name: /^Edit/ }).click();
	const edit = page.locator('form[action="?/editStep"]');
	await expect(edit.getByLabel('What happened')).toHaveValue(text);
	await edit.getByLabel('Stage reached').selectOption('ministry_study');
	await edit.getByRole('button', { name: 'Save the change' }).click();
	await expect(page.getByRole('status')).toContainText('The campaign step is changed');
	await expect(page.locator('tbody tr').filter({ hasText: text })).toContainText(
		'Ministry studying ratification'
	);

	await page.goto('/countries/NPL');
	await expect(page.getByText(text)).toBeVisible();
	await page.goto('/countries/NPL/campaign');
	await page
		.locator('tbody tr')
		.filter({ hasText: text })
		.getByRole('button', { name: /^Withdraw/ })
		.click();
	await expect(page.getByRole('status')).toContainText('withdrawn');
	await expect(page.locator('tbody tr').filter({ hasText: text })).toContainText('Withdrawn');
	await page.goto('/countries/NPL');
	await expect(page.getByText(text)).toHaveCount(0);
});
