/**
 * Accounts for end-to-end tests: created straight in the running server's database (the file in
 * E2E_DATABASE_FILE, which WAL lets the test write while the server runs), and signing in through
 * the real login form. Each test should use its own e-mail (see `uniqueEmail`): both Playwright
 * projects and workers share one server and one database.
 */
import { expect, type Page } from '@playwright/test';
import { hashPassword } from '../../src/lib/server/auth/passwords';
import { openDatabase, type TrackerDb } from '../../src/lib/server/db';
import * as users from '../../src/lib/server/db/queries/users';
import type { Role } from '../../src/lib/domain/roles';

/** A password the password form accepts (12+ characters). */
export const TEST_PASSWORD = 'correct horse battery staple';

let db: TrackerDb | null = null;

/** The server's database, opened once per worker. */
export function e2eDatabase(): TrackerDb {
	const file = process.env.E2E_DATABASE_FILE;
	if (!file)
		throw new Error('E2E_DATABASE_FILE is not set: run the test through playwright.config.ts.');
	db ??= openDatabase(file);
	return db;
}

let counter = 0;

/** An e-mail no other test (or project, or worker) uses: `<label>-<time>-<pid>-<n>@example.org`. */
export function uniqueEmail(label: string): string {
	counter += 1;
	const safe = label.toLowerCase().replace(/[^a-z0-9]+/g, '-');
	return `${safe}-${Date.now().toString(36)}-${process.pid}-${counter}@example.org`;
}

export interface TestAccount {
	id: number;
	email: string;
	password: string;
	role: Role;
	countries: string[];
}

/**
 * Create an account that can sign in at once. Defaults: a fresh e-mail, an editor for NPL,
 * TEST_PASSWORD. Countries must exist in the seeds.
 */
export async function createUser(
	options: {
		email?: string;
		role?: Role;
		countries?: string[];
		password?: string;
		displayName?: string;
	} = {}
): Promise<TestAccount> {
	const role = options.role ?? 'editor';
	const countries = role === 'admin' ? [] : (options.countries ?? ['NPL']);
	const email = (options.email ?? uniqueEmail(role)).toLowerCase();
	const password = options.password ?? TEST_PASSWORD;
	const user = users.create(
		e2eDatabase(),
		{
			email,
			displayName: options.displayName ?? '',
			role,
			countries,
			passwordHash: await hashPassword(password)
		},
		null
	);
	return { id: user.id, email, password, role, countries };
}

/**
 * Sign in through the login form and wait until the browser has left it. Works with JavaScript on
 * and off. `next` is the page to come back to (default: the home page).
 */
export async function signIn(
	page: Page,
	email: string,
	password: string,
	next?: string
): Promise<void> {
	await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : '/login');
	await page.getByLabel('E-mail address').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).not.toHaveURL(/\/login(\?|$)/);
}

/**
 * Sign out with a "Sign out" button: the header's when the page has one, else the /logout page's.
 * Waits for the signed-out notice on the login page.
 */
export async function signOut(page: Page): Promise<void> {
	const button = page.getByRole('button', { name: 'Sign out' }).first();
	if (!(await button.isVisible())) await page.goto('/logout');
	await page.getByRole('button', { name: 'Sign out' }).first().click();
	await expect(page).toHaveURL(/\/login\?notice=signed_out$/);
}

/**
 * Forget every failed sign-in, so one test's wrong passwords (all tests come from 127.0.0.1) cannot
 * lock the address for the tests after it. Call in afterEach of tests that send wrong passwords.
 */
export function resetLoginThrottle(): void {
	e2eDatabase().$client.prepare('DELETE FROM login_throttle').run();
}
