/**
 * Rate limits on signing in, per account (the e-mail typed, whether or not an account has it) and
 * per address. An account allows 5 failures in 15 minutes; an address 20, because a national centre's
 * office shares one address between several people. Past the limit the key is locked for 15 minutes.
 *
 * Each attempt is counted before the password is checked and forgiven when it succeeds, so a burst
 * of parallel guesses cannot slip past the count while argon2 runs. The lock message is the same for
 * unknown e-mails, so it reveals nothing about which accounts exist.
 */
import { IMMEDIATE } from '../db/queries/write-outcome';
import { eq, lt, and, or, isNull } from 'drizzle-orm';
import type { UserDb } from '../db/queries/users';
import { loginThrottle } from '../db/schema';

const MINUTE = 60 * 1000;
export const THROTTLE_WINDOW_MS = 15 * MINUTE;
export const THROTTLE_LOCK_MS = 15 * MINUTE;
export const ACCOUNT_FAILURE_LIMIT = 5;
export const ADDRESS_FAILURE_LIMIT = 20;

export interface ThrottleKey {
	key: string;
	limit: number;
}

/** The two keys a sign-in attempt counts against. */
export function signInKeys(email: string, address: string): ThrottleKey[] {
	return [
		{ key: `account:${email.trim().toLowerCase()}`, limit: ACCOUNT_FAILURE_LIMIT },
		{ key: `address:${address}`, limit: ADDRESS_FAILURE_LIMIT }
	];
}

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterMinutes: number };

/** "Too many attempts; try again in N minutes": the same words whichever key is locked. */
export function lockedMessage(retryAfterMinutes: number): string {
	const n = Math.max(1, retryAfterMinutes);
	return `Too many attempts; try again in ${n} minute${n === 1 ? '' : 's'}.`;
}

function minutesUntil(iso: string, now: Date): number {
	return Math.max(1, Math.ceil((new Date(iso).getTime() - now.getTime()) / MINUTE));
}

/**
 * Count an attempt against every key, unless one is locked (then nothing is counted and the
 * verdict says for how long). A key that reaches its limit locks here, so the next attempt is
 * refused before its password is checked.
 */
export function startAttempt(
	db: UserDb,
	keys: ThrottleKey[],
	now: Date = new Date()
): ThrottleVerdict {
	const nowIso = now.toISOString();
	return db.transaction((tx) => {
		const rows = keys.map(({ key, limit }) => ({
			key,
			limit,
			row: tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get()
		}));
		const locked = rows
			.map((r) => r.row?.lockedUntil)
			.filter((until): until is string => !!until && until > nowIso)
			.sort();
		if (locked.length)
			return { allowed: false, retryAfterMinutes: minutesUntil(locked.at(-1)!, now) };

		const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
		// Attempts still being checked already count: a parallel burst stops at the limit.
		const full = rows.filter(
			(r) => r.row && r.row.windowStartedAt > windowStart && r.row.failures >= r.limit
		);
		if (full.length) {
			const lockedUntil = new Date(now.getTime() + THROTTLE_LOCK_MS).toISOString();
			for (const { key } of full)
				tx.update(loginThrottle)
					.set({ lockedUntil, failures: 0, windowStartedAt: nowIso })
					.where(eq(loginThrottle.key, key))
					.run();
			return { allowed: false, retryAfterMinutes: minutesUntil(lockedUntil, now) };
		}

		for (const { key, row } of rows) {
			const fresh = !row || row.windowStartedAt <= windowStart;
			const failures = fresh ? 1 : row.failures + 1;
			tx.insert(loginThrottle)
				.values({ key, failures, windowStartedAt: nowIso, lockedUntil: null })
				.onConflictDoUpdate({
					target: loginThrottle.key,
					set: fresh
						? { failures, windowStartedAt: nowIso, lockedUntil: null }
						: { failures, lockedUntil: null }
				})
				.run();
		}
		return { allowed: true };
	}, IMMEDIATE);
}

/**
 * After a wrong password: lock every key that has reached its limit. Returns the lock verdict when
 * this failure locked a key, so the answer to it can already say "try again in 15 minutes".
 */
export function recordFailure(
	db: UserDb,
	keys: ThrottleKey[],
	now: Date = new Date()
): ThrottleVerdict {
	const lockedUntil = new Date(now.getTime() + THROTTLE_LOCK_MS).toISOString();
	let locked = false;
	db.transaction((tx) => {
		for (const { key, limit } of keys) {
			const row = tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
			if (!row || row.failures < limit) continue;
			// A new window starts with the lock, so the count begins again when the lock ends.
			tx.update(loginThrottle)
				.set({ lockedUntil, failures: 0, windowStartedAt: now.toISOString() })
				.where(eq(loginThrottle.key, key))
				.run();
			locked = true;
		}
		// Rows whose window and lock are both over say nothing any more.
		const stale = new Date(now.getTime() - THROTTLE_WINDOW_MS - THROTTLE_LOCK_MS).toISOString();
		tx.delete(loginThrottle)
			.where(
				and(
					lt(loginThrottle.windowStartedAt, stale),
					or(isNull(loginThrottle.lockedUntil), lt(loginThrottle.lockedUntil, now.toISOString()))
				)
			)
			.run();
	}, IMMEDIATE);
	return locked
		? { allowed: false, retryAfterMinutes: minutesUntil(lockedUntil, now) }
		: { allowed: true };
}

/**
 * After a right password: the account's count is cleared. The address only gets this attempt back,
 * so signing in to one's own account cannot wipe out guesses made at others from the same address.
 */
export function recordSuccess(db: UserDb, keys: ThrottleKey[]): void {
	db.transaction((tx) => {
		for (const { key } of keys) {
			if (key.startsWith('account:')) {
				tx.delete(loginThrottle).where(eq(loginThrottle.key, key)).run();
				continue;
			}
			const row = tx.select().from(loginThrottle).where(eq(loginThrottle.key, key)).get();
			if (row && row.failures > 0)
				tx.update(loginThrottle)
					.set({ failures: row.failures - 1 })
					.where(eq(loginThrottle.key, key))
					.run();
		}
	}, IMMEDIATE);
}
