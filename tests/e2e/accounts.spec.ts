/**
 * Accounts in the browser, with JavaScript on and off (both Playwright projects): an admin invites a
 * Nepali centre's editor, who accepts, signs in and out; a wrong password; the login page's return
 * address; the admin-only pages. Accounts are written straight into the server's database.
 */
import { expect, test } from '@playwright/test';
import { createUser, signIn, signOut, TEST_PASSWORD, uniqueEmail } from '../support/accounts';

test('an admin invites an editor for Nepal, who chooses a password, signs in and signs out', async ({
	page
}) => {
	const admin = await createUser({ role: 'admin' });
	await signIn(page, admin.email, admin.password, '/admin/users');
	await expect(page).toHaveURL(/\/admin\/users$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();

	const editorEmail = uniqueEmail('gefont');
	await page.getByLabel('E-mail address').fill(editorEmail);
	await page.getByLabel('Role').first().selectOption('editor');
	await page.getByLabel('Countries (editors)').fill('npl');
	await page.getByRole('button', { name: 'Invite and show the link' }).click();

	const linkBox = page.getByRole('region', { name: `Invitation link for ${editorEmail}` });
	await expect(linkBox).toBeVisible();
	await expect(linkBox).toContainText('the tracker sends no e-mail');
	const link = await linkBox.getByLabel('Link').inputValue();
	expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
	const row = page.getByRole('row').filter({ hasText: editorEmail });
	await expect(row).toContainText('Editor: Nepal (NPL)');
	await expect(row).toContainText('Invitation not yet accepted');
	await signOut(page);

	const invitePath = new URL(link).pathname;
	await page.goto(invitePath);
	await expect(page.getByText(editorEmail)).toBeVisible();
	await page.getByLabel('New password').fill(TEST_PASSWORD);
	await page.getByLabel('Type the password again').fill(TEST_PASSWORD);
	await page.getByRole('button', { name: 'Set password' }).click();
	await expect(page).toHaveURL(/\/login\?notice=password_set$/);
	await expect(page.getByRole('status')).toContainText('Your password is set');

	await signIn(page, editorEmail, TEST_PASSWORD);
	// Signed in as an editor: the admin pages answer 403, not the login page.
	const refused = await page.goto('/admin/users');
	expect(refused?.status()).toBe(403);
	await expect(page.getByText('Only administrators can do this')).toBeVisible();

	await signOut(page);
	await page.goto('/admin/users');
	await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fusers$/);

	// The link worked once.
	await page.goto(invitePath);
	await expect(page.getByRole('alert')).toContainText('already been used');
});

test('a wrong password shows the one generic message and keeps the typed e-mail', async ({
	page
}) => {
	const editor = await createUser({ role: 'editor', countries: ['NPL'] });
	for (const email of [editor.email, uniqueEmail('nobody')]) {
		await page.goto('/login');
		await page.getByLabel('E-mail address').fill(email);
		await page.getByLabel('Password').fill('not the password at all');
		await page.getByRole('button', { name: 'Sign in' }).click();
		const summary = page.getByRole('alert');
		await expect(summary).toContainText('The e-mail address or the password is not right.');
		await expect(summary).not.toContainText(/no account|unknown|does not exist/i);
		await expect(page.getByLabel('E-mail address')).toHaveValue(email);
		await expect(page.getByLabel('Password')).toHaveValue('');
	}
});

test('an empty sign-in form puts each error by its field and in the summary', async ({ page }) => {
	await page.goto('/login');
	await page.getByRole('button', { name: 'Sign in' }).click();
	const summary = page.getByRole('alert');
	await expect(summary.getByRole('link')).toHaveCount(2);
	const email = page.getByLabel('E-mail address');
	await expect(email).toHaveAttribute('aria-invalid', 'true');
	await expect(email).toHaveAccessibleDescription('Enter the e-mail address of the account.');
	await expect(page.getByLabel('Password')).toHaveAccessibleDescription('Enter your password.');
});

test('the login page returns to the page asked for, but never to another site', async ({
	page
}) => {
	const admin = await createUser({ role: 'admin' });
	await page.goto('/admin/users');
	await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fusers$/);
	await page.getByLabel('E-mail address').fill(admin.email);
	await page.getByLabel('Password').fill(admin.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/admin\/users$/);
	await signOut(page);

	await signIn(page, admin.email, admin.password, '//evil.example/steal');
	expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
	expect(new URL(page.url()).pathname).toBe('/');
});

