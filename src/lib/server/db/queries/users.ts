/**
 * Accounts: who can sign in, with which role and countries. Every change runs in one transaction
 * with its audit row (public: false: user changes stay out of the public history and feeds) and
 * bumps users.version, so a form built from an older version is refused (409) instead of
 * overwriting a change it never saw. Password hashes never leave this module except for sign-in.
 */
import { IMMEDIATE } from './write-outcome';
import type { RunResult } from 'better-sqlite3';
import { and, asc, eq, gt, isNull, max, sql } from 'drizzle-orm';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type { SessionUser } from '../../../domain/authorization';
import type { Role } from '../../../domain/roles';
import { recordAudit } from '../../audit';
import * as schema from '../schema';
import { oneTimeTokens, sessions, userCountries, users } from '../schema';

/** The database or a transaction on it: every function here can run inside a caller's transaction. */
export type UserDb = BaseSQLiteDatabase<'sync', RunResult, typeof schema>;

/** One account as stored, with its hash: for sign-in and password changes only. */
export interface UserRecord {
	id: number;
	email: string;
	displayName: string;
	passwordHash: string | null;
	role: Role;
	disabled: boolean;
	createdAt: string;
	version: number;
}

/** One row of the admin's user list. */
export interface UserSummary {
	id: number;
	email: string;
	displayName: string;
	role: Role;
	countries: string[];
	disabled: boolean;
	/** False until an invited user has chosen a password. */
	hasPassword: boolean;
	createdAt: string;
	/** When the newest session still open began: the last sign-in, unless the user signed out since. */
	lastSignInAt: string | null;
	version: number;
}

export interface NewUser {
	email: string;
	displayName?: string;
	role: Role;
	/** ISO3 codes; must exist in `countries`. Ignored for admins. */
	countries: readonly string[];
	/** argon2id hash; omit for an invite (the user chooses a password from the link). */
	passwordHash?: string | null;
}

export type UserChangeProblem = 'email_taken' | 'not_found' | 'stale_version' | 'last_admin';

/** A change refused for a reason the caller shows the user (the message says what and why). */
export class UserChangeError extends Error {
	constructor(
		readonly problem: UserChangeProblem,
		message: string
	) {
		super(message);
		this.name = 'UserChangeError';
	}
}

/** Who made a change: a signed-in admin's id, or null for the command line. */
export type ActorId = number | null;

const RECORD_COLUMNS = {
	id: users.id,
	email: users.email,
	displayName: users.displayName,
	passwordHash: users.passwordHash,
	role: users.role,
	disabled: users.disabled,
	createdAt: users.createdAt,
	version: users.version
};

export function getById(db: UserDb, id: number): UserRecord | undefined {
	return db.select(RECORD_COLUMNS).from(users).where(eq(users.id, id)).get();
}

/** By e-mail, compared lower-cased as stored. */
export function getByEmail(db: UserDb, email: string): UserRecord | undefined {
	return db
		.select(RECORD_COLUMNS)
		.from(users)
		.where(eq(users.email, email.trim().toLowerCase()))
		.get();
}

export function countriesOf(db: UserDb, userId: number): string[] {
	return db
		.select({ iso3: userCountries.iso3 })
		.from(userCountries)
		.where(eq(userCountries.userId, userId))
		.orderBy(asc(userCountries.iso3))
		.all()
		.map((r) => r.iso3);
}

/** The user as every request sees it, or null when there is none or the account is disabled. */
export function getSessionUser(db: UserDb, id: number): SessionUser | null {
	const user = getById(db, id);
	if (!user || user.disabled) return null;
	return {
		id: user.id,
		email: user.email,
		displayName: user.displayName,
		role: user.role,
		countries: user.role === 'admin' ? [] : countriesOf(db, user.id)
	};
}

/** Every account, e-mail order, with countries and the start of its newest open session. */
export function list(db: UserDb, now: Date = new Date()): UserSummary[] {
	const rows = db
		.select({
			id: users.id,
			email: users.email,
			displayName: users.displayName,
			role: users.role,
			disabled: users.disabled,
			hasPassword: sql<number>`${users.passwordHash} IS NOT NULL`,
			createdAt: users.createdAt,
			version: users.version
		})
		.from(users)
		.orderBy(asc(users.email))
		.all();
	const held = new Map<number, string[]>();
	for (const c of db.select().from(userCountries).orderBy(asc(userCountries.iso3)).all())
		held.set(c.userId, [...(held.get(c.userId) ?? []), c.iso3]);
	const signIns = new Map(
		db
			.select({ userId: sessions.userId, at: max(sessions.createdAt) })
			.from(sessions)
			.where(gt(sessions.expiresAt, now.toISOString()))
			.groupBy(sessions.userId)
			.all()
			.map((r) => [r.userId, r.at])
	);
	return rows.map((r) => ({
		...r,
		hasPassword: Boolean(r.hasPassword),
		countries: held.get(r.id) ?? [],
		lastSignInAt: signIns.get(r.id) ?? null
	}));
}

