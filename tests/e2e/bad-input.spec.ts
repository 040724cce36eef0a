/**
 * A bad-input corpus through every form, upload and URL parameter (issue 6 §8): empty, too long,
 * wrong type, impossible and future dates, unknown codes, SQL-ish strings, path traversal, bodies
 * that are not forms, files that are not UTF-8 CSV or are too large. No answer may be a server error,
 * and no rejected write may change anything: the rows this test's own accounts could have written
 * are compared before and after (other tests write to the same database at the same time, so the
 * comparison is limited to what these accounts and the Maldives (MDV), which no other test edits,
 * could touch).
 */
import { expect, test } from '@playwright/test';
import { createUser, e2eDatabase } from '../support/accounts';
import { hiddenValue, newClient, type Client } from '../support/request-session';

const ISO3 = 'MDV';
const HEADER = 'iso3,country,instrument,event,date,status,notes,source';
const LONG = (n: number) => 'x'.repeat(n);
const SQLISH = "' OR '1'='1'; DROP TABLE ratification_events; --";
const TRAVERSAL = '../../../../etc/passwd';

type As = 'anonymous' | 'editor' | 'admin';
type Payload =
	| { form: Record<string, string> }
	| { multipart: Record<string, string | { name: string; mimeType: string; buffer: Buffer }> }
	| { raw: { contentType: string; data: string | Buffer } };

interface BadInput {
	name: string;
	as: As;
	method: 'GET' | 'POST';
	path: string;
	payload?: Payload | (() => Promise<Payload>);
	/** A write that must be refused (any answer but a 303 to somewhere other than the login page). */
	write?: boolean;
}

let clients: Record<As, Client>;
let ids: {
	step: number;
	stepVersion: number;
	proposal: number;
	proposalVersion: number;
	change: number;
	otherStep: number;
	target: number;
};
let mine: number[] = [];

const csv = (name: string, text: string | Buffer, mimeType = 'text/csv') => ({
	multipart: {
		file: { name, mimeType, buffer: typeof text === 'string' ? Buffer.from(text) : text }
	}
});
const row = (values: Partial<Record<string, string>>) => {
	const r = {
		iso3: ISO3,
		country: 'Maldives',
		instrument: 'C097',
		event: 'ratified',
		date: '2001-05-04',
		status: 'in_force',
		notes: 'bad-input test',
		source: 'https://example.org/mdv',
		...values
	};
	return HEADER.split(',')
		.map((c) => `"${String(r[c as keyof typeof r]).replace(/"/g, '""')}"`)
		.join(',');
};

type FormPayload = { form: Record<string, string> };

function stepForm(values: Partial<Record<string, string>>): FormPayload {
	return {
		form: {
			instrument: 'C097',
			stage: 'campaign_launched',
			date: '2024-03',
			text: 'bad-input step',
			stalledReason: '',
			evidenceUrl: 'https://example.org/e',
			...values
		} as Record<string, string>
	};
}
function proposalForm(values: Partial<Record<string, string>>): FormPayload {
	return {
		form: {
			instrument: 'C143',
			kind: 'signature',
			date: '2020-01-01',
			sourceUrl: 'https://example.org/s',
			sourceTitle: '',
			notes: 'bad-input proposal',
			...values
		} as Record<string, string>
	};
}
const contactForm = (values: Partial<Record<string, string>>): FormPayload => ({
	form: {
		centreName: 'Bad input centre',
		centreUrl: 'https://example.org/c',
		obstacles: '',
		version: '',
		...values
	} as Record<string, string>
});

const NOT_A_FORM: Payload[] = [
	{
		raw: {
			contentType: 'multipart/form-data; boundary=----nothing',
			data: 'garbage without a boundary'
		}
	},
	{ raw: { contentType: 'application/x-www-form-urlencoded', data: '%zz=%E0%A4%A&text=%' } },
	{
		raw: {
			contentType: 'multipart/form-data',
			data: '--x\r\nContent-Disposition: form-data\r\n\r\n'
		}
	}
];

