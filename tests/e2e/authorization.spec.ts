/**
 * The authorization matrix (issue 6 §8): every page and action that shows private data or writes,
 * asked by a visitor, the editor of Nepal, the editor of Sri Lanka and an administrator, each
 * answer checked against the table below. Requests are plain form posts (Origin and Accept: text/html
 * as a browser without JavaScript sends them) from signed-in request contexts; redirects are not
 * followed, so a 303 to the login page and a 303 after a successful write are told apart.
 *
 * A row marked `pending` names a route another part of the work has not built yet: it is checked if
 * it answers, and listed as not verified if it does not (404/405).
 */
import { expect, test, type APIResponse } from '@playwright/test';
import { createUser, e2eDatabase, uniqueEmail } from '../support/accounts';
import {
	hiddenValue,
	roleClients,
	ROLES,
	type Client,
	type Role
} from '../support/request-session';

/** What a role should get: a status, or `login` (303 to /login?next=…). */
type Expected = 200 | 303 | 401 | 403 | 'login';

type Body =
	| { form: Record<string, string> }
	| { multipart: Record<string, string | { name: string; mimeType: string; buffer: Buffer }> };

interface MatrixRow {
	action: string;
	method: 'GET' | 'POST';
	path: string;
	/** Built for each request (a fresh record to change, the current version to send). */
	body?: (as: Client) => Promise<Body>;
	expect: Record<Role, Expected>;
	pending?: string;
}

const PAGE_FOR_EDITORS_OF_NPL: Record<Role, Expected> = {
	anonymous: 'login',
	editorNPL: 200,
	editorLKA: 403,
	admin: 200
};
const WRITE_FOR_EDITORS_OF_NPL: Record<Role, Expected> = {
	anonymous: 401,
	editorNPL: 303,
	editorLKA: 403,
	admin: 303
};
const ADMIN_PAGE: Record<Role, Expected> = {
	anonymous: 'login',
	editorNPL: 403,
	editorLKA: 403,
	admin: 200
};
const ADMIN_WRITE: Record<Role, Expected> = {
	anonymous: 401,
	editorNPL: 403,
	editorLKA: 403,
	admin: 303
};
/** Admin actions that answer on the page (a link to copy, a dry run) rather than redirecting. */
const ADMIN_ANSWER: Record<Role, Expected> = { ...ADMIN_WRITE, admin: 200 };
const PUBLIC: Record<Role, Expected> = {
	anonymous: 200,
	editorNPL: 200,
	editorLKA: 200,
	admin: 200
};

let clients: Record<Role, Client>;
let counter = 0;
const unique = (what: string) => `${what} ${Date.now().toString(36)}-${++counter}`;
const sql = () => e2eDatabase().$client;

/** A campaign step for Nepal recorded through the form by the Nepal editor; its id and version. */
async function nepalStep(by: Role = 'editorNPL'): Promise<{ id: number; version: number }> {
	const text = unique('Authorization matrix step');
	const answer = await clients[by].http.post('/countries/NPL/campaign?/step', {
		form: {
			instrument: 'C097',
			stage: 'campaign_launched',
			date: '2024-03',
			text,
			stalledReason: '',
			evidenceUrl: 'https://example.org/evidence'
		}
	});
	expect(answer.status(), `${by} records a step`).toBe(303);
	return sql().prepare('SELECT id, version FROM campaign_steps WHERE text = ?').get(text) as {
		id: number;
		version: number;
	};
}

/** A pending proposal for Nepal, proposed through the form by the Nepal editor. */
async function nepalProposal(): Promise<{ id: number; version: number }> {
	const notes = unique('Authorization matrix proposal');
	const answer = await clients.editorNPL.http.post('/countries/NPL/campaign?/propose', {
		form: {
			instrument: 'C143',
			kind: 'signature',
			date: '2024-01-15',
			sourceUrl: 'https://example.org/source',
			sourceTitle: 'Gazette',
			notes
		}
	});
	expect(answer.status(), 'the Nepal editor proposes an event').toBe(303);
	return sql()
		.prepare('SELECT id, version FROM ratification_proposals WHERE notes = ?')
		.get(notes) as { id: number; version: number };
}