/** What the audit log keeps of an account: never the hash. */
function auditView(db: UserDb, id: number) {
	const user = getById(db, id);
	if (!user) return null;
	return {
		email: user.email,
		displayName: user.displayName,
		role: user.role,
		countries: countriesOf(db, id),
		disabled: user.disabled,
		hasPassword: user.passwordHash !== null
	};
}

function writeCountries(db: UserDb, userId: number, role: Role, countries: readonly string[]) {
	db.delete(userCountries).where(eq(userCountries.userId, userId)).run();
	if (role === 'admin') return;
	const unique = [...new Set(countries)];
	if (unique.length)
		db.insert(userCountries)
			.values(unique.map((iso3) => ({ userId, iso3 })))
			.run();
}

/**
 * Add an account. With a password hash it can sign in at once (`user.create`); without one it waits
 * for an invite link (`user.invite`, see one-time-tokens.ts). Refuses an e-mail already in use.
 */
export function create(
	db: UserDb,
	input: NewUser,
	actorId: ActorId,
	now: Date = new Date()
): UserRecord {
	const email = input.email.trim().toLowerCase();
	return db.transaction((tx) => {
		if (getByEmail(tx, email))
			throw new UserChangeError(
				'email_taken',
				`An account for ${email} already exists: change its role or countries, or issue it a new link, instead.`
			);
		const row = tx
			.insert(users)
			.values({
				email,
				displayName: input.displayName?.trim() ?? '',
				passwordHash: input.passwordHash ?? null,
				role: input.role,
				createdAt: now.toISOString()
			})
			.returning({ id: users.id })
			.get();
		writeCountries(tx, row.id, input.role, input.countries);
		const after = auditView(tx, row.id);
		recordAudit(
			tx,
			{
				actorId,
				action: input.passwordHash ? 'user.create' : 'user.invite',
				entity: 'user',
				entityId: row.id,
				summary: `${input.passwordHash ? 'Created' : 'Invited'} ${email} as ${describeAccess(input.role, after?.countries ?? [])}`,
				after,
				public: false
			},
			now
		);
		return getById(tx, row.id)!;
	}, IMMEDIATE);
}

function describeAccess(role: Role, countries: readonly string[]): string {
	return role === 'admin' ? 'admin' : `editor for ${countries.join(', ')}`;
}

/**
 * Bump the version of a user the caller expects at `expectedVersion` (any version when omitted).
 * Throws not_found or stale_version; the stale message names both versions.
 */
function bumpVersion(db: UserDb, id: number, expectedVersion: number | undefined) {
	const where =
		expectedVersion === undefined
			? eq(users.id, id)
			: and(eq(users.id, id), eq(users.version, expectedVersion));
	const changed = db
		.update(users)
		.set({ version: sql`${users.version} + 1` })
		.where(where)
		.run().changes;
	if (changed === 1) return;
	const current = getById(db, id);
	if (!current) throw new UserChangeError('not_found', `There is no account with id ${id}.`);
	throw new UserChangeError(
		'stale_version',
		`${current.email} was changed by someone else since this form was opened (version ${expectedVersion}, now ${current.version}): look at the current values and submit again.`
	);
}

/** Refuse a change that would leave no enabled admin, so nobody can lock everyone out. */
function keepAnAdmin(db: UserDb, id: number) {
	const others = db
		.select({ id: users.id })
		.from(users)
		.where(and(eq(users.role, 'admin'), eq(users.disabled, false), sql`${users.id} <> ${id}`))
		.limit(1)
		.all();
	if (others.length === 0)
		throw new UserChangeError(
			'last_admin',
			'This is the only enabled administrator: make another account an administrator first.'
		);
}

export interface AccessChange {
	id: number;
	role: Role;
	/** Ignored for admins. */
	countries: readonly string[];
	expectedVersion?: number;
}