function corpus(): BadInput[] {
	const ws = `/countries/${ISO3}/campaign`;
	const cases: BadInput[] = [];
	const add = (c: BadInput) => cases.push(c);

	// Sign-in.
	for (const [name, form] of [
		['empty sign-in', { email: '', password: '' }],
		['a 10 000-character e-mail', { email: `${LONG(10_000)}@example.org`, password: 'x' }],
		['an SQL-ish e-mail', { email: SQLISH, password: SQLISH }],
		['a 100 000-character password', { email: 'nobody@example.org', password: LONG(100_000) }],
		[
			'a next path off the site',
			{ email: 'nobody@example.org', password: 'wrong password!', next: '//evil.example' }
		]
	] as const)
		add({
			name,
			as: 'anonymous',
			method: 'POST',
			path: '/login',
			payload: { form: { ...form } },
			write: true
		});

	// Choosing a password on a one-time link that does not exist.
	for (const [name, form] of [
		['an empty password', { password: '', confirm: '' }],
		['a short password', { password: 'short', confirm: 'short' }],
		[
			'two different passwords',
			{ password: 'long enough password 1', confirm: 'long enough password 2' }
		],
		['a 10 000-character password', { password: LONG(10_000), confirm: LONG(10_000) }],
		[
			'a good password on a made-up link',
			{ password: 'long enough password 1', confirm: 'long enough password 1' }
		]
	] as const)
		for (const link of ['/invite/not-a-token', `/reset/${encodeURIComponent(TRAVERSAL)}`])
			add({
				name: `${link.split('/')[1]}: ${name}`,
				as: 'anonymous',
				method: 'POST',
				path: link,
				payload: { form: { ...form } },
				write: true
			});

	// Campaign steps.
	for (const [name, values] of [
		['an empty step', { instrument: '', stage: '', date: '', text: '', evidenceUrl: '' }],
		['a 501-character step text', { text: LONG(501) }],
		['a 100 000-character step text', { text: LONG(100_000) }],
		['an unknown stage', { stage: 'revolution' }],
		['an impossible date', { date: '2023-02-30' }],
		['a month 13', { date: '2023-13' }],
		['a five-digit year', { date: '99999-01-01' }],
		['a future date', { date: '2999-01-01' }],
		['a date before the ILO', { date: '1066' }],
		['a date in words', { date: 'yesterday' }],
		['an unknown instrument', { instrument: 'C999' }],
		['an SQL-ish instrument', { instrument: SQLISH }],
		['a file: evidence URL', { evidenceUrl: 'file:///etc/passwd' }],
		['an ftp evidence URL', { evidenceUrl: 'ftp://example.org/x' }],
		['a bare scheme', { evidenceUrl: 'http://' }],
		['a 3000-character URL', { evidenceUrl: `https://example.org/${LONG(3000)}` }],
		['stalled without a reason', { stage: 'stalled', stalledReason: '' }],
		['a NUL byte only', { text: '\u0000' }],
		['only spaces', { text: '     ' }]
	] as const)
		add({
			name: `step: ${name}`,
			as: 'editor',
			method: 'POST',
			path: `${ws}?/step`,
			payload: stepForm(values),
			write: true
		});
	for (const id of ['abc', '-1', '0', '1e3', '99999999999999999999', TRAVERSAL, SQLISH])
		for (const action of ['editStep', 'withdrawStep'])
			add({
				name: `${action}: id ${id.slice(0, 20)}`,
				as: 'editor',
				method: 'POST',
				path: `${ws}?/${action}`,
				payload: async () => stepForm({ id, version: String(ids.stepVersion) }),
				write: true
			});
	add({
		name: 'editStep: a step of another country through this country',
		as: 'editor',
		method: 'POST',
		path: `${ws}?/editStep`,
		payload: async () => stepForm({ id: String(ids.otherStep), version: '1', text: 'moved' }),
		write: true
	});
	for (const version of ['', 'x', '0', '-5', '999999'])
		add({
			name: `editStep: version "${version}"`,
			as: 'editor',
			method: 'POST',
			path: `${ws}?/editStep`,
			payload: async () => stepForm({ id: String(ids.step), version, text: 'stale edit' }),
			write: true
		});

	// Contact.
	for (const [name, values] of [
		['an empty centre name', { centreName: '' }],
		['a 201-character centre name', { centreName: LONG(201) }],
		['a javascript: centre URL', { centreUrl: 'javascript:alert(1)' }],
		['2001 characters of obstacles', { obstacles: LONG(2001) }],
		['a version in words', { version: 'latest' }],
		['a stale version', { version: '999999' }]
	] as const)
		add({
			name: `contact: ${name}`,
			as: 'editor',
			method: 'POST',
			path: `${ws}?/contact`,
			payload: contactForm(values),
			write: true
		});

	// Proposals.
	for (const [name, values] of [
		['no source', { sourceUrl: '' }],
		['a source that is not a URL', { sourceUrl: SQLISH }],
		['an unknown kind', { kind: 'treaty' }],
		['a future date', { date: '2999-12' }],
		['an impossible date', { date: '2021-02-29' }],
		['2001 characters of notes', { notes: LONG(2001) }],
		['a 301-character title', { sourceTitle: LONG(301) }],
		['an unknown instrument', { instrument: TRAVERSAL }]
	] as const)
		add({
			name: `proposal: ${name}`,
			as: 'editor',
			method: 'POST',
			path: `${ws}?/propose`,
			payload: proposalForm(values),
			write: true
		});

	// Review.
	const review = (values: Record<string, string>) => async (): Promise<Payload> => ({
		form: {
			id: String(ids.proposal),
			version: String(ids.proposalVersion),
			decision: 'approve',
			reason: '',
			...values
		}
	});
	for (const [name, values] of [
		['an id in words', { id: 'first' }],
		['a proposal that does not exist', { id: '99999999' }],
		['a decision that is neither', { decision: 'maybe' }],
		['a rejection without a reason', { decision: 'reject', reason: '' }],
		['a 1001-character reason', { decision: 'reject', reason: LONG(1001) }],
		['a stale version', { version: '999' }],
		['an SQL-ish id', { id: SQLISH }]
	] as const)
		add({
			name: `review: ${name}`,
			as: 'admin',
			method: 'POST',
			path: '/admin/review?/review',
			payload: review(values),
			write: true
		});

	// Revert.
	for (const auditId of ['x', '-1', '0', '99999999999', SQLISH, TRAVERSAL])
		add({
			name: `revert: change ${auditId.slice(0, 20)}`,
			as: 'admin',
			method: 'POST',
			path: `/countries/${ISO3}/history?/revert`,
			payload: { form: { auditId } },
			write: true
		});
	add({
		name: 'revert: a change of another country through this country',
		as: 'admin',
		method: 'POST',
		path: `/countries/${ISO3}/history?/revert`,
		payload: async () => ({ form: { auditId: String(ids.change) } }),
		write: true
	});

	// Accounts.
	for (const [name, values] of [
		['an address that is not one', { email: 'bad-input-not-an-email' }],
		['an unknown role', { email: 'bad-input-role@example.org', role: 'root' }],
		['an unknown country', { email: 'bad-input-country@example.org', countries: 'XXX' }],
		['a country as a path', { email: 'bad-input-path@example.org', countries: TRAVERSAL }],
		['a 101-character name', { email: 'bad-input-name@example.org', displayName: LONG(101) }],
		['an editor without a country', { email: 'bad-input-none@example.org', countries: '' }]
	] as const)
		add({
			name: `invite: ${name}`,
			as: 'admin',
			method: 'POST',
			path: '/admin/users?/invite',
			payload: {
				form: { displayName: 'x', role: 'editor', countries: ISO3, ...values }
			},
			write: true
		});
	for (const action of ['disable', 'enable', 'link', 'access'])
		for (const [userId, version] of [
			['abc', '1'],
			['99999999', '1'],
			['', ''],
			[SQLISH, 'x']
		])
			add({
				name: `${action}: user ${userId.slice(0, 12)} version ${version}`,
				as: 'admin',
				method: 'POST',
				path: `/admin/users?/${action}`,
				payload: { form: { userId, version, role: 'editor', countries: ISO3 } },
				write: true
			});
	add({
		name: 'access: an unknown role',
		as: 'admin',
		method: 'POST',
		path: '/admin/users?/access',
		payload: async () => ({
			form: { userId: String(ids.target), version: '1', role: 'superadmin', countries: ISO3 }
		}),
		write: true
	});

	// Uploads.
	const good = [HEADER, row({})].join('\n');
	for (const [name, payload] of [
		['no file at all', { form: { file: '' } }],
		['an empty file', csv('empty.csv', '')],
		['only a header', csv('header.csv', `${HEADER}\n`)],
		[
			'Latin-1 bytes',
			csv(
				'latin1.csv',
				Buffer.concat([
					Buffer.from(`${HEADER}\n${ISO3},Maldiv`),
					Buffer.from([0xe9, 0xff]),
					Buffer.from(',C097,ratified,2001,in_force,,https://example.org\n')
				])
			)
		],
		['UTF-16 text', csv('utf16.csv', Buffer.from(`\ufeff${good}`, 'utf16le'))],
		['a wrong header', csv('wrong.csv', 'country,year\nMaldives,2001\n')],
		[
			'columns in another order',
			csv('order.csv', `${HEADER.split(',').reverse().join(',')}\n${row({})}\n`)
		],
		[
			'a PNG named .csv',
			csv('image.csv', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), 'image/png')
		],
		['a program', csv('setup.exe', Buffer.from('MZ\u0090\u0000'), 'application/x-msdownload')],
		['a path as the file name', csv(`${TRAVERSAL}.csv`, good)],
		['an unclosed quote', csv('quote.csv', `${HEADER}\n${ISO3},"Maldives,C097\n`)],
		['rows of different lengths', csv('ragged.csv', `${HEADER}\n${ISO3},Maldives\n`)],
		[
			'bad rows: unknown codes, impossible and future dates, SQL, traversal, javascript:',
			csv(
				'bad-rows.csv',
				[
					HEADER,
					row({ iso3: 'XXX' }),
					row({ instrument: 'C999' }),
					row({ date: '2023-02-30' }),
					row({ date: '2999-01-01', event: 'signed', status: 'signatory' }),
					row({ event: SQLISH }),
					row({ source: 'javascript:alert(1)' }),
					row({ source: TRAVERSAL }),
					row({ iso3: 'mdv' }),
					good.split('\n')[1]
				].join('\n')
			)
		],
		['a file over 2 MB', csv('huge.csv', `${HEADER}\n${row({ notes: LONG(2 * 1024 * 1024) })}\n`)]
	] as const)
		add({
			name: `import dry run: ${name}`,
			as: 'admin',
			method: 'POST',
			path: '/admin/import?/dry_run',
			payload: payload as Payload
		});
	for (const [name, form] of [
		['no dry run named', { stash_id: '', sha256: '', digest: '' }],
		['a path as the dry run', { stash_id: TRAVERSAL, sha256: 'x', digest: 'y' }],
		[
			'a dry run that was never made',
			{
				stash_id: '00000000-0000-4000-8000-000000000000',
				sha256: '0'.repeat(64),
				digest: '0'.repeat(64)
			}
		]
	] as const)
		add({
			name: `import apply: ${name}`,
			as: 'admin',
			method: 'POST',
			path: '/admin/import?/apply',
			payload: { form: { ...form } },
			write: true
		});
	add({
		name: 'import apply: a plan other than the one reviewed',
		as: 'admin',
		method: 'POST',
		path: '/admin/import?/apply',
		payload: async () => {
			const answer = await clients.admin.http.post(
				'/admin/import?/dry_run',
				csv('reviewed.csv', good)
			);
			const html = await answer.text();
			return {
				form: {
					stash_id: hiddenValue(html, 'stash_id') ?? '',
					sha256: hiddenValue(html, 'sha256') ?? '',
					digest: 'f'.repeat(64)
				}
			};
		},
		write: true
	});
	add({
		name: 'import apply: another admin’s file fingerprint',
		as: 'admin',
		method: 'POST',
		path: '/admin/import?/apply',
		payload: async () => {
			const answer = await clients.admin.http.post(
				'/admin/import?/dry_run',
				csv('reviewed.csv', good)
			);
			const html = await answer.text();
			return {
				form: {
					stash_id: hiddenValue(html, 'stash_id') ?? '',
					sha256: 'a'.repeat(64),
					digest: hiddenValue(html, 'digest') ?? ''
				}
			};
		},
		write: true
	});

	// Bodies that are not forms, to every action.
	const actions: [As, string][] = [
		['anonymous', '/login'],
		['editor', `${ws}?/step`],
		['editor', `${ws}?/editStep`],
		['editor', `${ws}?/withdrawStep`],
		['editor', `${ws}?/contact`],
		['editor', `${ws}?/propose`],
		['admin', '/admin/review?/review'],
		['admin', `/countries/${ISO3}/history?/revert`],
		['admin', '/admin/users?/invite'],
		['admin', '/admin/users?/access'],
		['admin', '/admin/users?/disable'],
		['admin', '/admin/users?/link'],
		['admin', '/admin/users?/enable'],
		['anonymous', '/invite/not-a-token'],
		['anonymous', '/reset/not-a-token'],
		['admin', '/admin/import?/dry_run'],
		['admin', '/admin/import?/apply']
	];
	for (const [as, path] of actions)
		for (const [i, payload] of NOT_A_FORM.entries())
			add({
				name: `not a form (${i + 1}) to ${path}`,
				as,
				method: 'POST',
				path,
				payload,
				write: true
			});
	for (const [as, path] of actions)
		add({
			name: `JSON to ${path}`,
			as,
			method: 'POST',
			path,
			payload: { raw: { contentType: 'application/json', data: '{"text":"x"}' } },
			write: true
		});

	// URL parameters.
	for (const path of [
		'/countries/..%2F..%2F..%2Fetc%2Fpasswd',
		'/countries/%2e%2e',
		'/countries/%00',
		`/countries/NPL'%20OR%20'1'='1`,
		'/countries/%3Cscript%3E',
		`/countries/${LONG(3000)}`,
		'/countries/%E0%A4%A',
		`/countries/${ISO3}/history?reverted=abc`,
		`/countries/${ISO3}/history?reverted=${'9'.repeat(40)}`,
		`/countries/${ISO3}/campaign?edit=abc`,
		`/countries/${ISO3}/campaign?edit=-1&saved=${encodeURIComponent('<script>')}`,
		'/countries/XXX/campaign',
		'/countries/XXX/history',
		'/admin/import?applied=1%20OR%201=1',
		`/admin/import?applied=${'9'.repeat(40)}`,
		'/admin/review?done=%3Cscript%3E',
		'/matrix?as_of=2023-02-30',
		'/matrix?as_of=99999-01-01',
		`/matrix?group=${encodeURIComponent(TRAVERSAL)}`,
		`/matrix?instrument=${encodeURIComponent(SQLISH)}`,
		'/feeds/countries/XXX.atom',
		'/feeds/countries/..%2F..%2Fetc%2Fpasswd.atom',
		'/feeds/instruments/%00.atom',
		`/feeds/instruments/${encodeURIComponent(SQLISH)}.atom`,
		'/login?next=%2F%2Fevil.example',
		'/login?next=javascript:alert(1)',
		'/login?notice=%3Cscript%3E',
		'/invite/not-a-token',
		`/invite/${encodeURIComponent(TRAVERSAL)}`,
		`/reset/${LONG(500)}`,
		'/maps/..%2F..%2Fetc%2Fpasswd',
		'/api/v1/..%2F..%2Fetc%2Fpasswd',
		'/instruments/%00'
	])
		for (const as of ['anonymous', 'admin'] as const)
			add({ name: `GET ${path.slice(0, 60)} as ${as}`, as, method: 'GET', path });
	add({
		name: 'editor opens another country’s workspace with params',
		as: 'editor',
		method: 'GET',
		path: '/countries/NPL/campaign?edit=1'
	});
	return cases;
}

