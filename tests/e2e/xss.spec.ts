/**
 * An XSS corpus through every text and URL field the editing forms have (issue 6 §8), posted to the
 * real form actions as a browser sends them, then every page that shows what was saved loaded in
 * Chromium with a trap for dialogs and for the `window.__xss` flag the payloads set. Nothing may run,
 * no element may carry an inline event handler, and every rendered link must be http or https.
 *
 * The payloads go to Bhutan (BTN) and a block of countries no other test edits, so other tests'
 * pages stay as they expect.
 */
import { expect, test, type Page } from '@playwright/test';
import { createUser, e2eDatabase, uniqueEmail } from '../support/accounts';
import { newClient, type Client } from '../support/request-session';
import { readSeedCsv } from '../support/seed-rows';

/** Each sets window.__xss or opens a dialog if it ever runs. Every one is at most 100 characters. */
const TEXT_PAYLOADS = [
	'<script>window.__xss=1</script>',
	'"><script>window.__xss=1</script>',
	"'><script>alert(1)</script>",
	'<img src=x onerror="window.__xss=1">',
	'<img src=x onerror=alert(1)>',
	'<svg onload="window.__xss=1">',
	'<svg><script>window.__xss=1</script></svg>',
	'<iframe src="javascript:window.__xss=1"></iframe>',
	'<a href="javascript:window.__xss=1">click</a>',
	'" onmouseover="window.__xss=1" x="',
	"' autofocus onfocus='window.__xss=1' x='",
	'</textarea><script>window.__xss=1</script>',
	'</title><script>window.__xss=1</script>',
	'</script><script>window.__xss=1</script>',
	"{@html '<img src=x onerror=window.__xss=1>'}",
	'{alert(1)} ${alert(1)} {{constructor.constructor("alert(1)")()}}',
	'<details open ontoggle=window.__xss=1>',
	'<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
	'＜script＞window.__xss=1＜/script＞',
	'\u202e<script>window.__xss=1</script>\u202d',
	'<scr\u200bipt>window.__xss=1</scr\u200bipt>',
	'javascript:window.__xss=1',
	'<![CDATA[<script>window.__xss=1</script>]]>',
	'&lt;script&gt;window.__xss=1&lt;/script&gt;'
];

/** Addresses: the dangerous ones must be refused; the http(s) ones that carry markup rendered inert. */
const URL_PAYLOADS = [
	'javascript:window.__xss=1',
	'JaVaScRiPt:window.__xss=1',
	' javascript:window.__xss=1',
	'java\tscript:window.__xss=1',
	'&#106;avascript:window.__xss=1',
	'data:text/html,<script>window.__xss=1</script>',
	'vbscript:msgbox(1)',
	'//evil.example/x',
	'https://example.org/"><script>window.__xss=1</script>',
	'https://example.org/?q="onmouseover="window.__xss=1',
	"https://example.org/'><svg/onload=window.__xss=1>",
	'https://example.org/#javascript:window.__xss=1'
];

const ISO3 = 'BTN';
/** Countries whose contact the corpus writes, one payload each: the block of seeds after Bhutan. */
const CONTACT_COUNTRIES = (() => {
	const all = [...new Set(readSeedCsv('migrant_stock.csv').map((r) => r.iso3))].sort();
	const start = all.indexOf('BOL');
	return all.slice(start, start + TEXT_PAYLOADS.length + 1).filter((c) => c !== ISO3);
})().slice(0, TEXT_PAYLOADS.length);

let editor: Client;
let admin: Client;
let sent = 0;
let refused = 0;
const markers: string[] = [];

async function post(as: Client, path: string, form: Record<string, string>, fields: number) {
	const answer = await as.http.post(path, { form });
	expect(answer.status(), `${path} must not fail on a payload`).toBeLessThan(500);
	sent += fields;
	if (answer.status() !== 303 && answer.status() !== 200) refused += fields;
	return answer.status();
}