/** The newest public change in Nepal's history (a step recorded for the purpose). */
async function nepalChange(): Promise<number> {
	const step = await nepalStep();
	const row = sql()
		.prepare(
			"SELECT id FROM audit_log WHERE entity = 'campaign_step' AND entity_id = ? ORDER BY id DESC LIMIT 1"
		)
		.get(String(step.id)) as { id: number };
	return row.id;
}

async function throwawayUser(disabled = false): Promise<{ userId: string; version: string }> {
	const user = await createUser({ role: 'editor', countries: ['NPL'] });
	if (disabled)
		sql().prepare('UPDATE users SET disabled = 1, version = version + 1 WHERE id = ?').run(user.id);
	const { version } = sql().prepare('SELECT version FROM users WHERE id = ?').get(user.id) as {
		version: number;
	};
	return { userId: String(user.id), version: String(version) };
}

/** One event Nepal has no record of, in the seed format, on a day that differs each run. */
function importCsv(): Buffer {
	const day = String(1 + (Date.now() % 27)).padStart(2, '0');
	const month = String(1 + (counter++ % 12)).padStart(2, '0');
	return Buffer.from(
		'iso3,country,instrument,event,date,status,notes,source\n' +
			`NPL,Nepal,C143,signed,1999-${month}-${day},signatory,authorization matrix import,https://example.org/import\n`
	);
}

const csvUpload = () => ({
	multipart: { file: { name: 'matrix.csv', mimeType: 'text/csv', buffer: importCsv() } }
});

/** A dry run by the administrator, so apply has a real stash to name. */
async function reviewedImport(): Promise<Body> {
	const answer = await clients.admin.http.post('/admin/import?/dry_run', csvUpload());
	const html = await answer.text();
	return {
		form: {
			stash_id: hiddenValue(html, 'stash_id') ?? '',
			sha256: hiddenValue(html, 'sha256') ?? '',
			digest: hiddenValue(html, 'digest') ?? ''
		}
	};
}

/** An import applied by the administrator through the page, so there is one to revert; its change. */
async function appliedImport(): Promise<number> {
	const answer = await clients.admin.http.post('/admin/import?/apply', await reviewedImport());
	const location = answer.headers()['location'] ?? '';
	expect(answer.status(), `the administrator applies an import (→ ${location})`).toBe(303);
	return Number(new URL(location, 'http://matrix.invalid').searchParams.get('applied'));
}

