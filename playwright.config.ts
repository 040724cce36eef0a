import { defineConfig } from '@playwright/test';
import os from 'node:os';
import path from 'node:path';

/**
 * End-to-end tests against the real built server (scripts/serve.js, the same entry `npm start` uses)
 * on a fresh SQLite file that the server migrates and seeds from seeds/ at start, in Debian's
 * Chromium (`npx playwright install` cannot download here).
 */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DATABASE_FILE = path.join(os.tmpdir(), `tracker-e2e-${process.pid}.db`);
// Tests that need accounts open the same file with openDatabase (WAL allows it while the server runs).
process.env.E2E_DATABASE_FILE ??= DATABASE_FILE;

const chromium = {
	browserName: 'chromium' as const,
	launchOptions: {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	}
};

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: false,
	workers: 2,
	retries: 0,
	reporter: [['list']],
	timeout: 30_000,
	use: { baseURL: `http://127.0.0.1:${PORT}`, ...chromium },
	projects: [
		{ name: 'javascript-on', use: { javaScriptEnabled: true } },
		{
			name: 'javascript-off',
			use: { javaScriptEnabled: false },
			// API and image tests do not depend on the browser's JavaScript: run them once.
			testIgnore: /api\.spec\.ts|images\.spec\.ts/
		}
	],
	webServer: {
		command: 'node scripts/serve.js',
		url: `http://127.0.0.1:${PORT}/`,
		reuseExistingServer: false,
		timeout: 120_000,
		env: { PORT: String(PORT), HOST: '127.0.0.1', DATABASE_FILE, SEED_ON_START: 'true' }
	}
});
