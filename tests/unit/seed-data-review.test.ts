/**
 * The project's seeds stand alone but must not drift from the shared, sourced data they were copied
 * from (../shared/data/ratifications.csv), and every event row carries a reviewed confidence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { confidenceOf } from '../../src/lib/domain/ratification-csv';
import { readSeedCsv } from '../support/seed-rows';

const SHARED = path.resolve('..', 'shared', 'data', 'ratifications.csv');
const rowKey = (r: Record<string, string>) => `${r.iso3}:${r.instrument}:${r.event}`;

describe('seeds/ratifications.csv and the shared data', () => {
	// A release tarball has no ../shared beside it; CI and every developer checkout do.
	it.runIf(fs.existsSync(SHARED))('agree on every ratification row, field by field', () => {
		const shared = parse(fs.readFileSync(SHARED, 'utf8'), { columns: true, bom: true }) as Record<
			string,
			string
		>[];
		const ours = readSeedCsv('ratifications.csv');
		const theirs = new Map(shared.map((r) => [rowKey(r), r]));
		const mine = new Map(ours.map((r) => [rowKey(r), r]));
		const missing = [...theirs.keys()].filter((k) => !mine.has(k));
		const extra = [...mine.keys()].filter((k) => !theirs.has(k));
		const changed = [...mine.keys()].filter(
			(k) => theirs.has(k) && JSON.stringify(mine.get(k)) !== JSON.stringify(theirs.get(k))
		);
		expect({ missing, extra, changed }).toEqual({ missing: [], extra: [], changed: [] });
	});
});

describe('seeds/ratifications-review.csv', () => {
	const review = readSeedCsv('ratifications-review.csv');
	const events = ['ratifications.csv', 'ratifications-entry-into-force.csv'].flatMap((file) =>
		readSeedCsv(file).map((r): Record<string, string> => ({ file, ...r }))
	);
	const key = (r: Record<string, string>) => `${r.file}:${rowKey(r)}`;

	it('reviews every event row once, and nothing else', () => {
		expect(review.map(key).sort()).toEqual(events.map(key).sort());
	});

	it('labels no record "sourced" whose source is secondary or whose status or date is inferred', () => {
		// A reviewer may rate higher than the first reading of the notes only with a stated reason
		// (the state's own government, say).
		const byKey = new Map(review.map((r) => [key(r), r]));
		const overstated = events
			.filter((e) => confidenceOf(e.notes, e.source.split(/\s/)[0]).confidence !== 'sourced')
			.filter(
				(e) => byKey.get(key(e))!.confidence === 'sourced' && !byKey.get(key(e))!.confidence_reason
			)
			.map(key);
		expect(overstated).toEqual([]);
	});

	it('gives every record that is not plainly sourced its reason', () => {
		const bare = review.filter((r) => r.confidence !== 'sourced' && !r.confidence_reason);
		expect(bare.map(key)).toEqual([]);
	});

	it('dates every undated event from its own source, not the day it was compiled', () => {
		const undated = events.filter((e) => !e.date).map(key);
		const reviewed = review.filter((r) => undated.includes(key(r)));
		expect(reviewed.length).toBe(undated.length);
		for (const r of reviewed) {
			expect(r.known_from, key(r)).toMatch(/^\d{4}(-\d{2}){0,2}$/);
			expect(r.known_from_source.length, key(r)).toBeGreaterThan(10);
		}
	});

	it('makes structured data of the annex exclusions the C097 notes quote', () => {
		const quoted = events.filter(
			(e) => e.instrument === 'C097' && /excluded the provisions of Annex/.test(e.notes)
		);
		const byKey = new Map(review.map((r) => [key(r), r]));
		expect(quoted.length).toBeGreaterThan(0);
		for (const e of quoted) expect(byKey.get(key(e))!.scope_kind, key(e)).toBe('annexes_excluded');
	});
});
