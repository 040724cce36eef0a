import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	applyImport,
	ImportRefused,
	planAgainstDatabase,
	planDigest
} from '../../src/lib/server/import/import-events';
import {
	decodeUpload,
	displayName,
	readImportRecords
} from '../../src/lib/server/import/read-upload';
import { describeChange } from '../../src/lib/domain/audit-change';
import type { SessionUser } from '../../src/lib/domain/authorization';
import * as auditLog from '../../src/lib/server/db/queries/audit-log';
import { loadSeeds } from '../../src/lib/server/seed/load-seeds';
import { readSeedCsv, SEEDS_DIR } from '../support/seed-rows';
import { countRows, tempDatabase } from '../support/temp-database';

const SEED_FILE = path.join(SEEDS_DIR, 'ratifications.csv');
const seedText = fs.readFileSync(SEED_FILE, 'utf8');
const [header, ...lines] = seedText.trimEnd().split(/\r?\n/);

function upload(name: string, text: string | Uint8Array) {
	const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
	const decoded = decodeUpload(bytes, { name, type: 'text/csv', size: bytes.length });
	if (!decoded.ok) throw new Error(JSON.stringify(decoded.errors));
	const records = readImportRecords(decoded.value);
	if (!records.ok) throw new Error(JSON.stringify(records.errors));
	return { file: decoded.value, records: records.value };
}

const version = (t: ReturnType<typeof tempDatabase>) =>
	(t.db.$client.prepare('SELECT version FROM data_version').get() as { version: number }).version;

describe('importing ratification events into a seeded database', () => {
	const t = tempDatabase();
	let adminId: number;
	beforeAll(() => {
		loadSeeds(t.db, SEEDS_DIR);
		adminId = Number(
			t.db.$client
				.prepare(
					"INSERT INTO users (email, display_name, role, created_at) VALUES ('import-admin@example.org', 'Import admin', 'admin', '2026-11-23T00:00:00Z')"
				)
				.run().lastInsertRowid
		);
	});
	afterAll(() => t.close());

	it('finds every row of seeds/ratifications.csv already recorded, so importing it changes nothing', () => {
		const { records } = upload('ratifications.csv', seedText);
		const plan = planAgainstDatabase(t.db, records);
		expect(plan.counts.rows).toBe(readSeedCsv('ratifications.csv').length);
		expect(plan.counts.unchanged).toBe(plan.counts.rows);
	});

	it('applies a new event and a corrected note in one transaction with one public audit row', () => {
		const nepal = lines.find((l) => l.startsWith('NPL,Nepal,C098,'))!;
		const newEvent =
			'NPL,Nepal,C097,signed,2024-05-01,signatory,test import row,https://example.org/npl-c097';
		const corrected = lines
			.find((l) => l.startsWith('ALB,Albania,C097,'))!
			.replace(
				'cross-checked with Dutch treaty DB',
				'cross-checked with the Dutch treaty database'
			);
		const text = [header, nepal, newEvent, corrected].join('\n');
		const { file, records } = upload('official-table.csv', text);
		const plan = planAgainstDatabase(t.db, records);
		expect(plan.counts).toMatchObject({ rows: 3, insert: 1, update: 1, unchanged: 1, error: 0 });

		const events = countRows(t.db, 'ratification_events');
		const before = version(t);
		const applied = applyImport(t.db, {
			file,
			records,
			actorId: adminId,
			digest: planDigest(plan)
		});

		expect(countRows(t.db, 'ratification_events')).toBe(events + 1);
		expect(version(t)).toBe(before + 1);
		const audit = t.db.$client
			.prepare('SELECT * FROM audit_log WHERE id = ?')
			.get(applied.auditId) as Record<string, unknown>;
		expect(audit).toMatchObject({
			action: 'import.apply',
			public: 1,
			source: 'official-table.csv'
		});
		expect(audit.summary).toMatch(/^Imported 3 events from official-table\.csv/);
		const inserted = t.db.$client
			.prepare(
				"SELECT * FROM ratification_events WHERE seed_key = 'import:NPL:C097:signature:2024-05-01'"
			)
			.get() as Record<string, unknown>;
		expect(inserted).toMatchObject({
			kind: 'signature',
			source_url: 'https://example.org/npl-c097'
		});
		const albania = t.db.$client
			.prepare(
				"SELECT notes FROM ratification_events WHERE seed_key = 'ratifications.csv:ALB:C097:ratified'"
			)
			.get() as { notes: string };
		expect(albania.notes).toContain('the Dutch treaty database');

		// The same file again is nothing to do, and writes nothing.
		const again = upload('official-table.csv', text);
		const second = planAgainstDatabase(t.db, again.records);
		expect(second.counts).toMatchObject({ insert: 0, update: 0, unchanged: 3 });
		expect(() =>
			applyImport(t.db, { ...again, actorId: adminId, digest: planDigest(second) })
		).toThrow(ImportRefused);
		expect(version(t)).toBe(before + 1);
	});

	it('keeps imported events when the seeds are loaded again', () => {
		const imported = () =>
			t.db.$client
				.prepare("SELECT count(*) FROM ratification_events WHERE seed_key LIKE 'import:%'")
				.pluck()
				.get();
		expect(imported()).toBe(1);
		loadSeeds(t.db, SEEDS_DIR);
		expect(imported()).toBe(1);
	});

	it('writes nothing when the plan differs from the reviewed dry run', () => {
		const row = 'LKA,Sri Lanka,C097,signed,2023-01-02,signatory,stale,https://example.org/lka';
		const { file, records } = upload('stale.csv', [header, row].join('\n'));
		const events = countRows(t.db, 'ratification_events');
		const audits = countRows(t.db, 'audit_log');
		const stale = '0'.repeat(64);
		expect(() => applyImport(t.db, { file, records, actorId: adminId, digest: stale })).toThrow(
			/changed since your dry run/
		);
		expect(countRows(t.db, 'ratification_events')).toBe(events);
		expect(countRows(t.db, 'audit_log')).toBe(audits);
	});

	it('writes none of a file in which one row is bad', () => {
		const good = 'LKA,Sri Lanka,C097,signed,2023-01-02,signatory,good row,https://example.org/lka';
		const bad = 'LKA,Sri Lanka,C097,ratified,2023-02-30,in_force,bad date,https://example.org/lka';
		const { file, records } = upload('mixed.csv', [header, good, bad].join('\n'));
		const plan = planAgainstDatabase(t.db, records);
		expect(plan.errors).toEqual([
			expect.objectContaining({ line: 3, column: 'date', value: '2023-02-30' })
		]);
		const events = countRows(t.db, 'ratification_events');
		expect(() =>
			applyImport(t.db, { file, records, actorId: adminId, digest: planDigest(plan) })
		).toThrow(ImportRefused);
		expect(countRows(t.db, 'ratification_events')).toBe(events);
	});
});

