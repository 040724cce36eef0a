/**
 * Accounts on a real migrated SQLite file loaded from seeds/: users and their audit rows, password
 * hashing, sessions (create, resolve, renew, expire, sign out), one-time links, the sign-in throttle,
 * the guards and the users command line.
 */
import { isHttpError, isRedirect, type Cookies } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/lib/domain/authorization';
import { requireAdmin, requireCountryEditor, requireUser } from '../../src/lib/server/auth/guards';
import {
	checkLink,
	invite,
	issueAccessLink,
	redeemLink,
	TOKEN_LIFETIME_MS
} from '../../src/lib/server/auth/one-time-tokens';
import { hashPassword, verifyPassword } from '../../src/lib/server/auth/passwords';
import { hashSecretToken } from '../../src/lib/server/auth/secret-token';
import {
	createSession,
	invalidateSession,
	resolveSession,
	SESSION_COOKIE,
	SESSION_LIFETIME_MS,
	validateSession
} from '../../src/lib/server/auth/sessions';
import { checkSignIn, WRONG_CREDENTIALS_MESSAGE } from '../../src/lib/server/auth/sign-in';
import {
	ACCOUNT_FAILURE_LIMIT,
	ADDRESS_FAILURE_LIMIT,
	THROTTLE_LOCK_MS
} from '../../src/lib/server/auth/throttle';
import { runUsersCommand, UsageError } from '../../src/lib/server/auth/users-cli';
import * as users from '../../src/lib/server/db/queries/users';
import { loadSeeds } from '../../src/lib/server/seed/load-seeds';
import { SEEDS_DIR } from '../support/seed-rows';
import { countRows, tempDatabase } from '../support/temp-database';

const t = tempDatabase();
const db = t.db;
const PASSWORD = 'solidarity across borders';
const ORIGIN = 'https://tracker.example.org';
const DAY = 24 * 60 * 60 * 1000;

beforeAll(() => {
	loadSeeds(db, SEEDS_DIR);
});
afterAll(() => t.close());

let counter = 0;
function email(label: string): string {
	counter += 1;
	return `${label}-${counter}@example.org`;
}

async function editor(countries = ['NPL'], password = PASSWORD) {
	return users.create(
		db,
		{
			email: email('editor'),
			role: 'editor',
			countries,
			passwordHash: await hashPassword(password)
		},
		null
	);
}

function auditRows(entityId: number) {
	return db.$client
		.prepare(
			"SELECT action, public, before, after FROM audit_log WHERE entity = 'user' AND entity_id = ? ORDER BY id"
		)
		.all(String(entityId)) as {
		action: string;
		public: number;
		before: string | null;
		after: string | null;
	}[];
}

/** A cookie jar with SvelteKit's Cookies surface, remembering the options of the last set. */
function cookieJar(initial: Record<string, string> = {}) {
	const values = new Map(Object.entries(initial));
	const options = new Map<string, Record<string, unknown>>();
	const cookies = {
		get: (name: string) => values.get(name),
		getAll: () => [...values].map(([name, value]) => ({ name, value })),
		set: (name: string, value: string, opts: Record<string, unknown>) => {
			values.set(name, value);
			options.set(name, opts);
		},
		delete: (name: string, opts: Record<string, unknown>) => {
			values.delete(name);
			options.set(name, { ...opts, deleted: true });
		},
		serialize: () => ''
	} as unknown as Cookies;
	return { cookies, values, options };
}

