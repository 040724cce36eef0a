import { expect, test, type Page } from '@playwright/test';

// Scripts blocked by the Content-Security-Policy show up as console errors and as violation events.
function watchViolations(page: Page): string[] {
	const seen: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
	});
	page.on('pageerror', (e) => seen.push(e.message));
	return seen;
}

/** The sources of the policy's script-src directive. */
function scriptSources(policy: string | undefined): string[] {
	const directive = (policy ?? '').split(';').map((d) => d.trim().split(/\s+/));
	return directive.find(([name]) => name === 'script-src')?.slice(1) ?? [];
}

test.describe('the Content-Security-Policy lets our own scripts run and nothing else', () => {
	test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'needs JavaScript');

	test('a map page hydrates under its nonce-based policy and the year control works in place', async ({
		page
	}) => {
		const violations = watchViolations(page);
		const response = await page.goto('/maps/C097');
		expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-/);
		expect(scriptSources(response?.headers()['content-security-policy'])).not.toContain(
			"'unsafe-inline'"
		);
		await page.waitForLoadState('networkidle');
		await page.getByLabel('Statuses at the end of').selectOption('2010-12-31');
		// Only the hydrated page applies the choice without the Show button.
		await expect(page).toHaveURL(/as_of=2010-12-31/);
		expect(violations).toEqual([]);
	});

	for (const path of ['/', '/matrix', '/countries/NPL', '/strategy', '/corridors/NPL', '/login']) {
		test(`${path} runs no blocked script`, async ({ page }) => {
			const violations = watchViolations(page);
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			expect(violations).toEqual([]);
		});
	}

	test('an embed runs its own resize script, allowed by hash, and nothing else', async ({
		page
	}) => {
		const violations = watchViolations(page);
		const response = await page.goto('/embed/maps/C097');
		const policy = response?.headers()['content-security-policy'] ?? '';
		expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
		expect(scriptSources(policy)).not.toContain("'unsafe-inline'");
		await page.waitForLoadState('load');
		expect(violations).toEqual([]);
	});
});