/** Everything the test's own accounts, and anyone, could have written about the Maldives. */
function snapshot() {
	const sql = e2eDatabase().$client;
	const list = mine.join(',');
	const one = (q: string) => sql.prepare(q).pluck().get();
	return {
		audit: one(`SELECT count(*) FROM audit_log WHERE actor_id IN (${list}) OR iso3 = '${ISO3}'`),
		steps: one(
			`SELECT group_concat(id || ':' || version || ':' || coalesce(withdrawn_at, '')) FROM campaign_steps WHERE created_by IN (${list}) OR iso3 = '${ISO3}'`
		),
		proposals: one(
			`SELECT group_concat(id || ':' || version || ':' || state) FROM ratification_proposals WHERE proposed_by IN (${list}) OR iso3 = '${ISO3}'`
		),
		contacts: one(
			`SELECT group_concat(iso3 || ':' || version) FROM campaign_contacts WHERE updated_by IN (${list}) OR iso3 = '${ISO3}'`
		),
		events: one(
			`SELECT count(*) || ':' || coalesce(max(id), 0) FROM ratification_events WHERE iso3 = '${ISO3}' OR seed_key LIKE 'import:${ISO3}:%'`
		),
		users: one(
			`SELECT group_concat(id || ':' || version || ':' || disabled || ':' || role) FROM users WHERE id IN (${list}, ${ids.target}) OR email LIKE 'bad-input%'`
		),
		tokens: one(
			`SELECT count(*) FROM one_time_tokens WHERE created_by IN (${list}) OR user_id = ${ids.target}`
		)
	};
}

