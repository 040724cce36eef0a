/**
 * Password hashing with argon2id, at OWASP's recommended minimum for it (19 MiB, 2 passes, 1 lane;
 * Password Storage Cheat Sheet), which is also @node-rs/argon2's default. The algorithm is left at
 * the library's default, argon2id: its `Algorithm` is a const enum that isolated modules cannot read.
 * The tests check that hashes start `$argon2id$`.
 */
import { hash, verify } from '@node-rs/argon2';

const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

/** False for a wrong password and for a stored value that is not an argon2 hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

/** Computed once at start, so even the first unknown address takes no longer than a known one. */
const dummyHash: Promise<string> = hashPassword('not a password anyone has: timing equaliser');

/**
 * Check a sign-in password against the account's hash, or against a dummy hash with the same cost
 * when there is no account or it has no password yet: both take the same time, so the answer's
 * timing does not tell whether an address has an account.
 */
export async function verifySignInPassword(
	passwordHash: string | null | undefined,
	password: string
): Promise<boolean> {
	if (passwordHash) return verifyPassword(passwordHash, password);
	await verifyPassword(await dummyHash, password);
	return false;
}