describe('users', () => {
	it('creates an editor for Nepal with the e-mail lower-cased and an audit row that is not public', async () => {
		const address = email('GEFONT').toUpperCase();
		const user = users.create(
			db,
			{
				email: address,
				role: 'editor',
				countries: ['NPL'],
				passwordHash: await hashPassword(PASSWORD)
			},
			null
		);
		expect(user.email).toBe(address.toLowerCase());
		expect(users.getByEmail(db, address)?.id).toBe(user.id);
		expect(users.getSessionUser(db, user.id)).toEqual({
			id: user.id,
			email: address.toLowerCase(),
			displayName: '',
			role: 'editor',
			countries: ['NPL']
		});
		const audit = auditRows(user.id);
		expect(audit.map((a) => a.action)).toEqual(['user.create']);
		expect(audit[0].public).toBe(0);
		expect(audit[0].after).not.toContain('argon2');
	});

	it('refuses a second account with the same e-mail in any case', async () => {
		const first = await editor();
		expect(() =>
			users.create(db, { email: first.email.toUpperCase(), role: 'admin', countries: [] }, null)
		).toThrow(users.UserChangeError);
	});

	it('hashes passwords with argon2id and verifies only the right one', async () => {
		const hash = await hashPassword(PASSWORD);
		expect(hash.startsWith('$argon2id$')).toBe(true);
		expect(await verifyPassword(hash, PASSWORD)).toBe(true);
		expect(await verifyPassword(hash, `${PASSWORD}!`)).toBe(false);
		expect(await verifyPassword('not a hash', PASSWORD)).toBe(false);
	});

	it('refuses a role change made on a stale version and keeps the stored value', async () => {
		const user = await editor(['NPL']);
		users.setRole(
			db,
			{ id: user.id, role: 'editor', countries: ['IND'], expectedVersion: user.version },
			null
		);
		expect(() =>
			users.setRole(
				db,
				{ id: user.id, role: 'admin', countries: [], expectedVersion: user.version },
				null
			)
		).toThrow(expect.objectContaining({ problem: 'stale_version' }));
		expect(users.getSessionUser(db, user.id)?.countries).toEqual(['IND']);
		expect(auditRows(user.id).map((a) => a.action)).toEqual(['user.create', 'user.set_role']);
	});

	it('never disables or demotes the last enabled admin', () => {
		db.$client.prepare("UPDATE users SET disabled = 1 WHERE role = 'admin'").run();
		const admin = users.create(db, { email: email('admin'), role: 'admin', countries: [] }, null);
		expect(() => users.disable(db, { id: admin.id }, null)).toThrow(
			expect.objectContaining({ problem: 'last_admin' })
		);
		expect(() =>
			users.setRole(db, { id: admin.id, role: 'editor', countries: ['NPL'] }, null)
		).toThrow(expect.objectContaining({ problem: 'last_admin' }));
		const second = users.create(db, { email: email('admin'), role: 'admin', countries: [] }, null);
		users.disable(db, { id: second.id }, null);
		expect(users.getById(db, second.id)?.disabled).toBe(true);
	});

	it('lists every account with its countries and whether it has chosen a password', async () => {
		const ed = await editor(['NPL', 'IND']);
		const row = users.list(db).find((u) => u.id === ed.id);
		expect(row).toMatchObject({ countries: ['IND', 'NPL'], hasPassword: true, disabled: false });
		expect(users.list(db)).toHaveLength(countRows(db, 'users'));
	});
});

