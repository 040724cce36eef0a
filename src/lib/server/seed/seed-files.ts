/**
 * Turns each seed CSV into table rows (SQL column names), collecting every problem with its file, line,
 * column and reason instead of stopping at the first. Nothing here writes.
 */
import path from 'node:path';
import { MEMBERSHIP_STATUSES } from '../../domain/groups';
import { parsePartyRule, PARTY_RULE_FORMATS } from '../../domain/entry-into-force';
import { isRealDay, precisionOf, PARTIAL_DATE_FORMATS } from '../../domain/partial-date';
import { parseRatificationRow, RATIFICATION_CSV_COLUMNS } from '../../domain/ratification-csv';
import { CONFIDENCES, INSTRUMENT_BODIES, SCOPE_KINDS } from '../../domain/ratification-event';
import { describeRowError, type RowError } from '../../domain/row-error';
import { readCsv, type CsvRecord } from './csv-file';

/**
 * The day the seeded ratification sources were read (RATIFICATIONS-SOURCES.md, "second pass,
 * 2026-11-23"): an undated event is known to have happened by then.
 */
export const SEED_RECORDED_ON = '2026-11-23';

export type Row = Record<string, string | number | null>;

/** Collects problems across files; `rows` returns what parsed. */
export class SeedReader {
	readonly problems: string[] = [];
	constructor(readonly dir: string) {}

	read(file: string, columns: readonly string[]): CsvRecord[] {
		return readCsv(path.join(this.dir, file), columns);
	}

	report(file: string, e: RowError) {
		this.problems.push(describeRowError(file, e));
	}

	/** A number from a column; empty gives null when allowed. */
	number(
		file: string,
		r: CsvRecord,
		column: string,
		opts: { integer?: boolean; optional?: boolean } = {}
	) {
		const raw = (r.values[column] ?? '').trim();
		if (raw === '') {
			if (opts.optional) return null;
			this.report(file, { line: r.line, column, value: raw, reason: 'a number is required' });
			return null;
		}
		const n = Number(raw);
		if (!Number.isFinite(n) || (opts.integer && !Number.isInteger(n))) {
			this.report(file, {
				line: r.line,
				column,
				value: raw,
				reason: opts.integer ? 'expected a whole number' : 'expected a number'
			});
			return null;
		}
		return n;
	}

	text(
		file: string,
		r: CsvRecord,
		column: string,
		opts: { optional?: boolean; pattern?: RegExp; accepted?: string } = {}
	) {
		const raw = (r.values[column] ?? '').trim();
		if (raw === '' && opts.optional) return null;
		if (raw === '' || (opts.pattern && !opts.pattern.test(raw))) {
			this.report(file, {
				line: r.line,
				column,
				value: raw,
				reason: raw === '' ? 'a value is required' : `expected ${opts.accepted ?? opts.pattern}`
			});
			return null;
		}
		return raw;
	}

	oneOf<T extends string>(
		file: string,
		r: CsvRecord,
		column: string,
		accepted: readonly T[]
	): T | null {
		const raw = (r.values[column] ?? '').trim();
		if ((accepted as readonly string[]).includes(raw)) return raw as T;
		this.report(file, {
			line: r.line,
			column,
			value: raw,
			reason: `expected one of ${accepted.join(', ')}`
		});
		return null;
	}

	knownCountry(file: string, r: CsvRecord, column: string, countries: ReadonlySet<string>) {
		const iso3 = this.text(file, r, column, {
			pattern: /^[A-Z]{3}$/,
			accepted: 'an ISO 3166 alpha-3 code'
		});
		if (iso3 && !countries.has(iso3)) {
			this.report(file, {
				line: r.line,
				column,
				value: iso3,
				reason: 'not a country in migrant_stock.csv'
			});
			return null;
		}
		return iso3;
	}

	unique(file: string, r: CsvRecord, seen: Set<string>, key: string, column: string) {
		if (seen.has(key)) {
			this.report(file, {
				line: r.line,
				column,
				value: key,
				reason: 'duplicate of an earlier row'
			});
			return false;
		}
		seen.add(key);
		return true;
	}
}