async function send(c: Client, input: BadInput) {
	const payload = typeof input.payload === 'function' ? await input.payload() : input.payload;
	if (input.method === 'GET') return c.http.get(input.path);
	if (!payload) return c.http.post(input.path);
	if ('raw' in payload)
		return c.http.post(input.path, {
			headers: { 'content-type': payload.raw.contentType },
			data: payload.raw.data
		});
	return c.http.post(input.path, payload);
}

test.describe('the bad-input corpus', () => {
	test.describe.configure({ mode: 'serial' });
	// Plain HTTP: the browser's JavaScript setting does not change these answers.
	test.skip(
		({ javaScriptEnabled }) => !javaScriptEnabled,
		'runs once, in the javascript-on project'
	);

	test.beforeAll(async ({}, testInfo) => {
		if (testInfo.project.use.javaScriptEnabled === false) return;
		const baseURL = testInfo.project.use.baseURL!;
		const [editor, admin, target] = await Promise.all([
			createUser({ role: 'editor', countries: [ISO3], displayName: 'Bad input editor' }),
			createUser({ role: 'admin', displayName: 'Bad input admin' }),
			createUser({ role: 'editor', countries: [ISO3], displayName: 'Bad input target' })
		]);
		mine = [editor.id, admin.id];
		clients = {
			anonymous: await newClient(baseURL, 'anonymous', null),
			editor: await newClient(baseURL, 'editorNPL', editor),
			admin: await newClient(baseURL, 'admin', admin)
		};
		const sql = e2eDatabase().$client;
		// Records for the bad inputs to aim at, written through the real forms before the snapshot.
		expect(
			(
				await clients.editor.http.post(
					`/countries/${ISO3}/campaign?/step`,
					stepForm({ text: 'bad-input target step' })
				)
			).status()
		).toBe(303);
		const step = sql
			.prepare(
				"SELECT id, version FROM campaign_steps WHERE text = 'bad-input target step' AND created_by = ?"
			)
			.get(editor.id) as { id: number; version: number };
		expect(
			(
				await clients.editor.http.post(
					`/countries/${ISO3}/campaign?/propose`,
					proposalForm({ notes: 'bad-input target proposal' })
				)
			).status()
		).toBe(303);
		const proposal = sql
			.prepare(
				"SELECT id, version FROM ratification_proposals WHERE notes = 'bad-input target proposal' AND proposed_by = ?"
			)
			.get(editor.id) as { id: number; version: number };
		expect(
			(
				await clients.admin.http.post(
					'/countries/LKA/campaign?/step',
					stepForm({ text: 'bad-input other-country step' })
				)
			).status()
		).toBe(303);
		const other = sql
			.prepare(
				"SELECT id FROM campaign_steps WHERE text = 'bad-input other-country step' AND created_by = ?"
			)
			.get(admin.id) as { id: number };
		const change = sql
			.prepare(
				"SELECT id FROM audit_log WHERE iso3 = 'LKA' AND actor_id = ? ORDER BY id DESC LIMIT 1"
			)
			.get(admin.id) as { id: number };
		ids = {
			step: step.id,
			stepVersion: step.version,
			proposal: proposal.id,
			proposalVersion: proposal.version,
			change: change.id,
			otherStep: other.id,
			target: target.id
		};
	});

	test.afterAll(async () => {
		await Promise.all(Object.values(clients ?? {}).map((c) => c.http.dispose()));
	});

	test('no bad input gets a server error, and no rejected write changes anything', async () => {
		test.setTimeout(180_000);
		const inputs = corpus();
		const before = snapshot();
		const failures: string[] = [];
		for (const input of inputs) {
			const answer = await send(clients[input.as], input);
			const status = answer.status();
			const location = answer.headers()['location'] ?? '';
			if (status >= 500)
				failures.push(
					`${input.name}: ${input.method} ${input.path.slice(0, 80)} answered ${status}`
				);
			if (
				input.write &&
				status >= 200 &&
				status < 400 &&
				!(status === 303 && location.startsWith('/login')) &&
				status !== 200
			)
				failures.push(`${input.name}: a bad write was accepted (${status} → ${location})`);
			if (input.write && status === 200 && input.path.includes('?/apply'))
				failures.push(`${input.name}: apply answered 200`);
		}
		const after = snapshot();
		console.log(`Bad-input corpus: ${inputs.length} bad inputs sent; ${failures.length} failures`);
		expect.soft(failures, failures.join('\n')).toEqual([]);
		expect(after, 'rejected writes changed the database').toEqual(before);
	});
});