describe('an administrator reverting an import', () => {
	const t = tempDatabase();
	let admin: SessionUser;
	const sql = () => t.db.$client;
	const eventsTable = () => sql().prepare('SELECT * FROM ratification_events ORDER BY id').all();
	const seedLine = (prefix: string) => lines.find((l) => l.startsWith(prefix))!;
	// Two real rows of two states, which the database is made to lack, and a real row whose note the
	// file corrects: an import of several countries adding two events and changing one.
	const albania = seedLine('ALB,Albania,ICRMW,');
	const sriLanka = seedLine('LKA,Sri Lanka,ICRMW,');
	const corrected = seedLine('ALB,Albania,C097,').replace(
		'cross-checked with Dutch treaty DB',
		'cross-checked with the Dutch treaty database'
	);

	function importText(name: string, rows: string[]) {
		const { file, records } = upload(name, [header, ...rows].join('\n'));
		const plan = planAgainstDatabase(t.db, records);
		return applyImport(t.db, { file, records, actorId: admin.id, digest: planDigest(plan) });
	}

	beforeAll(() => {
		loadSeeds(t.db, SEEDS_DIR);
		const id = Number(
			sql()
				.prepare(
					"INSERT INTO users (email, display_name, role, created_at) VALUES ('revert-admin@example.org', 'Revert admin', 'admin', '2026-11-23T00:00:00Z')"
				)
				.run().lastInsertRowid
		);
		admin = {
			id,
			email: 'revert-admin@example.org',
			displayName: 'Revert admin',
			role: 'admin',
			countries: []
		};
		sql()
			.prepare(
				"DELETE FROM ratification_events WHERE seed_key IN ('ratifications.csv:ALB:ICRMW:ratified', 'ratifications.csv:LKA:ICRMW:ratified')"
			)
			.run();
	});
	afterAll(() => t.close());

	it('puts the events table back exactly as it was before the import, in one new audit row', () => {
		const beforeImport = eventsTable();
		const applied = importText('two-states.csv', [albania, sriLanka, corrected]);
		expect(applied.plan.counts).toMatchObject({ insert: 2, update: 1 });
		expect(eventsTable()).not.toEqual(beforeImport);
		const importRow = auditLog.get(t.db, applied.auditId)!;
		// Rows of two states: the import has no country, so no country history lists it.
		expect(importRow.iso3).toBeNull();
		expect(describeChange(importRow.before, importRow.after)).toEqual(
			expect.arrayContaining([
				{ field: 'Added', before: null, after: 'ICRMW accession for ALB, 2007-06-05' },
				{
					field: 'Changed notes of C097 ratification for ALB, 2005-03-02',
					before: expect.stringContaining('Dutch treaty DB'),
					after: expect.stringContaining('the Dutch treaty database')
				}
			])
		);

		const dataVersion = version(t);
		const outcome = auditLog.revert(t.db, applied.auditId, admin);
		expect(outcome).toMatchObject({ ok: true });
		if (!outcome.ok) return;
		expect(eventsTable()).toEqual(beforeImport);
		expect(version(t)).toBe(dataVersion + 1);
		const revertRow = auditLog.get(t.db, outcome.auditId)!;
		expect(revertRow).toMatchObject({ action: 'revert', revertOf: applied.auditId, public: true });
		expect(auditLog.get(t.db, applied.auditId)!.revertedBy).toBe(outcome.auditId);
		expect(describeChange(revertRow.before, revertRow.after)).toEqual(
			expect.arrayContaining([
				{ field: 'Removed', before: 'ICRMW accession for LKA, 1996-03-11', after: null },
				{
					field: 'Changed notes of C097 ratification for ALB, 2005-03-02',
					before: expect.stringContaining('the Dutch treaty database'),
					after: expect.stringContaining('Dutch treaty DB')
				}
			])
		);
	});

	it('refuses a second revert of the same import, changing nothing', () => {
		const first = auditLog
			.listPublic(t.db, { action: 'import.apply' })
			.find((e) => e.revertedBy !== null)!;
		const events = eventsTable();
		const audits = countRows(t.db, 'audit_log');
		expect(auditLog.revert(t.db, first.id, admin)).toEqual({
			ok: false,
			status: 409,
			message: 'This change has already been reverted.'
		});
		expect(eventsTable()).toEqual(events);
		expect(countRows(t.db, 'audit_log')).toBe(audits);
	});

	it('refuses to revert an import after a later change to one of its events, saying which', () => {
		const applied = importText('two-states.csv', [albania, sriLanka, corrected]);
		const later = importText('later.csv', [
			albania.replace('accession (a)', 'accession (a) per UN')
		]);
		const afterLater = eventsTable();

		const refused = auditLog.revert(t.db, applied.auditId, admin);
		expect(refused).toMatchObject({ ok: false, status: 409 });
		if (refused.ok) return;
		expect(refused.message).toMatch(
			/ICRMW accession for ALB, 2007-06-05 \(event \d+, added by this import\) has been changed since \(notes: now “accession \(a\) per UN”, the import left “accession \(a\)”\)/
		);
		expect(eventsTable()).toEqual(afterLater);
		expect(auditLog.get(t.db, applied.auditId)!.revertedBy).toBeNull();

		// Newest first: once the later import is taken back, the first one can be.
		expect(auditLog.revert(t.db, later.auditId, admin)).toMatchObject({ ok: true });
		expect(auditLog.revert(t.db, applied.auditId, admin)).toMatchObject({ ok: true });
	});
});