const YES_NO = ['yes', 'no'] as const;
const ISO3 = /^[A-Z]{3}$/;

export function readCountries(s: SeedReader): Row[] {
	const stock = s.read('migrant_stock.csv', ['iso3', 'm49', 'country']);
	const members = s.read('ilo_members.csv', ['iso3', 'country', 'un_member']);
	const unOnly = s.read('un-members-outside-ilo.csv', ['iso3', 'country', 'source']);
	const ilo = new Map<string, 'yes' | 'no' | null>();
	for (const r of members) {
		const iso3 = s.text('ilo_members.csv', r, 'iso3', {
			pattern: ISO3,
			accepted: 'an ISO 3166 alpha-3 code'
		});
		if (iso3) ilo.set(iso3, s.oneOf('ilo_members.csv', r, 'un_member', YES_NO));
	}
	const un = new Set(unOnly.map((r) => r.values.iso3));
	const byIso = new Map<string, Row>();
	for (const r of stock) {
		const iso3 = s.text('migrant_stock.csv', r, 'iso3', {
			pattern: ISO3,
			accepted: 'an ISO 3166 alpha-3 code'
		});
		if (!iso3 || byIso.has(iso3)) continue;
		const m49 = s.number('migrant_stock.csv', r, 'm49', { integer: true });
		const name = s.text('migrant_stock.csv', r, 'country');
		if (m49 === null || !name) continue;
		const isIlo = ilo.has(iso3);
		byIso.set(iso3, {
			iso3,
			m49,
			name,
			ilo_member: isIlo ? 1 : 0,
			un_member: isIlo ? (ilo.get(iso3) === 'yes' ? 1 : 0) : un.has(iso3) ? 1 : 0,
			membership_source: isIlo
				? 'ilo_members.csv (derived from the 193 UN members less 7, plus the Cook Islands; status as of Feb 2025)'
				: un.has(iso3)
					? 'un-members-outside-ilo.csv (one of the 7 UN members that are not ILO members)'
					: 'neither in ilo_members.csv nor among the 193 UN members it was derived from'
		});
	}
	for (const iso3 of [...ilo.keys(), ...un])
		if (!byIso.has(iso3))
			s.problems.push(
				`ilo_members.csv / un-members-outside-ilo.csv: ${iso3} is not a country in migrant_stock.csv`
			);
	return [...byIso.values()];
}

export function readGroups(s: SeedReader, countries: ReadonlySet<string>) {
	const file = 'groups.csv';
	const groups = new Map<string, Row>();
	const memberships: Row[] = [];
	const seen = new Set<string>();
	for (const r of s.read(file, ['group', 'group_name', 'iso3', 'status', 'note'])) {
		const code = s.text(file, r, 'group', {
			pattern: /^[A-Z0-9]{2,12}$/,
			accepted: 'a group code such as GCC'
		});
		const name = s.text(file, r, 'group_name');
		const iso3 = s.knownCountry(file, r, 'iso3', countries);
		const status = s.oneOf(file, r, 'status', MEMBERSHIP_STATUSES);
		if (!code || !name || !iso3 || !status) continue;
		if (!s.unique(file, r, seen, `${code}:${iso3}`, 'iso3')) continue;
		groups.set(code, { code, name });
		memberships.push({ group_code: code, iso3, status, note: (r.values.note ?? '').trim() });
	}
	return { groups: [...groups.values()], memberships };
}

