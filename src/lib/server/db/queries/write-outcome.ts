/**
 * What a versioned write answers. Every editable record carries a version; a write names the version
 * the user opened, and a stale one is refused with the record as it is now, so the page can show it
 * beside what the user typed (HTTP 409).
 */
export type WriteOutcome<T, C = T> =
	| { ok: true; value: T }
	| { ok: false; reason: 'not_found' }
	| { ok: false; reason: 'conflict'; current: C };

export const CONFLICT_MESSAGE =
	'This record was changed by someone else since you opened it. Your changes are kept below, beside the current version: check them and submit again.';

/**
 * Writes that read before they write take the write lock at BEGIN. A deferred transaction that reads
 * and then writes fails at once with SQLITE_BUSY (the busy timeout does not apply) when another
 * connection (the users CLI, a backup, a test) wrote in between; an immediate one waits its turn.
 */
export const IMMEDIATE = { behavior: 'immediate' } as const;