const MATRIX: MatrixRow[] = [
	// Public pages stay public for everyone.
	{ action: 'country page', method: 'GET', path: '/countries/NPL', expect: PUBLIC },
	{
		action: 'country history',
		method: 'GET',
		path: '/countries/NPL/history',
		expect: PUBLIC,
		pending: 'history page'
	},
	{ action: 'feed of all changes', method: 'GET', path: '/feeds/changes.atom', expect: PUBLIC },
	{ action: 'feed of Nepal', method: 'GET', path: '/feeds/countries/NPL.atom', expect: PUBLIC },

	// The national centre's workspace for Nepal.
	{
		action: 'campaign workspace',
		method: 'GET',
		path: '/countries/NPL/campaign',
		expect: PAGE_FOR_EDITORS_OF_NPL
	},
	{
		action: 'record a campaign step',
		method: 'POST',
		path: '/countries/NPL/campaign?/step',
		body: async () => ({
			form: {
				instrument: 'C097',
				stage: 'government_engaged',
				date: '2024-05-02',
				text: unique('Matrix: met the labour ministry'),
				stalledReason: '',
				evidenceUrl: 'https://example.org/meeting'
			}
		}),
		expect: WRITE_FOR_EDITORS_OF_NPL
	},
	{
		action: 'edit a campaign step',
		method: 'POST',
		path: '/countries/NPL/campaign?/editStep',
		body: async () => {
			const step = await nepalStep();
			return {
				form: {
					id: String(step.id),
					version: String(step.version),
					instrument: 'C097',
					stage: 'ministry_study',
					date: '2024-04',
					text: unique('Matrix: edited step'),
					stalledReason: '',
					evidenceUrl: ''
				}
			};
		},
		expect: WRITE_FOR_EDITORS_OF_NPL
	},
	{
		action: 'edit a step an administrator recorded',
		method: 'POST',
		path: '/countries/NPL/campaign?/editStep',
		body: async () => {
			const step = await nepalStep('admin');
			return {
				form: {
					id: String(step.id),
					version: String(step.version),
					instrument: 'C097',
					stage: 'ministry_study',
					date: '2024-04',
					text: unique('Matrix: edited by someone else'),
					stalledReason: '',
					evidenceUrl: ''
				}
			};
		},
		// Editors change only the steps they recorded.
		expect: { ...WRITE_FOR_EDITORS_OF_NPL, editorNPL: 403 }
	},
	{
		action: 'withdraw a campaign step',
		method: 'POST',
		path: '/countries/NPL/campaign?/withdrawStep',
		body: async () => {
			const step = await nepalStep();
			return { form: { id: String(step.id), version: String(step.version) } };
		},
		expect: WRITE_FOR_EDITORS_OF_NPL
	},
	{
		action: 'save the campaign contact',
		method: 'POST',
		path: '/countries/NPL/campaign?/contact',
		body: async () => {
			const current = sql()
				.prepare('SELECT version FROM campaign_contacts WHERE iso3 = ?')
				.get('NPL') as { version: number } | undefined;
			return {
				form: {
					centreName: 'General Federation of Nepalese Trade Unions',
					centreUrl: 'https://example.org/gefont',
					obstacles: unique('Matrix obstacles'),
					version: current ? String(current.version) : ''
				}
			};
		},
		expect: WRITE_FOR_EDITORS_OF_NPL
	},
	{
		action: 'propose a ratification event',
		method: 'POST',
		path: '/countries/NPL/campaign?/propose',
		body: async () => ({
			form: {
				instrument: 'C143',
				kind: 'signature',
				date: '2023-11',
				sourceUrl: 'https://example.org/gazette',
				sourceTitle: 'Gazette',
				notes: unique('Matrix proposal')
			}
		}),
		expect: WRITE_FOR_EDITORS_OF_NPL
	},

	// Review of proposals.
	{
		action: 'review queue',
		method: 'GET',
		path: '/admin/review',
		expect: ADMIN_PAGE,
		pending: 'review queue'
	},
	{
		action: 'approve a proposal',
		method: 'POST',
		path: '/admin/review?/review',
		body: async () => {
			const p = await nepalProposal();
			return {
				form: { id: String(p.id), version: String(p.version), decision: 'approve', reason: '' }
			};
		},
		expect: ADMIN_WRITE,
		pending: 'review queue'
	},
	{
		action: 'reject a proposal',
		method: 'POST',
		path: '/admin/review?/review',
		body: async () => {
			const p = await nepalProposal();
			return {
				form: {
					id: String(p.id),
					version: String(p.version),
					decision: 'reject',
					reason: 'The source does not state a signature.'
				}
			};
		},
		expect: ADMIN_WRITE,
		pending: 'review queue'
	},

	// History.
	{
		action: 'revert a change',
		method: 'POST',
		path: '/countries/NPL/history?/revert',
		body: async () => ({ form: { auditId: String(await nepalChange()) } }),
		expect: ADMIN_WRITE,
		pending: 'history revert'
	},

	// Bulk import.
	{ action: 'import page', method: 'GET', path: '/admin/import', expect: ADMIN_PAGE },
	{
		action: 'import dry run',
		method: 'POST',
		path: '/admin/import?/dry_run',
		body: async () => csvUpload(),
		expect: ADMIN_ANSWER
	},
	{
		action: 'import apply',
		method: 'POST',
		path: '/admin/import?/apply',
		body: () => reviewedImport(),
		expect: ADMIN_WRITE
	},
	{
		action: 'revert an import',
		method: 'POST',
		path: '/admin/import?/revert',
		body: async () => ({ form: { auditId: String(await appliedImport()) } }),
		expect: ADMIN_WRITE
	},

	// Accounts.
	{ action: 'users page', method: 'GET', path: '/admin/users', expect: ADMIN_PAGE },
	{
		action: 'invite a user',
		method: 'POST',
		path: '/admin/users?/invite',
		body: async () => ({
			form: {
				email: uniqueEmail('matrix-invite'),
				displayName: 'Invited by the matrix',
				role: 'editor',
				countries: 'NPL'
			}
		}),
		expect: ADMIN_ANSWER
	},
	{
		action: 'issue a password-reset link',
		method: 'POST',
		path: '/admin/users?/link',
		body: async () => ({ form: await throwawayUser() }),
		expect: ADMIN_ANSWER
	},
	{
		action: 'disable a user',
		method: 'POST',
		path: '/admin/users?/disable',
		body: async () => ({ form: await throwawayUser() }),
		expect: ADMIN_WRITE
	},
	{
		action: 'enable a user',
		method: 'POST',
		path: '/admin/users?/enable',
		body: async () => ({ form: await throwawayUser(true) }),
		expect: ADMIN_WRITE
	},
	{
		action: 'change role and countries',
		method: 'POST',
		path: '/admin/users?/access',
		body: async () => ({
			form: { ...(await throwawayUser()), role: 'editor', countries: 'NPL LKA' }
		}),
		expect: ADMIN_WRITE
	}
];