export function readInstruments(s: SeedReader): Row[] {
	const file = 'instruments.csv';
	const rows: Row[] = [];
	const seen = new Set<string>();
	const records = s.read(file, [
		'code',
		'body',
		'title',
		'short_title',
		'adopted_year',
		'official_status_url',
		'official_count',
		'official_count_kind',
		'official_count_not_before',
		'official_count_source',
		'entered_into_force',
		'entry_into_force_condition',
		'later_party_rule',
		'entry_into_force_source'
	]);
	records.forEach((r, position) => {
		const code = s.text(file, r, 'code', {
			pattern: /^[A-Z][A-Z0-9]{1,11}$/,
			accepted: 'an instrument code such as C097 or ICRMW'
		});
		const body = s.oneOf(file, r, 'body', INSTRUMENT_BODIES);
		const title = s.text(file, r, 'title');
		const shortTitle = s.text(file, r, 'short_title');
		const adopted = s.number(file, r, 'adopted_year', { integer: true });
		const url = s.text(file, r, 'official_status_url', {
			optional: true,
			pattern: /^https?:\/\//,
			accepted: 'an http(s) URL'
		});
		const count = s.number(file, r, 'official_count', { integer: true });
		const countKind = s.text(file, r, 'official_count_kind');
		const countAsOf = s.text(file, r, 'official_count_not_before', { optional: true });
		if (countAsOf && !precisionOf(countAsOf))
			s.report(file, {
				line: r.line,
				column: 'official_count_not_before',
				value: countAsOf,
				reason: `expected ${PARTIAL_DATE_FORMATS}`
			});
		const countSource = s.text(file, r, 'official_count_source');
		const inForce = s.text(file, r, 'entered_into_force', {
			optional: true,
			pattern: /^\d{4}-\d{2}-\d{2}$/,
			accepted: 'the day the instrument entered into force, YYYY-MM-DD (empty while not in force)'
		});
		if (inForce && !isRealDay(inForce))
			s.report(file, {
				line: r.line,
				column: 'entered_into_force',
				value: inForce,
				reason: 'not a real calendar day'
			});
		const condition = s.text(file, r, 'entry_into_force_condition');
		const rule = s.text(file, r, 'later_party_rule');
		if (rule && !parsePartyRule(rule))
			s.report(file, {
				line: r.line,
				column: 'later_party_rule',
				value: rule,
				reason: `expected ${PARTY_RULE_FORMATS}`
			});
		const eifSource = s.text(file, r, 'entry_into_force_source');
		if (
			!condition ||
			!rule ||
			!parsePartyRule(rule) ||
			!eifSource ||
			(inForce && !isRealDay(inForce)) ||
			!code ||
			!body ||
			!title ||
			!shortTitle ||
			adopted === null ||
			count === null ||
			!countKind ||
			!countSource
		)
			return;
		if (!s.unique(file, r, seen, code, 'code')) return;
		rows.push({
			code,
			body,
			title,
			short_title: shortTitle,
			adopted_year: adopted,
			official_status_url: url,
			official_count: count,
			official_count_kind: countKind,
			official_count_as_of: countAsOf && precisionOf(countAsOf) ? countAsOf : null,
			official_count_source: countSource,
			entered_into_force: inForce,
			entry_into_force_condition: condition,
			later_party_rule: rule,
			entry_into_force_source: eifSource,
			position
		});
	});
	return rows;
}

const EVENT_FILES = ['ratifications.csv', 'ratifications-entry-into-force.csv'];
const REVIEW_FILE = 'ratifications-review.csv';

/** One row of the review: what a reviewer decided about one event of the event files. */
interface Review {
	confidence: string;
	confidence_reason: string | null;
	scope_kind: string | null;
	scope: string | null;
	known_from: string | null;
	known_from_source: string | null;
	line: number;
	used: boolean;
}

const reviewKey = (file: string, iso3: string, instrument: string, event: string) =>
	`${file}:${iso3}:${instrument}:${event}`;

/**
 * The reviewed confidence, scope and known-from date of every event (ratifications-review.csv): a
 * column a reviewer sets for each row, never guessed from the notes at load time.
 */
