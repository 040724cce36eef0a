/**
 * Real rows from seeds/, read at test time, so fixtures are extracts of the data we ship and never
 * typed in. `ratificationRow('COG', 'C097', 'ratified')` returns that row as the loader reads it.
 */
import { parse } from 'csv-parse/sync';
import fs from 'node:fs';
import path from 'node:path';
import { parseRatificationRow } from '../../src/lib/domain/ratification-csv';
import type {
	NotRatifiedStatement,
	RatificationEvent
} from '../../src/lib/domain/ratification-event';
import { precisionOf } from '../../src/lib/domain/partial-date';

export const SEEDS_DIR = path.resolve('seeds');
export const SEED_RECORDED_ON = '2026-11-23';

const parsedFiles = new Map<string, Record<string, string>[]>();

export function readSeedCsv(file: string): Record<string, string>[] {
	let rows = parsedFiles.get(file);
	if (!rows) {
		rows = parse(fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8'), { columns: true, bom: true });
		parsedFiles.set(file, rows!);
	}
	return rows!;
}

const known = {
	countries: new Set(readSeedCsv('migrant_stock.csv').map((r) => r.iso3)),
	instruments: new Set(readSeedCsv('instruments.csv').map((r) => r.code))
};

let nextId = 1;

export function ratificationRow(
	iso3: string,
	instrument: string,
	event: string,
	file = 'ratifications.csv'
): RatificationEvent {
	const rows = readSeedCsv(file);
	const index = rows.findIndex(
		(r) => r.iso3 === iso3 && r.instrument === instrument && r.event === event
	);
	if (index < 0) throw new Error(`No ${event} row for ${iso3} ${instrument} in seeds/${file}`);
	const parsed = parseRatificationRow(rows[index], index + 2, known);
	if (!parsed.ok)
		throw new Error(
			`Seed row ${iso3} ${instrument} does not parse: ${JSON.stringify(parsed.errors)}`
		);
	// The loader takes confidence, scope and the known-from date from the review, as here.
	const review = readSeedCsv('ratifications-review.csv').find(
		(r) => r.file === file && r.iso3 === iso3 && r.instrument === instrument && r.event === event
	);
	if (!review) throw new Error(`No review of ${iso3} ${instrument} ${event} (${file})`);
	const undated = parsed.value.date === null;
	return {
		id: nextId++,
		recordedOn: SEED_RECORDED_ON,
		...parsed.value,
		confidence: review.confidence as RatificationEvent['confidence'],
		confidenceReason: review.confidence_reason || null,
		scopeKind: (review.scope_kind || null) as RatificationEvent['scopeKind'],
		scope: review.scope || null,
		knownFrom: undated ? review.known_from || null : null,
		knownFromSource: undated ? review.known_from_source || null : null
	};
}

/** Every event row of one state and instrument, from both event files. */
export function eventsOf(iso3: string, instrument: string): RatificationEvent[] {
	const out: RatificationEvent[] = [];
	for (const file of ['ratifications.csv', 'ratifications-entry-into-force.csv'])
		for (const r of readSeedCsv(file))
			if (r.iso3 === iso3 && r.instrument === instrument)
				out.push(ratificationRow(iso3, instrument, r.event, file));
	return out;
}

export function statementsOf(iso3: string, instrument: string): NotRatifiedStatement[] {
	return readSeedCsv('ratifications-negative.csv')
		.filter((r) => r.iso3 === iso3 && r.instrument === instrument)
		.map((r) => ({
			id: nextId++,
			iso3,
			instrument,
			asOf: r.as_of,
			precision: precisionOf(r.as_of)!,
			statement: r.source,
			sourceUrl: /https?:\/\/\S+/.exec(r.source)?.[0] ?? null
		}));
}

export function instrumentRow(code: string) {
	const r = readSeedCsv('instruments.csv').find((i) => i.code === code);
	if (!r) throw new Error(`No instrument ${code} in seeds/instruments.csv`);
	return {
		code,
		body: r.body as 'ILO' | 'UN',
		officialCount: Number(r.official_count),
		officialCountAsOf: r.official_count_not_before || null,
		enteredIntoForce: r.entered_into_force || null,
		laterPartyRule: r.later_party_rule
	};
}

/** Every event of one instrument in the seeds, for its real coverage. */
export function instrumentEvents(code: string): RatificationEvent[] {
	const iso3s = new Set(
		readSeedCsv('ratifications.csv')
			.filter((r) => r.instrument === code)
			.map((r) => r.iso3)
	);
	return [...iso3s].flatMap((iso3) => eventsOf(iso3, code));
}