/** What a page must never show: a run payload, an inline handler, a link that is not http(s). */
async function expectInert(page: Page, path: string, showsCorpus = false) {
	const response = await page.goto(path);
	expect(response?.status(), `${path} loads`).toBeLessThan(400);
	// Give onload/onerror/autofocus payloads the chance to fire if they were rendered live.
	await page.waitForLoadState('load');
	await page.mouse.move(200, 300);
	await page.mouse.move(400, 500);
	await page.waitForTimeout(150);
	const found = await page.evaluate(() => {
		const handlers: string[] = [];
		for (const el of document.querySelectorAll('*'))
			for (const a of el.getAttributeNames())
				if (a.toLowerCase().startsWith('on')) handlers.push(`<${el.localName} ${a}>`);
		const badLinks = [...document.querySelectorAll('a[href], area[href]')]
			.map((a) => (a as HTMLAnchorElement).href)
			.filter((href) => !/^https?:$/.test(new URL(href, location.href).protocol));
		const badSources = [
			...document.querySelectorAll('iframe[src], embed[src], object[data], form[action]')
		]
			.map((e) => e.getAttribute('src') ?? e.getAttribute('data') ?? e.getAttribute('action') ?? '')
			.filter((u) => u && !/^https?:$/.test(new URL(u, location.href).protocol));
		return {
			flag: (window as unknown as { __xss?: number }).__xss ?? null,
			handlers,
			badLinks,
			badSources
		};
	});
	if (showsCorpus)
		expect(await page.locator('body').innerText(), `${path} shows the corpus as text`).toContain(
			'window.__xss=1'
		);
	expect(found.flag, `a payload ran on ${path}`).toBeNull();
	expect(found.handlers, `inline event handlers on ${path}`).toEqual([]);
	expect(found.badLinks, `links that are not http(s) on ${path}`).toEqual([]);
	expect(found.badSources, `frames or forms that are not http(s) on ${path}`).toEqual([]);
}