test('the invite form keeps what was typed and names the unknown country', async ({ page }) => {
	const admin = await createUser({ role: 'admin' });
	await signIn(page, admin.email, admin.password, '/admin/users');
	const typed = uniqueEmail('typo');
	await page.getByLabel('E-mail address').fill(typed);
	await page.getByLabel('Countries (editors)').fill('NPL XYZ');
	await page.getByRole('button', { name: 'Invite and show the link' }).click();
	await expect(page.getByRole('alert')).toContainText('“XYZ” is not a country code we know');
	const countries = page.getByLabel('Countries (editors)');
	await expect(countries).toHaveValue('NPL XYZ');
	await expect(countries).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('E-mail address')).toHaveValue(typed);
	await expect(page.getByRole('region', { name: /Invitation link/ })).toHaveCount(0);
});

test('a password that is too short is refused on the invite page with the reason', async ({
	page
}) => {
	const admin = await createUser({ role: 'admin' });
	await signIn(page, admin.email, admin.password, '/admin/users');
	const editorEmail = uniqueEmail('short');
	await page.getByLabel('E-mail address').fill(editorEmail);
	await page.getByLabel('Countries (editors)').fill('NPL');
	await page.getByRole('button', { name: 'Invite and show the link' }).click();
	const link = await page
		.getByRole('region', { name: /Invitation link/ })
		.getByLabel('Link')
		.inputValue();
	await signOut(page);

	await page.goto(new URL(link).pathname);
	await page.getByLabel('New password').fill('short');
	await page.getByLabel('Type the password again').fill('short');
	await page.getByRole('button', { name: 'Set password' }).click();
	await expect(page.getByRole('alert')).toContainText('it needs at least 12');
	await expect(page.getByLabel('New password')).toHaveAttribute('aria-invalid', 'true');
});

test('an admin issues a password-reset link, then disables the account, which ends its session', async ({
	page,
	browser
}) => {
	const admin = await createUser({ role: 'admin' });
	const editor = await createUser({ role: 'editor', countries: ['NPL'] });

	// The editor is signed in in another browser.
	const editorContext = await browser.newContext();
	const editorPage = await editorContext.newPage();
	await signIn(editorPage, editor.email, editor.password);

	await signIn(page, admin.email, admin.password, '/admin/users');
	const row = page.getByRole('row').filter({ hasText: editor.email });
	await row.getByRole('button', { name: 'Issue a password-reset link' }).click();
	const box = page.getByRole('region', { name: `Password-reset link for ${editor.email}` });
	const link = await box.getByLabel('Link').inputValue();
	expect(link).toMatch(/\/reset\/[A-Za-z0-9_-]{43}$/);

	const newPassword = 'a new password for the centre';
	await editorPage.goto(new URL(link).pathname);
	await editorPage.getByLabel('New password').fill(newPassword);
	await editorPage.getByLabel('Type the password again').fill(newPassword);
	await editorPage.getByRole('button', { name: 'Set password' }).click();
	await expect(editorPage).toHaveURL(/\/login\?notice=password_set$/);
	await signIn(editorPage, editor.email, newPassword);

	await page.goto('/admin/users');
	await page
		.getByRole('row')
		.filter({ hasText: editor.email })
		.getByRole('button', { name: `Disable ${editor.email}` })
		.click();
	await expect(page.getByRole('row').filter({ hasText: editor.email })).toContainText('Disabled');

	// The editor's session ended with the account: a page for signed-in users sends them to sign in.
	await editorPage.goto('/admin/users');
	await expect(editorPage).toHaveURL(/\/login\?next=%2Fadmin%2Fusers$/);
	await editorContext.close();
});

test('an e-mail typed before the page has loaded its script is kept', async ({ page }, info) => {
	test.skip(info.project.name === 'javascript-off', 'only a page with scripts hydrates');
	// Hold the page's scripts back a moment, as a slow connection does.
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/login', { waitUntil: 'commit' });
	const typed = uniqueEmail('early');
	await page.getByLabel('E-mail address').fill(typed);
	release();
	await page.waitForLoadState('networkidle');
	await expect(page.getByLabel('E-mail address')).toHaveValue(typed);
});