describe('sessions', () => {
	it('stores only the SHA-256 of the cookie token and resolves it to the user', async () => {
		const user = await editor();
		const now = new Date('2026-01-01T00:00:00Z');
		const session = createSession(db, user.id, now);
		expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		const ids = db.$client.prepare('SELECT id FROM sessions WHERE user_id = ?').all(user.id) as {
			id: string;
		}[];
		expect(ids).toEqual([{ id: hashSecretToken(session.token) }]);
		expect(validateSession(db, session.token, now)?.user.id).toBe(user.id);
		expect(session.expiresAt.getTime() - now.getTime()).toBe(SESSION_LIFETIME_MS);
	});

	it('renews a session used past half its life, and not before', async () => {
		const user = await editor();
		const start = new Date('2026-01-01T00:00:00Z');
		const { token } = createSession(db, user.id, start);
		const early = new Date(start.getTime() + SESSION_LIFETIME_MS / 2 - DAY);
		expect(validateSession(db, token, early)?.renewed).toBe(false);
		const late = new Date(start.getTime() + SESSION_LIFETIME_MS / 2 + DAY);
		const renewed = validateSession(db, token, late);
		expect(renewed?.renewed).toBe(true);
		expect(renewed?.expiresAt.getTime()).toBe(late.getTime() + SESSION_LIFETIME_MS);
		// Past the first expiry, the renewed session still signs in.
		expect(
			validateSession(db, token, new Date(start.getTime() + SESSION_LIFETIME_MS + DAY))?.user.id
		).toBe(user.id);
	});

	it('ends an expired session and deletes its row when it is next seen', async () => {
		const user = await editor();
		const start = new Date('2026-01-01T00:00:00Z');
		const { token } = createSession(db, user.id, start);
		expect(validateSession(db, token, new Date(start.getTime() + SESSION_LIFETIME_MS))).toBeNull();
		expect(
			db.$client
				.prepare('SELECT count(*) AS n FROM sessions WHERE id = ?')
				.get(hashSecretToken(token))
		).toEqual({ n: 0 });
	});

	it('ends the session on the server when the user signs out', async () => {
		const user = await editor();
		const { token } = createSession(db, user.id);
		invalidateSession(db, token);
		expect(validateSession(db, token)).toBeNull();
	});

	it('ends every session of an account that is disabled', async () => {
		const user = await editor();
		const { token } = createSession(db, user.id);
		users.disable(db, { id: user.id }, null);
		expect(validateSession(db, token)).toBeNull();
		expect(auditRows(user.id).map((a) => a.action)).toContain('user.disable');
	});

	it('sends the renewed cookie httpOnly, SameSite=Lax, path /, and Secure only over HTTPS', async () => {
		const user = await editor();
		const start = new Date('2026-03-01T00:00:00Z');
		const late = new Date(start.getTime() + SESSION_LIFETIME_MS * 0.75);
		for (const [origin, secure] of [
			['https://tracker.example.org', true],
			['http://localhost:3000', false]
		] as const) {
			const { token } = createSession(db, user.id, start);
			const jar = cookieJar({ [SESSION_COOKIE]: token });
			const resolved = resolveSession(
				{ cookies: jar.cookies, url: new URL(`${origin}/matrix`) },
				db,
				late
			);
			expect(resolved?.id).toBe(user.id);
			expect(jar.options.get(SESSION_COOKIE)).toMatchObject({
				httpOnly: true,
				sameSite: 'lax',
				path: '/',
				secure
			});
		}
	});

	it('clears a cookie that no longer signs anyone in', () => {
		const jar = cookieJar({ [SESSION_COOKIE]: 'A'.repeat(43) });
		expect(
			resolveSession({ cookies: jar.cookies, url: new URL('http://localhost/') }, db)
		).toBeNull();
		expect(jar.values.has(SESSION_COOKIE)).toBe(false);
	});
});