function readReviews(s: SeedReader): Map<string, Review> {
	const reviews = new Map<string, Review>();
	const columns = ['file', 'iso3', 'instrument', 'event', 'confidence'];
	for (const r of s.read(REVIEW_FILE, columns)) {
		const v = (c: string) => (r.values[c] ?? '').trim() || null;
		const confidence = s.oneOf(REVIEW_FILE, r, 'confidence', CONFIDENCES);
		const scopeKind = v('scope_kind');
		if (scopeKind && !(SCOPE_KINDS as readonly string[]).includes(scopeKind))
			s.report(REVIEW_FILE, {
				line: r.line,
				column: 'scope_kind',
				value: scopeKind,
				reason: `expected one of ${SCOPE_KINDS.join(', ')}, or empty`
			});
		if (Boolean(scopeKind) !== Boolean(v('scope')))
			s.report(REVIEW_FILE, {
				line: r.line,
				column: 'scope',
				value: v('scope') ?? '',
				reason: 'a scope needs both its kind and its words'
			});
		const knownFrom = v('known_from');
		if (knownFrom && !precisionOf(knownFrom))
			s.report(REVIEW_FILE, {
				line: r.line,
				column: 'known_from',
				value: knownFrom,
				reason: `expected ${PARTIAL_DATE_FORMATS}, or empty`
			});
		if (knownFrom && !v('known_from_source'))
			s.report(REVIEW_FILE, {
				line: r.line,
				column: 'known_from_source',
				value: '',
				reason: 'a known-from date needs the source it is the date of'
			});
		if (confidence && confidence !== 'sourced' && !v('confidence_reason'))
			s.report(REVIEW_FILE, {
				line: r.line,
				column: 'confidence_reason',
				value: '',
				reason: `a ${confidence} record needs its reason`
			});
		const key = reviewKey(
			v('file') ?? '',
			v('iso3') ?? '',
			v('instrument') ?? '',
			v('event') ?? ''
		);
		if (!confidence || reviews.has(key)) {
			if (reviews.has(key))
				s.report(REVIEW_FILE, {
					line: r.line,
					column: 'event',
					value: key,
					reason: 'duplicate of an earlier row'
				});
			continue;
		}
		reviews.set(key, {
			confidence,
			confidence_reason: v('confidence_reason'),
			scope_kind: scopeKind,
			scope: v('scope'),
			known_from: knownFrom && precisionOf(knownFrom) ? knownFrom : null,
			known_from_source: v('known_from_source'),
			line: r.line,
			used: false
		});
	}
	return reviews;
}

export function readRatificationEvents(
	s: SeedReader,
	known: { countries: ReadonlySet<string>; instruments: ReadonlySet<string> }
): Row[] {
	const rows: Row[] = [];
	const reviews = readReviews(s);
	for (const file of EVENT_FILES) {
		const seen = new Set<string>();
		for (const r of s.read(file, RATIFICATION_CSV_COLUMNS)) {
			const parsed = parseRatificationRow(r.values, r.line, known);
			if (!parsed.ok) {
				parsed.errors.forEach((e) => s.report(file, e));
				continue;
			}
			const e = parsed.value;
			const key = `${file}:${e.iso3}:${e.instrument}:${r.values.event}`;
			if (!s.unique(file, r, seen, key, 'event')) continue;
			const review = reviews.get(reviewKey(file, e.iso3, e.instrument, r.values.event));
			if (!review) {
				s.report(file, {
					line: r.line,
					column: 'event',
					value: `${e.iso3} ${e.instrument} ${r.values.event}`,
					reason: `no row in ${REVIEW_FILE}: review its confidence (and scope, and known-from date if undated) first`
				});
				continue;
			}
			review.used = true;
			rows.push({
				iso3: e.iso3,
				instrument: e.instrument,
				kind: e.kind,
				date: e.date,
				precision: e.precision,
				recorded_on: SEED_RECORDED_ON,
				notes: e.notes,
				source_url: e.sourceUrl,
				source_title: e.sourceTitle,
				confidence: review.confidence,
				confidence_reason: review.confidence_reason,
				scope_kind: review.scope_kind,
				scope: review.scope,
				known_from: e.date ? null : review.known_from,
				known_from_source: e.date ? null : review.known_from_source,
				seed_key: key
			});
		}
	}
	for (const [key, review] of reviews)
		if (!review.used)
			s.report(REVIEW_FILE, {
				line: review.line,
				column: 'event',
				value: key,
				reason: 'reviews no event of the event files'
			});
	return rows;
}

