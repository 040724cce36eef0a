/**
 * The random secrets in session cookies and one-time links, and the SHA-256 that the database keeps
 * instead of them: a copy of the database (a backup, a leaked file) lets nobody sign in or use a link.
 * SHA-256 suffices because the token has 256 random bits; nobody can guess it from its hash.
 */
import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: safe in a cookie and in a URL path. */
export function newSecretToken(): string {
	return randomBytes(32).toString('base64url');
}

/** The row id for a token: lowercase hex SHA-256 of its text. */
export function hashSecretToken(token: string): string {
	return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A well-formed token (43 base64url characters); anything else is refused before a query. */
export function looksLikeSecretToken(value: string): boolean {
	return /^[A-Za-z0-9_-]{43}$/.test(value);
}
