/**
 * Keeps an uploaded file between its dry run and apply, so the admin does not upload it twice and
 * apply runs on exactly the bytes that were checked. In memory, short-lived and bounded: a restart or
 * 30 minutes loses it, and the page then asks for the file again. An entry belongs to the admin who
 * uploaded it and is found only with its random id and the file's SHA-256.
 */
import { randomUUID } from 'node:crypto';
import type { ImportText } from './read-upload';

export const STASH_TTL_MS = 30 * 60 * 1000;
/** At most this many dry runs (each ≤ 2 MiB) are kept; the oldest goes first. */
const MAX_ENTRIES = 16;

interface Entry {
	userId: number;
	file: ImportText;
	expiresAt: number;
}

const entries = new Map<string, Entry>();

function sweep(now: number) {
	for (const [id, e] of entries) if (e.expiresAt <= now) entries.delete(id);
	while (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
}

export function stashUpload(userId: number, file: ImportText, now = Date.now()): string {
	sweep(now);
	const id = randomUUID();
	entries.set(id, { userId, file, expiresAt: now + STASH_TTL_MS });
	return id;
}

/** The stashed file, or null when the id, the owner or the fingerprint do not match, or it expired. */
export function findUpload(
	id: string,
	userId: number,
	sha256: string,
	now = Date.now()
): ImportText | null {
	const e = entries.get(id);
	if (!e || e.expiresAt <= now || e.userId !== userId || e.file.sha256 !== sha256) return null;
	return e.file;
}

export function dropUpload(id: string): void {
	entries.delete(id);
}
