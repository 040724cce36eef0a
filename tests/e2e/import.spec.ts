/**
 * An administrator imports ratification events through the page, with JavaScript on (the upload
 * goes by XHR with a progress bar) and off (a plain multipart form): the dry run lists every error
 * with its line, column, value and reason, and the changes; applying records it in the history, and
 * the administrator can revert it from the same page.
 * Rows are for Tuvalu (TUV), which no other test edits.
 */
import { expect, test } from '@playwright/test';
import { createUser, e2eDatabase, signIn } from '../support/accounts';

const HEADER = 'iso3,country,instrument,event,date,status,notes,source';

test('an administrator checks a file, reads its errors, fixes it and applies it', async ({
	page
}, testInfo) => {
	const admin = await createUser({ role: 'admin', displayName: 'Import tester' });
	await signIn(page, admin.email, admin.password, '/admin/import');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import ratification events');

	// A different day per project, so both projects add their own event.
	const day = testInfo.project.name === 'javascript-off' ? '2003-03-03' : '2004-04-04';
	const good = `TUV,Tuvalu,C143,signed,${day},signatory,imported in the e2e test,https://example.org/tuv`;
	const bad = 'TUV,Tuvalu,C143,ratified,2023-02-30,in_force,,https://example.org/tuv';
	await page.getByLabel('CSV file').setInputFiles({
		name: 'tuvalu.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from([HEADER, good, bad].join('\n'))
	});
	// With JavaScript the upload goes by XHR (for its progress events); without, as a plain form.
	const upload = page.waitForRequest((r) => r.url().includes('dry_run') && r.method() === 'POST');
	await page.getByRole('button', { name: 'Check the file' }).click();
	expect((await upload).resourceType()).toBe(
		testInfo.project.use.javaScriptEnabled === false ? 'document' : 'xhr'
	);
	const errors = page.getByRole('table', { name: /Every error in tuvalu\.csv/ });
	await expect(errors).toBeVisible();
	const errorRow = errors.locator('tbody tr').first();
	await expect(errorRow.locator('td').nth(0)).toHaveText('3');
	await expect(errorRow.locator('td').nth(1)).toHaveText('date');
	await expect(errorRow.locator('td').nth(2)).toHaveText('2023-02-30');
	await expect(errorRow.locator('td').nth(3)).toContainText('expected a real date');
	await expect(page.getByRole('button', { name: /^Apply/ })).toHaveCount(0);
	await expect(page.getByText('This file cannot be applied')).toBeVisible();

	await page.getByLabel('CSV file').setInputFiles({
		name: 'tuvalu.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from([HEADER, good].join('\n'))
	});
	await page.getByRole('button', { name: 'Check the file' }).click();
	await expect(page.locator('[data-count="insert"]')).toHaveText('1');
	const changes = page.getByRole('table', { name: /What would be added or changed/ });
	await expect(changes).toContainText('TUV · C143 · Signature');
	await expect(changes).toContainText('https://example.org/tuv');

	await page.getByRole('button', { name: /^Apply: add 1, change 0/ }).click();
	if (testInfo.project.name === 'javascript-on')
		await page.screenshot({ path: testInfo.outputPath('applied.png'), fullPage: true });
	await expect(page.getByTestId('import-applied')).toContainText(
		'Imported 1 event from tuvalu.csv'
	);
	const stored = e2eDatabase()
		.$client.prepare('SELECT count(*) FROM ratification_events WHERE seed_key = ?')
		.pluck()
		.get(`import:TUV:C143:signature:${day}`);
	expect(stored).toBe(1);

	// The import is public: in Tuvalu's history (every row is Tuvalu's) and in the feed of all changes.
	await page.goto('/countries/TUV/history');
	await expect(page.getByText('Imported 1 event from tuvalu.csv').first()).toBeVisible();
	const feed = await page.request.get('/feeds/changes.atom');
	expect(feed.status()).toBe(200);
	expect(await feed.text()).toContain('Imported 1 event from tuvalu.csv');

	// The administrator takes the import back from the import page: the event is gone, and the
	// revert is itself a change in Tuvalu's history.
	await page.goto('/admin/import');
	const recent = page.getByRole('region', { name: 'Recent imports' });
	const importId = e2eDatabase()
		.$client.prepare(
			"SELECT id FROM audit_log WHERE action = 'import.apply' AND after LIKE ? ORDER BY id DESC LIMIT 1"
		)
		.pluck()
		.get(`%import:TUV:C143:signature:${day}%`) as number;
	await recent.getByRole('button', { name: `Revert import ${importId}:` }).click();
	await expect(page.getByTestId('import-reverted')).toContainText(`Import ${importId} is reverted`);
	expect(
		e2eDatabase()
			.$client.prepare('SELECT count(*) FROM ratification_events WHERE seed_key = ?')
			.pluck()
			.get(`import:TUV:C143:signature:${day}`)
	).toBe(0);
	await page.goto('/countries/TUV/history');
	await expect(page.getByText('Reverted: Imported 1 event from tuvalu.csv').first()).toBeVisible();
});

test('a file that is not UTF-8 is refused with the line to fix', async ({ page }) => {
	const admin = await createUser({ role: 'admin' });
	await signIn(page, admin.email, admin.password, '/admin/import');
	await page.getByLabel('CSV file').setInputFiles({
		name: 'latin1.csv',
		mimeType: 'text/csv',
		buffer: Buffer.concat([
			Buffer.from(`${HEADER}\nTUV,Tuval`),
			Buffer.from([0xfc]),
			Buffer.from(',C143,signed,2001,signatory,,https://example.org\n')
		])
	});
	await page.getByRole('button', { name: 'Check the file' }).click();
	await expect(page.getByRole('alert')).toContainText('cannot be imported');
	await expect(page.getByText(/Line 2:.*not UTF-8/)).toBeVisible();
});