function matches(answer: APIResponse, expected: Expected): boolean {
	const location = answer.headers()['location'] ?? '';
	if (expected === 'login') return answer.status() === 303 && /^\/login\?next=/.test(location);
	if (expected === 303) return answer.status() === 303 && !location.startsWith('/login');
	return answer.status() === expected;
}

const notVerified: string[] = [];
const checked: string[] = [];

test.describe('the authorization matrix', () => {
	test.describe.configure({ mode: 'serial' });
	// Plain HTTP: the browser's JavaScript setting does not change these answers.
	test.skip(
		({ javaScriptEnabled }) => !javaScriptEnabled,
		'runs once, in the javascript-on project'
	);

	test.beforeAll(async ({}, testInfo) => {
		if (testInfo.project.use.javaScriptEnabled === false) return;
		clients = await roleClients(testInfo.project.use.baseURL!, 'Matrix');
	});

	test.afterAll(async () => {
		if (!clients) return;
		const size = MATRIX.length * ROLES.length;
		console.log(
			`Authorization matrix: ${MATRIX.length} actions × ${ROLES.length} roles = ${size} checks; ` +
				`${checked.length} verified` +
				(notVerified.length ? `; not verified (route missing): ${notVerified.join('; ')}` : '')
		);
		await Promise.all(Object.values(clients ?? {}).map((c) => c.http.dispose()));
	});

	for (const row of MATRIX) {
		test(`${row.method} ${row.path} (${row.action}) answers each role as the table says`, async () => {
			const outcomes: string[] = [];
			for (const role of ROLES) {
				const as = clients[role];
				const body = row.body ? await row.body(as) : undefined;
				const answer =
					row.method === 'GET' ? await as.http.get(row.path) : await as.http.post(row.path, body);
				const status = answer.status();
				if (row.pending && (status === 404 || status === 405)) {
					notVerified.push(`${row.method} ${row.path} as ${role} (${row.pending}: ${status})`);
					continue;
				}
				checked.push(`${row.action}/${role}`);
				const location = answer.headers()['location'];
				outcomes.push(`${role}: ${status}${location ? ` → ${location}` : ''}`);
				expect(
					matches(answer, row.expect[role]),
					`${row.method} ${row.path} as ${role} should answer ${row.expect[role]}, answered ${status}${location ? ` → ${location}` : ''}`
				).toBe(true);
				expect(status, `${row.path} as ${role} must never be a server error`).toBeLessThan(500);
			}
			test.info().annotations.push({ type: 'outcomes', description: outcomes.join(', ') });
		});
	}
});
