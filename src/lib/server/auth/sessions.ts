/**
 * Sessions kept in SQLite: the `session` cookie holds a random token, the sessions row its SHA-256
 * (see secret-token.ts). A session lasts 30 days and slides: used past half its life, it is renewed
 * for another 30, so someone active stays signed in and an idle session ends. Signing out deletes
 * the row, so the cookie stops working on the server too. Expired rows are deleted when met and
 * whenever a session is created, never by a timer.
 *
 * Pattern after Lucia's SvelteKit + SQLite guide (lucia-auth.com/sessions/basic).
 */
import { IMMEDIATE } from '../db/queries/write-outcome';
import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { eq, lt } from 'drizzle-orm';
import type { SessionUser } from '../../domain/authorization';
import { appDatabase } from '../app-database';
import * as users from '../db/queries/users';
import type { UserDb } from '../db/queries/users';
import { sessions } from '../db/schema';
import { hashSecretToken, looksLikeSecretToken, newSecretToken } from './secret-token';

export const SESSION_COOKIE = 'session';
const DAY = 24 * 60 * 60 * 1000;
export const SESSION_LIFETIME_MS = 30 * DAY;
/** Renew a session once less than this much of its life is left. */
export const SESSION_RENEW_WITHIN_MS = SESSION_LIFETIME_MS / 2;

export interface NewSession {
	/** The cookie value: never stored. */
	token: string;
	expiresAt: Date;
}

export interface ValidSession {
	user: SessionUser;
	expiresAt: Date;
	/** True when this check extended the session: the cookie must be sent again. */
	renewed: boolean;
}

/** Start a session for a user; also drops every expired session. */
export function createSession(db: UserDb, userId: number, now: Date = new Date()): NewSession {
	const token = newSecretToken();
	const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
	db.transaction((tx) => {
		tx.delete(sessions).where(lt(sessions.expiresAt, now.toISOString())).run();
		tx.insert(sessions)
			.values({
				id: hashSecretToken(token),
				userId,
				createdAt: now.toISOString(),
				expiresAt: expiresAt.toISOString()
			})
			.run();
	}, IMMEDIATE);
	return { token, expiresAt };
}

/**
 * The user a cookie token signs in, renewing the session past half its life; null (and the row
 * deleted) when the session is unknown, expired or its account disabled.
 */
export function validateSession(
	db: UserDb,
	token: string,
	now: Date = new Date()
): ValidSession | null {
	if (!looksLikeSecretToken(token)) return null;
	const id = hashSecretToken(token);
	const row = db.select().from(sessions).where(eq(sessions.id, id)).get();
	if (!row) return null;
	const expiresAt = new Date(row.expiresAt);
	if (expiresAt.getTime() <= now.getTime()) {
		db.delete(sessions).where(eq(sessions.id, id)).run();
		return null;
	}
	const user = users.getSessionUser(db, row.userId);
	if (!user) {
		db.delete(sessions).where(eq(sessions.id, id)).run();
		return null;
	}
	if (expiresAt.getTime() - now.getTime() >= SESSION_RENEW_WITHIN_MS)
		return { user, expiresAt, renewed: false };
	const renewedUntil = new Date(now.getTime() + SESSION_LIFETIME_MS);
	db.update(sessions)
		.set({ expiresAt: renewedUntil.toISOString() })
		.where(eq(sessions.id, id))
		.run();
	return { user, expiresAt: renewedUntil, renewed: true };
}

/** End one session (sign out). Unknown tokens are ignored. */
export function invalidateSession(db: UserDb, token: string): void {
	if (!looksLikeSecretToken(token)) return;
	db.delete(sessions)
		.where(eq(sessions.id, hashSecretToken(token)))
		.run();
}

/** End every session of a user (e.g. after a password change; users.disable does this itself). */
export function invalidateUserSessions(db: UserDb, userId: number): void {
	db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

/** What the cookie helpers read from a RequestEvent. */
export interface CookieEvent {
	cookies: Cookies;
	url: URL;
}

/** httpOnly (no script reads it), SameSite=Lax (no cross-site POST carries it), Secure over HTTPS. */
export function setSessionCookie(event: CookieEvent, token: string, expiresAt: Date): void {
	event.cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: event.url.protocol === 'https:',
		expires: expiresAt
	});
}

export function deleteSessionCookie(event: CookieEvent): void {
	event.cookies.delete(SESSION_COOKIE, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: event.url.protocol === 'https:'
	});
}

/**
 * Called by hooks.server.ts for every request: the signed-in user from the `session` cookie, or
 * null. Renews the cookie along with the session, and clears a cookie that no longer signs in.
 */
export function resolveSession(
	event: Pick<RequestEvent, 'cookies' | 'url'>,
	db: UserDb = appDatabase(),
	now: Date = new Date()
): SessionUser | null {
	const token = event.cookies.get(SESSION_COOKIE);
	if (!token) return null;
	const session = validateSession(db, token, now);
	if (!session) {
		deleteSessionCookie(event);
		return null;
	}
	if (session.renewed) setSessionCookie(event, token, session.expiresAt);
	return session.user;
}

/** Sign a user in on this response: a new session and its cookie. */
export function startSession(
	event: CookieEvent,
	userId: number,
	db: UserDb = appDatabase(),
	now: Date = new Date()
): void {
	const session = createSession(db, userId, now);
	setSessionCookie(event, session.token, session.expiresAt);
}

/** Sign out on this response: the session row deleted and the cookie cleared. */
export function endSession(event: CookieEvent, db: UserDb = appDatabase()): void {
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) invalidateSession(db, token);
	deleteSessionCookie(event);
}