describe('reading an upload', () => {
	it('shows only the last part of a file name a browser sent with a path', () => {
		expect(displayName('C:\\Users\\centre\\official.csv')).toBe('official.csv');
		expect(displayName('../../etc/passwd.csv')).toBe('passwd.csv');
		expect(displayName('\u0000')).toBe('upload.csv');
	});

	it('reads a spreadsheet’s CRLF header followed by LF rows as separate rows', () => {
		const nepal = lines.find((l) => l.startsWith('NPL,Nepal,C098,'))!;
		const { records } = upload(
			'mixed-endings.csv',
			`${header}\r\n${nepal}\n${nepal.replace('NPL,Nepal', 'LKA,Sri Lanka')}\n`
		);
		expect(records.map((r) => r.line)).toEqual([2, 3]);
	});

	it('names the line of the first byte that is not UTF-8', () => {
		const latin1 = new Uint8Array([
			...new TextEncoder().encode(`${header}\nCIV,C`),
			0xf4, // ô in Latin-1
			...new TextEncoder().encode('te d’Ivoire,C087,ratified,1960,in_force,,https://example.org\n')
		]);
		const result = decodeUpload(latin1, {
			name: 'latin1.csv',
			type: 'text/csv',
			size: latin1.length
		});
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.errors[0]).toMatchObject({ line: 2, reason: expect.stringMatching(/UTF-8/) });
	});

	it('refuses a header that is not the seed format and malformed CSV, each with its line', () => {
		const wrong = decodeUpload(new TextEncoder().encode('country,year\nNepal,1996\n'), {
			name: 'x.csv',
			type: 'text/csv',
			size: 24
		});
		expect(wrong.ok).toBe(true);
		if (!wrong.ok) return;
		const header1 = readImportRecords(wrong.value);
		expect(header1.ok).toBe(false);
		if (!header1.ok) expect(header1.errors[0]).toMatchObject({ line: 1 });

		const open = decodeUpload(new TextEncoder().encode(`${header}\nNPL,"Nepal,C098\n`), {
			name: 'x.csv',
			type: 'text/csv',
			size: 10
		});
		if (!open.ok) throw new Error('decoding failed');
		const quote = readImportRecords(open.value);
		expect(quote.ok).toBe(false);
		if (!quote.ok) expect(quote.errors[0].reason).toMatch(/not valid CSV/);
	});
});
