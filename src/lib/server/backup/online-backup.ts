/**
 * A consistent copy of the live database while the site keeps running: SQLite's online backup API
 * (better-sqlite3 `db.backup`) copies page by page and starts over when another connection writes
 * mid-way, so the copy is always one moment's state. Written to a temporary file beside the target
 * and renamed, so a failed backup never leaves half a file under the name asked for.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TrackerDb } from '../db';

export class BackupError extends Error {}

export interface BackupReport {
	file: string;
	pages: number;
	bytes: number;
}

export interface BackupOptions {
	/** Replace an existing file at the target (refused otherwise). */
	force?: boolean;
	/** Pages copied per step; smaller steps let the site's writes through sooner. */
	pagesPerStep?: number;
	/** Called after each step with the pages still to copy (tests write between steps). */
	onStep?: (remaining: number, total: number) => void;
}

export async function backupDatabase(
	db: TrackerDb,
	target: string,
	options: BackupOptions = {}
): Promise<BackupReport> {
	const file = path.resolve(target);
	if (fs.existsSync(file) && !options.force)
		throw new BackupError(
			`${file} already exists: give another file name, or add --force to replace it.`
		);
	if (file === path.resolve(db.$client.name))
		throw new BackupError(`${file} is the live database itself: give another file name.`);
	const dir = path.dirname(file);
	if (!fs.existsSync(dir))
		throw new BackupError(`The folder ${dir} does not exist: create it or give another path.`);
	const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.partial`);
	fs.rmSync(temp, { force: true });
	let pages = 0;
	try {
		const result = await db.$client.backup(temp, {
			progress: ({ totalPages, remainingPages }) => {
				pages = totalPages;
				options.onStep?.(remainingPages, totalPages);
				return options.pagesPerStep ?? 1000;
			}
		});
		pages = result.totalPages;
		fs.renameSync(temp, file);
	} catch (e) {
		fs.rmSync(temp, { force: true });
		throw e instanceof BackupError
			? e
			: new BackupError(`The backup failed: ${(e as Error).message}`);
	}
	return { file, pages, bytes: fs.statSync(file).size };
}