describe('one-time links', () => {
	it('lets an invited editor choose a password once, then refuses the same link', async () => {
		const now = new Date('2026-02-01T00:00:00Z');
		const { user, link } = invite(
			db,
			{ email: email('invited'), role: 'editor', countries: ['NPL'], origin: ORIGIN },
			1,
			now
		);
		expect(link.url).toBe(`${ORIGIN}/invite/${link.token}`);
		expect(users.getById(db, user.id)?.passwordHash).toBeNull();
		expect(checkLink(db, link.token, 'invite', now)).toMatchObject({
			ok: true,
			user: { id: user.id }
		});
		// The link is an invite, not a reset.
		expect(checkLink(db, link.token, 'password_reset', now)).toEqual({
			ok: false,
			problem: 'unknown'
		});

		expect(await redeemLink(db, link.token, 'invite', PASSWORD, now)).toEqual({
			ok: true,
			email: user.email
		});
		expect(await verifyPassword(users.getById(db, user.id)!.passwordHash!, PASSWORD)).toBe(true);
		expect(await redeemLink(db, link.token, 'invite', 'another long password', now)).toEqual({
			ok: false,
			problem: 'used'
		});
		expect(await verifyPassword(users.getById(db, user.id)!.passwordHash!, PASSWORD)).toBe(true);
		expect(auditRows(user.id).map((a) => a.action)).toEqual(['user.invite', 'user.password_set']);
	});

	it('lets only one of two simultaneous uses of a link through', async () => {
		const { link } = invite(
			db,
			{ email: email('twice'), role: 'editor', countries: ['NPL'], origin: ORIGIN },
			null
		);
		const outcomes = await Promise.all([
			redeemLink(db, link.token, 'invite', PASSWORD),
			redeemLink(db, link.token, 'invite', 'a different long password')
		]);
		expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
	});

	it('expires an invitation after 7 days and a reset link after 2 hours', async () => {
		const now = new Date('2026-02-01T00:00:00Z');
		const { link } = invite(
			db,
			{ email: email('late'), role: 'editor', countries: ['NPL'], origin: ORIGIN },
			null,
			now
		);
		const justBefore = new Date(now.getTime() + TOKEN_LIFETIME_MS.invite - 1);
		const at = new Date(now.getTime() + TOKEN_LIFETIME_MS.invite);
		expect(checkLink(db, link.token, 'invite', justBefore).ok).toBe(true);
		expect(checkLink(db, link.token, 'invite', at)).toEqual({ ok: false, problem: 'expired' });
		expect(await redeemLink(db, link.token, 'invite', PASSWORD, at)).toEqual({
			ok: false,
			problem: 'expired'
		});

		const ed = await editor();
		const reset = issueAccessLink(db, { userId: ed.id, origin: ORIGIN }, null, now);
		expect(reset.purpose).toBe('password_reset');
		expect(TOKEN_LIFETIME_MS.password_reset).toBe(2 * 60 * 60 * 1000);
		expect(
			checkLink(
				db,
				reset.token,
				'password_reset',
				new Date(now.getTime() + TOKEN_LIFETIME_MS.password_reset)
			)
		).toEqual({
			ok: false,
			problem: 'expired'
		});
	});

	it('retires the earlier link when a new one is issued, and ends sessions when a reset is used', async () => {
		const ed = await editor();
		const first = issueAccessLink(db, { userId: ed.id, origin: ORIGIN }, 1);
		const second = issueAccessLink(db, { userId: ed.id, origin: ORIGIN }, 1);
		expect(checkLink(db, first.token, 'password_reset')).toEqual({ ok: false, problem: 'unknown' });
		const { token } = createSession(db, ed.id);
		expect(
			await redeemLink(db, second.token, 'password_reset', 'a brand new passphrase')
		).toMatchObject({ ok: true });
		expect(validateSession(db, token)).toBeNull();
		expect(auditRows(ed.id).map((a) => a.action)).toEqual([
			'user.create',
			'user.password_reset_issued',
			'user.password_reset_issued',
			'user.password_set'
		]);
	});

	it('stops the links of an account that is disabled', async () => {
		const ed = await editor();
		const link = issueAccessLink(db, { userId: ed.id, origin: ORIGIN }, null);
		users.disable(db, { id: ed.id }, null);
		expect(checkLink(db, link.token, 'password_reset').ok).toBe(false);
		expect(() => issueAccessLink(db, { userId: ed.id, origin: ORIGIN }, null)).toThrow(
			/enable the account/
		);
	});
});

