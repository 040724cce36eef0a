/**
 * Two defences that must stay on (issue 6 §8): SvelteKit's CSRF origin check (a form post from
 * another origin is refused with 403 and writes nothing) and a Content-Security-Policy header on
 * every page, found by following the site's own links from the home page.
 */
import { expect, test } from '@playwright/test';
import { createUser, e2eDatabase } from '../support/accounts';
import { newClient } from '../support/request-session';

const EVIL = 'https://evil.example';

test.describe('security headers and the CSRF check', () => {
	test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'plain HTTP: runs once');

	test('a form post from another origin is refused with 403 and writes nothing', async ({
		playwright
	}, testInfo) => {
		const baseURL = testInfo.project.use.baseURL!;
		const account = await createUser({
			role: 'editor',
			countries: ['NPL'],
			displayName: 'CSRF test'
		});
		const own = await newClient(baseURL, 'editorNPL', account);
		const cookies = await own.http.storageState();
		const foreign = await playwright.request.newContext({
			baseURL,
			maxRedirects: 0,
			storageState: cookies,
			extraHTTPHeaders: { origin: EVIL, accept: 'text/html' }
		});
		const text = `CSRF probe ${Date.now()}`;
		const form = {
			instrument: 'C097',
			stage: 'campaign_launched',
			date: '2024-01',
			text,
			stalledReason: '',
			evidenceUrl: ''
		};
		for (const [path, body] of [
			['/countries/NPL/campaign?/step', { form }],
			['/login', { form: { email: account.email, password: account.password, next: '/' } }],
			['/countries/NPL/campaign?/step', { multipart: form }]
		] as const) {
			const answer = await foreign.post(path, body);
			expect(answer.status(), `${path} from ${EVIL}`).toBe(403);
			expect(await answer.text()).toMatch(/Cross-site POST form submissions are forbidden/);
		}
		const written = e2eDatabase()
			.$client.prepare('SELECT count(*) FROM campaign_steps WHERE text = ?')
			.pluck()
			.get(text);
		expect(written).toBe(0);
		// The same post from the site's own origin goes through: the 403 was the origin check.
		expect((await own.http.post('/countries/NPL/campaign?/step', { form })).status()).toBe(303);
		await Promise.all([foreign.dispose(), own.http.dispose()]);
	});

	test('every page the site links to carries a Content-Security-Policy', async ({ request }) => {
		test.setTimeout(120_000);
		const LIMIT = 120;
		const seen = new Set<string>();
		const queue = ['/', '/login', '/admin/import', '/no-such-page', '/countries/XXX'];
		const missing: string[] = [];
		let pages = 0;
		const kinds = new Map<string, number>();
		const kindOf = (p: string) =>
			p.replace(/\/[A-Z]{3}(?=\/|$)/g, '/ISO').replace(/\/(C\d{3}|ICRMW)\b/g, '/CODE');
		while (queue.length && pages < LIMIT) {
			const path = queue.shift()!;
			if (seen.has(path)) continue;
			seen.add(path);
			const answer = await request.get(path, { maxRedirects: 0 });
			const type = answer.headers()['content-type'] ?? '';
			if (!type.startsWith('text/html')) continue;
			pages++;
			const csp = answer.headers()['content-security-policy'] ?? '';
			if (
				!/default-src 'self'/.test(csp) ||
				!/object-src 'none'/.test(csp) ||
				!/frame-ancestors/.test(csp)
			)
				missing.push(`${path} (${answer.status()}): "${csp}"`);
			for (const m of (await answer.text()).matchAll(/href="(\/[^"#?]*)(?:\?[^"#]*)?"/g)) {
				const next = m[1];
				if (/\.(css|js|svg|png|ico|csv|json|atom|woff2?)$/.test(next) || seen.has(next)) continue;
				// Two pages per kind of address: /countries/NPL stands for every country.
				const kind = kindOf(next);
				if ((kinds.get(kind) ?? 0) >= 2) continue;
				kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
				queue.push(next);
			}
		}
		console.log(`Content-Security-Policy checked on ${pages} pages`);
		expect(pages).toBeGreaterThan(10);
		expect(missing).toEqual([]);
	});
});
