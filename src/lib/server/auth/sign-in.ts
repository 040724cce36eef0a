/**
 * Checking a sign-in: throttle, then the password, with one answer for every kind of wrong (unknown
 * e-mail, no password chosen yet, disabled account, wrong password), given after the same argon2
 * work, so neither the words nor the timing say whether an account exists.
 */
import * as users from '../db/queries/users';
import type { UserDb } from '../db/queries/users';
import { verifySignInPassword } from './passwords';
import { lockedMessage, recordFailure, recordSuccess, signInKeys, startAttempt } from './throttle';

export const WRONG_CREDENTIALS_MESSAGE =
	'The e-mail address or the password is not right. Check both and try again; an administrator can issue you a new password link.';

export type SignInOutcome =
	| { ok: true; userId: number }
	/** 400: wrong credentials; 429: throttled. The message is safe to show as it is. */
	| { ok: false; status: 400 | 429; message: string };

export async function checkSignIn(
	db: UserDb,
	attempt: { email: string; password: string; address: string },
	now: () => Date = () => new Date()
): Promise<SignInOutcome> {
	const keys = signInKeys(attempt.email, attempt.address);
	const verdict = startAttempt(db, keys, now());
	if (!verdict.allowed)
		return { ok: false, status: 429, message: lockedMessage(verdict.retryAfterMinutes) };

	const user = users.getByEmail(db, attempt.email);
	const usable = user && !user.disabled ? user.passwordHash : null;
	const matches = await verifySignInPassword(usable, attempt.password);
	if (matches && user) {
		recordSuccess(db, keys);
		return { ok: true, userId: user.id };
	}
	const after = recordFailure(db, keys, now());
	if (!after.allowed)
		return { ok: false, status: 429, message: lockedMessage(after.retryAfterMinutes) };
	return { ok: false, status: 400, message: WRONG_CREDENTIALS_MESSAGE };
}