export function readNotRatifiedStatements(
	s: SeedReader,
	known: { countries: ReadonlySet<string>; instruments: ReadonlySet<string> }
): Row[] {
	const file = 'ratifications-negative.csv';
	const rows: Row[] = [];
	const seen = new Set<string>();
	for (const r of s.read(file, ['iso3', 'country', 'instrument', 'as_of', 'source'])) {
		const iso3 = s.knownCountry(file, r, 'iso3', known.countries);
		const instrument = s.oneOf(file, r, 'instrument', [...known.instruments]);
		const asOf = s.text(file, r, 'as_of');
		const precision = asOf ? precisionOf(asOf) : null;
		if (asOf && !precision)
			s.report(file, {
				line: r.line,
				column: 'as_of',
				value: asOf,
				reason: `expected a real date as ${PARTIAL_DATE_FORMATS}`
			});
		const statement = s.text(file, r, 'source');
		if (!iso3 || !instrument || !asOf || !precision || !statement) continue;
		const key = `${file}:${iso3}:${instrument}:${asOf}`;
		if (!s.unique(file, r, seen, key, 'as_of')) continue;
		rows.push({
			iso3,
			instrument,
			as_of: asOf,
			precision,
			statement,
			source_url: /https?:\/\/[^\s'")]+/.exec(statement)?.[0] ?? null,
			seed_key: key
		});
	}
	return rows;
}

export function readMigrantStock(s: SeedReader, countries: ReadonlySet<string>): Row[] {
	const file = 'migrant_stock.csv';
	const rows: Row[] = [];
	const seen = new Set<string>();
	for (const r of s.read(file, [
		'iso3',
		'year',
		'immigrant_stock',
		'emigrant_stock',
		'population'
	])) {
		const iso3 = s.knownCountry(file, r, 'iso3', countries);
		const year = s.number(file, r, 'year', { integer: true });
		if (!iso3 || year === null || !s.unique(file, r, seen, `${iso3}:${year}`, 'year')) continue;
		const opt = (c: string, integer = false) => s.number(file, r, c, { optional: true, integer });
		rows.push({
			iso3,
			year,
			immigrant_stock: opt('immigrant_stock', true),
			emigrant_stock: opt('emigrant_stock', true),
			population: opt('population', true),
			immigrant_pct_of_population: opt('immigrant_pct_of_population'),
			emigrant_pct_of_population: opt('emigrant_pct_of_population'),
			female_pct_of_immigrants: opt('female_pct_of_immigrants'),
			ims_data_type: (r.values.ims_data_type ?? '').trim() || null
		});
	}
	return rows;
}

export function readCorridors(s: SeedReader, countries: ReadonlySet<string>): Row[] {
	const file = 'corridors.csv';
	const rows: Row[] = [];
	const seen = new Set<string>();
	for (const r of s.read(file, ['origin_iso3', 'destination_iso3', 'year', 'migrants'])) {
		const origin = s.knownCountry(file, r, 'origin_iso3', countries);
		const destination = s.knownCountry(file, r, 'destination_iso3', countries);
		const year = s.number(file, r, 'year', { integer: true });
		const migrants = s.number(file, r, 'migrants', { integer: true });
		if (!origin || !destination || year === null || migrants === null) continue;
		if (!s.unique(file, r, seen, `${origin}:${destination}:${year}`, 'destination_iso3')) continue;
		rows.push({
			origin_iso3: origin,
			destination_iso3: destination,
			year,
			migrants,
			pct_of_origin_emigrants: s.number(file, r, 'pct_of_origin_emigrants', { optional: true }),
			pct_of_destination_immigrants: s.number(file, r, 'pct_of_destination_immigrants', {
				optional: true
			})
		});
	}
	return rows;
}

export function readRemittances(s: SeedReader): Row[] {
	const file = 'remittances.csv';
	const rows: Row[] = [];
	const seen = new Set<string>();
	for (const r of s.read(file, [
		'iso3',
		'year',
		'inflows_usd_mn_knomad',
		'outflows_usd_mn_knomad'
	])) {
		// Remittances keep World Bank codes (XKX, Kosovo) that the UN DESA country list lacks.
		const iso3 = s.text(file, r, 'iso3', {
			pattern: ISO3,
			accepted: 'an ISO 3166 alpha-3 or World Bank code'
		});
		const year = s.number(file, r, 'year', { integer: true });
		if (!iso3 || year === null || !s.unique(file, r, seen, `${iso3}:${year}`, 'year')) continue;
		const opt = (c: string) => s.number(file, r, c, { optional: true });
		rows.push({
			iso3,
			year,
			inflows_usd_mn_knomad: opt('inflows_usd_mn_knomad'),
			outflows_usd_mn_knomad: opt('outflows_usd_mn_knomad'),
			inflows_usd_mn_wdi: opt('inflows_usd_mn_wdi'),
			outflows_usd_mn_wdi: opt('outflows_usd_mn_wdi'),
			inflows_pct_gdp_wdi: opt('inflows_pct_gdp_wdi')
		});
	}
	return rows;
}

export function readItucFacts(s: SeedReader, countries: ReadonlySet<string>): Row[] {
	const file = 'ituc_rights_index_partial.csv';
	const rows: Row[] = [];
	const seen = new Set<string>();
	for (const r of s.read(file, ['edition', 'iso3', 'rating', 'fact_type', 'fact', 'source_url'])) {
		const edition = s.number(file, r, 'edition', { integer: true });
		const iso3 = s.knownCountry(file, r, 'iso3', countries);
		const factType = s.text(file, r, 'fact_type');
		const fact = s.text(file, r, 'fact');
		const url = s.text(file, r, 'source_url', {
			pattern: /^https?:\/\//,
			accepted: 'an http(s) URL'
		});
		if (edition === null || !iso3 || !factType || !fact || !url) continue;
		const key = `${file}:${edition}:${iso3}:${factType}`;
		if (!s.unique(file, r, seen, key, 'fact_type')) continue;
		rows.push({
			edition,
			iso3,
			rating: (r.values.rating ?? '').trim() || null,
			fact_type: factType,
			fact,
			source_url: url,
			seed_key: key
		});
	}
	return rows;
}

export function readSolidarityAgreements(s: SeedReader, countries: ReadonlySet<string>): Row[] {
	const file = 'solidarity_agreements.csv';
	const rows: Row[] = [];
	const seen = new Set<string>();
	const columns = [
		'origin_iso3',
		'origin_party',
		'destination_iso3',
		'destination_party',
		'signed_on',
		'place',
		'kind',
		'source_title',
		'source_quote'
	];
	for (const r of s.read(file, columns)) {
		const origin = s.knownCountry(file, r, 'origin_iso3', countries);
		const destination = s.knownCountry(file, r, 'destination_iso3', countries);
		const signedOn = s.text(file, r, 'signed_on');
		if (signedOn && !precisionOf(signedOn))
			s.report(file, {
				line: r.line,
				column: 'signed_on',
				value: signedOn,
				reason: `expected ${PARTIAL_DATE_FORMATS}`
			});
		const texts = [
			'origin_party',
			'destination_party',
			'place',
			'kind',
			'source_title',
			'source_quote'
		].map((c) => s.text(file, r, c));
		if (!origin || !destination || !signedOn || texts.some((t) => !t)) continue;
		const key = `${file}:${origin}:${destination}:${signedOn}`;
		if (!s.unique(file, r, seen, key, 'destination_iso3')) continue;
		const [originParty, destinationParty, place, kind, sourceTitle, sourceQuote] = texts;
		rows.push({
			origin_iso3: origin,
			origin_party: originParty,
			destination_iso3: destination,
			destination_party: destinationParty,
			signed_on: signedOn,
			place,
			kind,
			source_title: sourceTitle,
			source_quote: sourceQuote,
			seed_key: key
		});
	}
	return rows;
}