/** Set role and countries together (`user.set_role`). */
export function setRole(
	db: UserDb,
	change: AccessChange,
	actorId: ActorId,
	now: Date = new Date()
): void {
	db.transaction((tx) => {
		const before = auditView(tx, change.id);
		bumpVersion(tx, change.id, change.expectedVersion);
		if (before?.role === 'admin' && change.role !== 'admin' && !before.disabled)
			keepAnAdmin(tx, change.id);
		tx.update(users).set({ role: change.role }).where(eq(users.id, change.id)).run();
		writeCountries(tx, change.id, change.role, change.countries);
		const after = auditView(tx, change.id);
		recordAudit(
			tx,
			{
				actorId,
				action: 'user.set_role',
				entity: 'user',
				entityId: change.id,
				summary: `${after?.email} is now ${describeAccess(change.role, after?.countries ?? [])}`,
				before,
				after,
				public: false
			},
			now
		);
	}, IMMEDIATE);
}

/** Change an editor's countries, keeping the role (`user.set_countries`). */
export function setCountries(
	db: UserDb,
	change: Omit<AccessChange, 'role'>,
	actorId: ActorId,
	now: Date = new Date()
): void {
	db.transaction((tx) => {
		const before = auditView(tx, change.id);
		bumpVersion(tx, change.id, change.expectedVersion);
		const user = getById(tx, change.id)!;
		writeCountries(tx, change.id, user.role, change.countries);
		const after = auditView(tx, change.id);
		recordAudit(
			tx,
			{
				actorId,
				action: 'user.set_countries',
				entity: 'user',
				entityId: change.id,
				summary: `${user.email} is now ${describeAccess(user.role, after?.countries ?? [])}`,
				before,
				after,
				public: false
			},
			now
		);
	}, IMMEDIATE);
}

/**
 * Disable an account (`user.disable`): it can no longer sign in, its sessions end at once and its
 * unused links stop working. The last enabled admin cannot be disabled.
 */
export function disable(
	db: UserDb,
	target: { id: number; expectedVersion?: number },
	actorId: ActorId,
	now: Date = new Date()
): void {
	setDisabled(db, target, true, actorId, now);
}

/** Enable a disabled account again (`user.enable`); it signs in with its old password. */
export function enable(
	db: UserDb,
	target: { id: number; expectedVersion?: number },
	actorId: ActorId,
	now: Date = new Date()
): void {
	setDisabled(db, target, false, actorId, now);
}

function setDisabled(
	db: UserDb,
	target: { id: number; expectedVersion?: number },
	disabled: boolean,
	actorId: ActorId,
	now: Date
): void {
	db.transaction((tx) => {
		const before = auditView(tx, target.id);
		bumpVersion(tx, target.id, target.expectedVersion);
		if (disabled && before?.role === 'admin' && !before.disabled) keepAnAdmin(tx, target.id);
		tx.update(users).set({ disabled }).where(eq(users.id, target.id)).run();
		if (disabled) {
			tx.delete(sessions).where(eq(sessions.userId, target.id)).run();
			tx.delete(oneTimeTokens)
				.where(and(eq(oneTimeTokens.userId, target.id), isNull(oneTimeTokens.usedAt)))
				.run();
		}
		const after = auditView(tx, target.id);
		recordAudit(
			tx,
			{
				actorId,
				action: disabled ? 'user.disable' : 'user.enable',
				entity: 'user',
				entityId: target.id,
				summary: `${disabled ? 'Disabled' : 'Enabled'} ${after?.email}`,
				before,
				after,
				public: false
			},
			now
		);
	}, IMMEDIATE);
}

/**
 * Store a new password hash (`user.password_set`) and end every session the account had, so a reset
 * locks out whoever knew the old password. Call inside the transaction that consumes the link.
 */
export function setPassword(
	db: UserDb,
	id: number,
	passwordHash: string,
	actorId: ActorId,
	how: string,
	now: Date = new Date()
): void {
	db.transaction((tx) => {
		bumpVersion(tx, id, undefined);
		tx.update(users).set({ passwordHash }).where(eq(users.id, id)).run();
		tx.delete(sessions).where(eq(sessions.userId, id)).run();
		const user = getById(tx, id)!;
		recordAudit(
			tx,
			{
				actorId,
				action: 'user.password_set',
				entity: 'user',
				entityId: id,
				summary: `${user.email} set a password (${how})`,
				public: false
			},
			now
		);
	}, IMMEDIATE);
}
