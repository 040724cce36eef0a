/**
 * One-time links an admin hands over by hand (no e-mail is sent): an invite to choose a first
 * password (7 days) and a password reset (2 hours). The link carries a random token; the database
 * keeps its SHA-256. A link works once: using it marks it used in the same transaction that stores
 * the password, so two tabs cannot both use it. Issuing a new link for the same purpose retires the
 * user's earlier unused ones.
 */
import { IMMEDIATE } from '../db/queries/write-outcome';
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { TokenPurpose } from '../../domain/roles';
import { recordAudit } from '../audit';
import * as users from '../db/queries/users';
import type { ActorId, UserDb } from '../db/queries/users';
import { oneTimeTokens } from '../db/schema';
import { hashPassword } from './passwords';
import { hashSecretToken, looksLikeSecretToken, newSecretToken } from './secret-token';

const HOUR = 60 * 60 * 1000;

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
	invite: 7 * 24 * HOUR,
	password_reset: 2 * HOUR
};

/** The site path a link opens: /invite/<token> or /reset/<token>. */
export const TOKEN_PATHS: Record<TokenPurpose, string> = {
	invite: '/invite',
	password_reset: '/reset'
};

export interface IssuedLink {
	/** The secret: shown once, never stored. */
	token: string;
	/** Absolute link to hand to the user. */
	url: string;
	purpose: TokenPurpose;
	expiresAt: Date;
}

/** The absolute link for a token, on the site at `origin` (e.g. https://tracker.example.org). */
export function linkFor(origin: string, purpose: TokenPurpose, token: string): string {
	return `${origin}${TOKEN_PATHS[purpose]}/${token}`;
}

/**
 * Store a new link for this user and purpose (`user.invite` is audited by users.create; a reset
 * link adds `user.password_reset_issued`). Call inside the transaction that creates the user for an
 * invite, so a user never exists without the link that was shown for it.
 */
export function issueLink(
	db: UserDb,
	request: { userId: number; purpose: TokenPurpose; origin: string },
	actorId: ActorId,
	now: Date = new Date()
): IssuedLink {
	const token = newSecretToken();
	const expiresAt = new Date(now.getTime() + TOKEN_LIFETIME_MS[request.purpose]);
	db.transaction((tx) => {
		tx.delete(oneTimeTokens)
			.where(
				and(
					eq(oneTimeTokens.userId, request.userId),
					eq(oneTimeTokens.purpose, request.purpose),
					isNull(oneTimeTokens.usedAt)
				)
			)
			.run();
		// Expired links are kept a day for the record, then dropped here rather than by a timer.
		tx.delete(oneTimeTokens)
			.where(lt(oneTimeTokens.expiresAt, new Date(now.getTime() - 24 * HOUR).toISOString()))
			.run();
		tx.insert(oneTimeTokens)
			.values({
				id: hashSecretToken(token),
				userId: request.userId,
				purpose: request.purpose,
				createdBy: actorId,
				createdAt: now.toISOString(),
				expiresAt: expiresAt.toISOString()
			})
			.run();
		if (request.purpose === 'password_reset') {
			const user = users.getById(tx, request.userId);
			recordAudit(
				tx,
				{
					actorId,
					action: 'user.password_reset_issued',
					entity: 'user',
					entityId: request.userId,
					summary: `Issued a password-reset link for ${user?.email} (valid until ${expiresAt.toISOString()})`,
					public: false
				},
				now
			);
		}
	}, IMMEDIATE);
	return {
		token,
		url: linkFor(request.origin, request.purpose, token),
		purpose: request.purpose,
		expiresAt
	};
}

/** Invite a new user: the account (without a password) and its invite link, in one transaction. */
export function invite(
	db: UserDb,
	input: users.NewUser & { origin: string },
	actorId: ActorId,
	now: Date = new Date()
): { user: users.UserRecord; link: IssuedLink } {
	return db.transaction((tx) => {
		const user = users.create(tx, { ...input, passwordHash: null }, actorId, now);
		const link = issueLink(
			tx,
			{ userId: user.id, purpose: 'invite', origin: input.origin },
			actorId,
			now
		);
		return { user, link };
	}, IMMEDIATE);
}