describe('the sign-in throttle', () => {
	const start = new Date('2026-04-01T10:00:00Z');
	const at = (ms: number) => () => new Date(start.getTime() + ms);

	it('signs in with the right password and refuses a wrong one with the generic message', async () => {
		const ed = await editor();
		expect(
			await checkSignIn(db, { email: ed.email, password: PASSWORD, address: '192.0.2.1' })
		).toEqual({
			ok: true,
			userId: ed.id
		});
		expect(
			await checkSignIn(db, { email: ed.email, password: 'wrong', address: '192.0.2.1' })
		).toEqual({
			ok: false,
			status: 400,
			message: WRONG_CREDENTIALS_MESSAGE
		});
	});

	it(`locks an account after ${ACCOUNT_FAILURE_LIMIT} failures, even against the right password, until the lock ends`, async () => {
		const ed = await editor();
		const outcomes = [];
		for (let i = 0; i < ACCOUNT_FAILURE_LIMIT; i++)
			outcomes.push(
				await checkSignIn(
					db,
					{ email: ed.email, password: 'wrong', address: `198.51.100.${i}` },
					at(i * 1000)
				)
			);
		expect(outcomes.slice(0, -1).every((o) => !o.ok && o.status === 400)).toBe(true);
		expect(outcomes.at(-1)).toEqual({
			ok: false,
			status: 429,
			message: 'Too many attempts; try again in 15 minutes.'
		});

		const locked = await checkSignIn(
			db,
			{ email: ed.email, password: PASSWORD, address: '198.51.100.99' },
			at(60_000)
		);
		expect(locked).toMatchObject({ ok: false, status: 429 });
		expect(!locked.ok && locked.message).toMatch(/try again in 1[45] minutes/);

		const after = await checkSignIn(
			db,
			{ email: ed.email, password: PASSWORD, address: '198.51.100.99' },
			at(THROTTLE_LOCK_MS + 5000)
		);
		expect(after).toEqual({ ok: true, userId: ed.id });
	});

	it('answers an unknown e-mail, an unaccepted invite and a disabled account exactly as a wrong password', async () => {
		const known = await editor();
		const disabled = await editor();
		users.disable(db, { id: disabled.id }, null);
		const { user: invited } = invite(
			db,
			{ email: email('pending'), role: 'editor', countries: ['NPL'], origin: ORIGIN },
			null
		);
		const sequences: string[][] = [];
		for (const [i, [address, password]] of [
			[known.email, 'wrong password'],
			[email('nobody'), 'wrong password'],
			[invited.email, 'wrong password'],
			[disabled.email, PASSWORD]
		].entries()) {
			const seen: string[] = [];
			for (let n = 0; n <= ACCOUNT_FAILURE_LIMIT; n++) {
				const o = await checkSignIn(
					db,
					{ email: address, password, address: `203.0.113.${i * 10 + n}` },
					at(DAY + n * 1000)
				);
				seen.push(o.ok ? 'signed in' : `${o.status} ${o.message}`);
			}
			sequences.push(seen);
		}
		expect(new Set(sequences.map((s) => JSON.stringify(s))).size).toBe(1);
		expect(sequences[0].at(-1)).toContain('Too many attempts');
	});

	it(`locks an address after ${ADDRESS_FAILURE_LIMIT} failures across accounts, without naming any account`, async () => {
		const address = '233.252.0.7';
		let last;
		for (let i = 0; i < ADDRESS_FAILURE_LIMIT; i++)
			last = await checkSignIn(
				db,
				{ email: email('spray'), password: 'wrong', address },
				at(2 * DAY + i * 1000)
			);
		expect(last).toEqual({
			ok: false,
			status: 429,
			message: 'Too many attempts; try again in 15 minutes.'
		});
		const ed = await editor();
		expect(
			await checkSignIn(db, { email: ed.email, password: PASSWORD, address }, at(2 * DAY + 60_000))
		).toMatchObject({
			ok: false,
			status: 429
		});
		expect(
			await checkSignIn(
				db,
				{ email: ed.email, password: PASSWORD, address: '233.252.0.8' },
				at(2 * DAY + 60_000)
			)
		).toEqual({
			ok: true,
			userId: ed.id
		});
	});

	it('counts a burst of parallel guesses before checking them, so no more than the limit get checked', async () => {
		const ed = await editor();
		const burst = await Promise.all(
			Array.from({ length: ACCOUNT_FAILURE_LIMIT * 3 }, (_, i) =>
				checkSignIn(
					db,
					{ email: ed.email, password: 'wrong', address: `192.0.2.${100 + i}` },
					at(3 * DAY)
				)
			)
		);
		expect(burst.filter((o) => !o.ok && o.status === 400).length).toBeLessThanOrEqual(
			ACCOUNT_FAILURE_LIMIT
		);
		expect(burst.filter((o) => !o.ok && o.status === 429).length).toBeGreaterThanOrEqual(
			ACCOUNT_FAILURE_LIMIT * 2
		);
		expect(burst.every((o) => !o.ok)).toBe(true);
	});
});