test.describe('the XSS corpus', () => {
	test.describe.configure({ mode: 'serial' });
	// Without JavaScript nothing could run: the corpus means something only in the javascript-on project.
	test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, 'runs in the javascript-on project');

	test.beforeAll(async ({}, testInfo) => {
		if (testInfo.project.use.javaScriptEnabled === false) return;
		const baseURL = testInfo.project.use.baseURL!;
		const [editorAccount, adminAccount] = await Promise.all([
			createUser({
				role: 'editor',
				countries: [ISO3, ...CONTACT_COUNTRIES],
				displayName: '<img src=x onerror=window.__xss=1> centre'
			}),
			createUser({ role: 'admin', displayName: '"><script>window.__xss=1</script>' })
		]);
		editor = await newClient(baseURL, 'editorNPL', editorAccount);
		admin = await newClient(baseURL, 'admin', adminAccount);
	});

	test.afterAll(async () => {
		if (!editor) return;
		console.log(
			`XSS corpus: ${TEXT_PAYLOADS.length} text payloads and ${URL_PAYLOADS.length} URL payloads; ` +
				`${sent} payload × field submissions sent (${refused} refused by validation)`
		);
		await editor?.http.dispose();
		await admin?.http.dispose();
	});

	test('every text and URL field takes the corpus through the real form actions without a server error', async () => {
		const workspace = `/countries/${ISO3}/campaign`;
		for (const [i, p] of TEXT_PAYLOADS.entries()) {
			markers.push(`xss-${i}`);
			// Step text and the stalled reason.
			await post(
				editor,
				`${workspace}?/step`,
				{
					instrument: 'C097',
					stage: 'stalled',
					date: '2024-06',
					text: p,
					stalledReason: p,
					evidenceUrl: 'https://example.org/evidence'
				},
				2
			);
			// The centre's name and obstacles, one country each (a contact is one record per country).
			await post(
				editor,
				`/countries/${CONTACT_COUNTRIES[i]}/campaign?/contact`,
				{ centreName: p, centreUrl: 'https://example.org/centre', obstacles: p, version: '' },
				2
			);
			// A proposal's notes and title; odd ones are approved (they become events), even rejected
			// with the payload as the reason.
			const notes = `${p} [xss-${i}]`;
			await post(
				editor,
				`${workspace}?/propose`,
				{
					instrument: 'C143',
					kind: 'signature',
					date: `20${10 + (i % 10)}-0${1 + (i % 9)}`,
					sourceUrl: 'https://example.org/source',
					sourceTitle: p,
					notes
				},
				2
			);
			const proposal = e2eDatabase()
				.$client.prepare('SELECT id, version FROM ratification_proposals WHERE notes = ?')
				.get(notes) as { id: number; version: number } | undefined;
			if (proposal)
				await post(
					admin,
					'/admin/review?/review',
					{
						id: String(proposal.id),
						version: String(proposal.version),
						decision: i % 2 ? 'approve' : 'reject',
						reason: p
					},
					1
				);
			// A user's display name, through the invite form.
			await post(
				admin,
				'/admin/users?/invite',
				{ email: uniqueEmail(`xss-${i}`), displayName: p, role: 'editor', countries: ISO3 },
				1
			);
		}
		for (const u of URL_PAYLOADS) {
			await post(
				editor,
				`${workspace}?/step`,
				{
					instrument: 'C097',
					stage: 'campaign_launched',
					date: '2024-07',
					text: 'URL payload',
					stalledReason: '',
					evidenceUrl: u
				},
				1
			);
			await post(
				editor,
				`${workspace}?/contact`,
				{
					centreName: 'URL payload centre',
					centreUrl: u,
					obstacles: '',
					version: String(
						(
							e2eDatabase()
								.$client.prepare('SELECT version FROM campaign_contacts WHERE iso3 = ?')
								.get(ISO3) as { version: number } | undefined
						)?.version ?? ''
					)
				},
				1
			);
			await post(
				editor,
				`${workspace}?/propose`,
				{
					instrument: 'C143',
					kind: 'signature',
					date: '2019',
					sourceUrl: u,
					sourceTitle: '',
					notes: 'URL payload'
				},
				1
			);
		}
		expect(sent).toBeGreaterThan(TEXT_PAYLOADS.length * 8);
	});

	test('every address stored from the corpus is http or https', async () => {
		const sql = e2eDatabase().$client;
		const stored = [
			...(sql
				.prepare('SELECT evidence_url AS u FROM campaign_steps WHERE evidence_url IS NOT NULL')
				.all() as { u: string }[]),
			...(sql
				.prepare('SELECT centre_url AS u FROM campaign_contacts WHERE centre_url IS NOT NULL')
				.all() as { u: string }[]),
			...(sql.prepare('SELECT source_url AS u FROM ratification_proposals').all() as {
				u: string;
			}[]),
			...(sql.prepare('SELECT source_url AS u FROM ratification_events').all() as { u: string }[])
		].map((r) => r.u);
		expect(stored.filter((u) => !/^https?:\/\//i.test(u))).toEqual([]);
	});

	test('nothing runs on the pages that show the corpus', async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', async (d) => {
			dialogs.push(`${d.type()}: ${d.message()} on ${page.url()}`);
			await d.dismiss();
		});
		// The admin's pages: the browser signs in with the admin's session cookie.
		const cookies = (await admin.http.storageState()).cookies;
		const editorCookies = (await editor.http.storageState()).cookies;

		const publicPages = [
			`/countries/${ISO3}`,
			`/countries/${ISO3}/history`,
			'/matrix',
			`/instruments/C143`,
			...CONTACT_COUNTRIES.slice(0, 8).map((c) => `/countries/${c}`)
		];
		for (const path of publicPages)
			await expectInert(page, path, path === `/countries/${ISO3}` || path.endsWith('/history'));

		await page.context().addCookies(editorCookies);
		await expectInert(page, `/countries/${ISO3}/campaign`, true);

		await page.context().clearCookies();
		await page.context().addCookies(cookies);
		for (const path of [
			'/admin/review',
			'/admin/users',
			`/countries/${ISO3}/history`,
			`/countries/${ISO3}/campaign`
		])
			await expectInert(page, path, true);

		expect(dialogs).toEqual([]);
	});

	test('the feeds carry the corpus as escaped text, never as markup', async ({ page, request }) => {
		for (const path of [
			'/feeds/changes.atom',
			`/feeds/countries/${ISO3}.atom`,
			'/feeds/instruments/C143.atom'
		]) {
			const answer = await request.get(path);
			expect(answer.status(), path).toBe(200);
			const xml = await answer.text();
			expect(xml, `${path} carries the corpus`).toContain('__xss');
			expect(
				xml.match(/<(script|img|svg|iframe|details|math)\b/gi),
				`live markup in ${path}`
			).toBeNull();
			expect(xml.match(/<[a-z][^>]*\son[a-z]+\s*=/gi), `event attributes in ${path}`).toBeNull();
			// Chromium renders the feed as XML: nothing runs there either.
			await page.goto(path);
			const flag = await page.evaluate(
				() => (window as unknown as { __xss?: number }).__xss ?? null
			);
			expect(flag, `a payload ran in ${path}`).toBeNull();
		}
	});
});