/**
 * A new link for an existing account: an invite again when it never chose a password, otherwise a
 * password reset. Refused for a disabled account (enable it first).
 */
export function issueAccessLink(
	db: UserDb,
	request: { userId: number; origin: string },
	actorId: ActorId,
	now: Date = new Date()
): IssuedLink {
	const user = users.getById(db, request.userId);
	if (!user)
		throw new users.UserChangeError('not_found', `There is no account with id ${request.userId}.`);
	if (user.disabled)
		throw new users.UserChangeError(
			'not_found',
			`${user.email} is disabled: enable the account before issuing it a link.`
		);
	const purpose: TokenPurpose = user.passwordHash === null ? 'invite' : 'password_reset';
	return issueLink(db, { userId: user.id, purpose, origin: request.origin }, actorId, now);
}

export type LinkProblem = 'unknown' | 'expired' | 'used';

export type LinkCheck =
	| {
			ok: true;
			user: { id: number; email: string; displayName: string };
			expiresAt: Date;
	  }
	| { ok: false; problem: LinkProblem };

/** Is this link usable now? Reading a link never uses it up (a mail scanner may open it first). */
export function checkLink(
	db: UserDb,
	token: string,
	purpose: TokenPurpose,
	now: Date = new Date()
): LinkCheck {
	if (!looksLikeSecretToken(token)) return { ok: false, problem: 'unknown' };
	const row = db
		.select()
		.from(oneTimeTokens)
		.where(and(eq(oneTimeTokens.id, hashSecretToken(token)), eq(oneTimeTokens.purpose, purpose)))
		.get();
	if (!row) return { ok: false, problem: 'unknown' };
	if (row.usedAt) return { ok: false, problem: 'used' };
	if (row.expiresAt <= now.toISOString()) return { ok: false, problem: 'expired' };
	const user = users.getById(db, row.userId);
	if (!user || user.disabled) return { ok: false, problem: 'unknown' };
	return {
		ok: true,
		user: { id: user.id, email: user.email, displayName: user.displayName },
		expiresAt: new Date(row.expiresAt)
	};
}

const LINK_NAMES: Record<TokenPurpose, string> = {
	invite: 'invitation link',
	password_reset: 'password-reset link'
};

/** What to tell someone holding a link that does not work, and what to do about it. */
export function linkProblemMessage(problem: LinkProblem, purpose: TokenPurpose): string {
	const name = LINK_NAMES[purpose];
	const lifetime = purpose === 'invite' ? '7 days' : '2 hours';
	switch (problem) {
		case 'expired':
			return `This ${name} has expired (links work for ${lifetime}). Ask an administrator for a new one.`;
		case 'used':
			return `This ${name} has already been used, and each link works only once. If you set your password with it, sign in; otherwise ask an administrator for a new one.`;
		default:
			return `This ${name} is not valid: check that you copied all of it, or ask an administrator for a new one.`;
	}
}

/**
 * Use a link to set the account's password: hash it, then in one transaction mark the link used
 * (only if still unused and unexpired, so a second use fails even when two arrive together) and
 * store the hash, which ends the account's sessions.
 */
export async function redeemLink(
	db: UserDb,
	token: string,
	purpose: TokenPurpose,
	password: string,
	now: Date = new Date()
): Promise<{ ok: true; email: string } | { ok: false; problem: LinkProblem }> {
	const check = checkLink(db, token, purpose, now);
	if (!check.ok) return check;
	const passwordHash = await hashPassword(password);
	return db.transaction((tx) => {
		const claimed = tx
			.update(oneTimeTokens)
			.set({ usedAt: now.toISOString() })
			.where(
				and(
					eq(oneTimeTokens.id, hashSecretToken(token)),
					isNull(oneTimeTokens.usedAt),
					sql`${oneTimeTokens.expiresAt} > ${now.toISOString()}`
				)
			)
			.run().changes;
		if (claimed !== 1) return { ok: false as const, problem: 'used' as const };
		users.setPassword(
			tx,
			check.user.id,
			passwordHash,
			check.user.id,
			purpose === 'invite' ? 'from an invitation link' : 'from a password-reset link',
			now
		);
		return { ok: true as const, email: check.user.email };
	}, IMMEDIATE);
}