describe('guards', () => {
	const editorOfNepal: SessionUser = {
		id: 1,
		email: 'e@x.org',
		displayName: '',
		role: 'editor',
		countries: ['NPL']
	};
	const admin: SessionUser = {
		id: 2,
		email: 'a@x.org',
		displayName: '',
		role: 'admin',
		countries: []
	};
	const event = (
		user: SessionUser | null,
		method = 'GET',
		path = '/countries/NPL/campaign?instrument=C097'
	) => ({
		locals: { user },
		url: new URL(`http://localhost${path}`),
		request: new Request(`http://localhost${path}`, { method })
	});

	function thrown(fn: () => unknown): unknown {
		try {
			fn();
		} catch (e) {
			return e;
		}
		return undefined;
	}

	it('sends an anonymous page visit to the login page, coming back afterwards', () => {
		const e = thrown(() => requireUser(event(null)));
		expect(isRedirect(e) && e.status === 303 && e.location).toBe(
			'/login?next=%2Fcountries%2FNPL%2Fcampaign%3Finstrument%3DC097'
		);
	});

	it('answers an anonymous form action or API call with 401', () => {
		expect(
			isHttpError(
				thrown(() => requireUser(event(null, 'POST'))),
				401
			)
		).toBe(true);
		expect(
			isHttpError(
				thrown(() => requireUser(event(null, 'GET', '/api/v1/me'))),
				401
			)
		).toBe(true);
	});

	it("refuses an editor another country's page with 403 naming the country", () => {
		const e = thrown(() => requireCountryEditor(event(editorOfNepal, 'POST'), 'IND', 'India'));
		expect(isHttpError(e, 403)).toBe(true);
		expect(isHttpError(e) && e.body.message).toContain('India (IND)');
		expect(requireCountryEditor(event(editorOfNepal, 'POST'), 'NPL')).toBe(editorOfNepal);
		expect(requireCountryEditor(event(admin, 'POST'), 'IND')).toBe(admin);
	});

	it('lets only admins past requireAdmin', () => {
		expect(
			isHttpError(
				thrown(() => requireAdmin(event(editorOfNepal))),
				403
			)
		).toBe(true);
		expect(requireAdmin(event(admin))).toBe(admin);
	});
});

describe('the users command line', () => {
	const io = () => {
		const lines: string[] = [];
		return {
			lines,
			io: { out: (l: string) => lines.push(l), readStdin: async () => `${PASSWORD}\n` }
		};
	};

	it('adds an editor with a piped password who can then sign in', async () => {
		const { lines, io: cli } = io();
		const address = email('cli');
		await runUsersCommand(
			['add', '--email', address, '--role', 'editor', '--country', 'NPL', '--password-stdin'],
			{ db, origin: ORIGIN },
			cli
		);
		expect(lines.join('\n')).toContain(address);
		const user = users.getByEmail(db, address)!;
		expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(true);
	});

	it('prints a working invitation link when no password is given', async () => {
		const { lines, io: cli } = io();
		await runUsersCommand(
			['add', '--email', email('cli'), '--role', 'admin'],
			{ db, origin: ORIGIN },
			cli
		);
		const url = lines.find((l) => l.startsWith(`${ORIGIN}/invite/`))!;
		expect(checkLink(db, url.split('/').at(-1)!, 'invite').ok).toBe(true);
	});

	it.each([
		[['add', '--email', 'x@y.org', '--role', 'owner'], '--role "owner"'],
		[['add', '--email', 'x@y.org', '--role', 'editor', '--country', 'XYZ'], '“XYZ”'],
		[['add', '--email', 'x@y.org', '--role', 'editor'], 'at least one country'],
		[['add', '--role', 'editor'], 'needs --email'],
		[['disable', '--email', 'nobody@example.org'], 'no account has this address'],
		[['frobnicate'], '"frobnicate" is not a command'],
		[['list', '--all'], '--all is not an option']
	])('refuses %j, naming the argument and what is accepted', async (argv, message) => {
		const { io: cli } = io();
		const run = runUsersCommand(argv, { db, origin: ORIGIN }, cli);
		await expect(run).rejects.toThrow(UsageError);
		await expect(runUsersCommand(argv, { db, origin: ORIGIN }, cli)).rejects.toThrow(message);
	});
});
