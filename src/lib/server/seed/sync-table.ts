import type Database from 'better-sqlite3';

export interface SyncCounts {
	inserted: number;
	updated: number;
	deleted: number;
	unchanged: number;
}

/**
 * Make `table` hold exactly `rows` among the rows it owns (`owned`), matched on `key` columns: insert
 * the new, update the changed, delete the gone, leave the same untouched, so a second seed run
 * changes nothing. Runs inside the caller's transaction.
 */
export function syncTable(
	sqlite: Database.Database,
	table: string,
	key: readonly string[],
	rows: readonly Record<string, unknown>[],
	owned: string = '1 = 1'
): SyncCounts {
	const counts: SyncCounts = { inserted: 0, updated: 0, deleted: 0, unchanged: 0 };
	if (rows.length === 0 && owned === '1 = 1') {
		counts.deleted = sqlite.prepare(`DELETE FROM ${table}`).run().changes;
		return counts;
	}
	const columns = Object.keys(rows[0] ?? {});
	const keyOf = (r: Record<string, unknown>) => JSON.stringify(key.map((k) => r[k]));
	const existing = new Map<string, Record<string, unknown>>();
	for (const r of sqlite.prepare(`SELECT * FROM ${table} WHERE ${owned}`).all() as Record<
		string,
		unknown
	>[])
		existing.set(keyOf(r), r);

	const where = key.map((k) => `${k} = @${k}`).join(' AND ');
	const insert = sqlite.prepare(
		`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`
	);
	const others = columns.filter((c) => !key.includes(c));
	const update = others.length
		? sqlite.prepare(
				`UPDATE ${table} SET ${others.map((c) => `${c} = @${c}`).join(', ')} WHERE ${where}`
			)
		: null;
	const remove = sqlite.prepare(`DELETE FROM ${table} WHERE ${where}`);

	const seen = new Set<string>();
	for (const row of rows) {
		const k = keyOf(row);
		seen.add(k);
		const before = existing.get(k);
		if (!before) {
			insert.run(row);
			counts.inserted++;
		} else if (columns.some((c) => before[c] !== row[c])) {
			update!.run(row);
			counts.updated++;
		} else counts.unchanged++;
	}
	for (const [k, r] of existing)
		if (!seen.has(k)) {
			remove.run(Object.fromEntries(key.map((c) => [c, r[c]])));
			counts.deleted++;
		}
	return counts;
}
