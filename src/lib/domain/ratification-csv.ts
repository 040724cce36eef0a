/**
 * Reads one row of the ratification events format (seeds/ratifications.csv: iso3, country, instrument,
 * event, date, status, notes, source) into an event. Used by the seed loader and, later, by the bulk
 * import, so both accept exactly the same rows. Pure: the caller supplies the known codes.
 */
import * as v from 'valibot';
import { precisionOf, PARTIAL_DATE_FORMATS, type DatePrecision } from './partial-date';
import type { Confidence, EventKind, ScopeKind } from './ratification-event';
import type { RowError } from './row-error';

export const RATIFICATION_CSV_COLUMNS = [
	'iso3',
	'country',
	'instrument',
	'event',
	'date',
	'status',
	'notes',
	'source'
] as const;

/** The `event` column's words and the kinds they become. */
export const CSV_EVENT_WORDS = ['signed', 'ratified', 'entered_into_force', 'denounced'] as const;
export const CSV_STATUS_WORDS = ['in_force', 'not_in_force', 'party', 'signatory'] as const;

export interface ParsedRatificationRow {
	iso3: string;
	instrument: string;
	kind: EventKind;
	date: string | null;
	precision: DatePrecision;
	notes: string;
	sourceUrl: string;
	sourceTitle: string | null;
	confidence: Confidence;
	confidenceReason: string | null;
	scopeKind: ScopeKind | null;
	scope: string | null;
	knownFrom: string | null;
	knownFromSource: string | null;
}

const httpUrl = v.pipe(
	v.string(),
	v.trim(),
	v.nonEmpty('a source URL is required: no event without a source'),
	v.check((s) => {
		try {
			return ['http:', 'https:'].includes(new URL(s.split(/\s/)[0]).protocol);
		} catch {
			return false;
		}
	}, 'the source must start with an http:// or https:// URL')
);

const RowSchema = v.object({
	iso3: v.pipe(
		v.string(),
		v.trim(),
		v.regex(/^[A-Z]{3}$/, 'expected an ISO 3166 alpha-3 code such as NPL')
	),
	instrument: v.pipe(v.string(), v.trim(), v.nonEmpty('an instrument code is required')),
	event: v.picklist(CSV_EVENT_WORDS, `expected one of ${CSV_EVENT_WORDS.join(', ')}`),
	date: v.pipe(
		v.string(),
		v.trim(),
		v.check(
			(s) => s === '' || precisionOf(s) !== null,
			`expected a real date as ${PARTIAL_DATE_FORMATS}, or empty when the source gives none`
		)
	),
	status: v.picklist(CSV_STATUS_WORDS, `expected one of ${CSV_STATUS_WORDS.join(', ')}`),
	notes: v.optional(v.string(), ''),
	source: httpUrl
});

/**
 * The kind the source states. `ratified` is a ratification, unless the notes carry the source's own
 * marker for an accession ("accession (a)", UN Treaty Collection) or record a succession from a
 * predecessor state (NORMLEX records those against the successor).
 */
export function eventKindOf(event: (typeof CSV_EVENT_WORDS)[number], notes: string): EventKind {
	if (event === 'signed') return 'signature';
	if (event === 'entered_into_force') return 'entry_into_force';
	if (event === 'denounced') return 'denunciation';
	if (/^accession\b/i.test(notes.trim())) return 'accession';
	if (/succession from (the )?former/i.test(notes)) return 'succession';
	return 'ratification';
}

/** The sentence of the notes around a keyword, so the reason can be read without the whole note. */
function clauseAround(notes: string, keyword: RegExp): string {
	const match = keyword.exec(notes);
	if (!match) return '';
	const start = Math.max(0, notes.lastIndexOf(';', match.index) + 1);
	const endAt = notes.indexOf(';', match.index);
	const clause = notes.slice(start, endAt === -1 ? undefined : endAt).trim();
	return clause.length > 240 ? `${clause.slice(0, 237)}…` : clause;
}

const DISPUTED = /\b(CONFLICT|DISCREPANCY|conflicts with|disagree)/;
const INFERRED = /\binferred\b|\bassumed\b/i;
const SECONDARY = /secondary|wikipedia|mirror|\bverify\b/i;
/** The depositaries (ILO, UN), their supervisory bodies and UN agencies: official sources. */
const OFFICIAL_SOURCE =
	/^https?:\/\/([a-z0-9-]+\.)*(ilo\.org|ilo\.ch|ilo\.int|oit\.org|un\.org|ohchr\.org|unesco\.org|refworld\.org)(\/|$)/i;

/**
 * A first confidence for a record that no reviewer has read yet (a bulk import): from what the
 * compilers wrote and where the source lives. Disputed beats inferred beats secondary beats sourced;
 * a source outside the depositaries and UN agencies is secondary. The seeds carry a reviewed
 * confidence for every row instead (seeds/ratifications-review.csv), which this never overrides.
 */
export function confidenceOf(
	notes: string,
	sourceUrl = ''
): { confidence: Confidence; reason: string | null } {
	const official = sourceUrl === '' || OFFICIAL_SOURCE.test(sourceUrl);
	const host = /^https?:\/\/(www\.)?([^/]+)/i.exec(sourceUrl)?.[2] ?? sourceUrl;
	if (DISPUTED.test(notes))
		return { confidence: 'disputed', reason: clauseAround(notes, DISPUTED) };
	if (INFERRED.test(notes))
		return {
			confidence: 'inferred',
			reason: clauseAround(notes, INFERRED) + (official ? '' : `; source is secondary (${host})`)
		};
	if (!official)
		return {
			confidence: 'secondary',
			reason: `Source at ${host}: not the depositary (ILO, UN), its supervisory bodies or the state itself`
		};
	if (SECONDARY.test(notes))
		return { confidence: 'secondary', reason: clauseAround(notes, SECONDARY) };
	return { confidence: 'sourced', reason: null };
}

export function parseRatificationRow(
	record: Record<string, string>,
	line: number,
	known: { countries: ReadonlySet<string>; instruments: ReadonlySet<string> }
): { ok: true; value: ParsedRatificationRow } | { ok: false; errors: RowError[] } {
	const result = v.safeParse(RowSchema, record);
	const errors: RowError[] = result.success
		? []
		: result.issues.map((issue) => {
				const column = String(issue.path?.[0]?.key ?? '(row)');
				return { line, column, value: String(record[column] ?? ''), reason: issue.message };
			});
	// Unknown codes are reported beside any other problem of the row, not only once it is otherwise valid.
	const iso3 = String(record.iso3 ?? '').trim();
	const instrument = String(record.instrument ?? '').trim();
	if (/^[A-Z]{3}$/.test(iso3) && !known.countries.has(iso3))
		errors.push({
			line,
			column: 'iso3',
			value: iso3,
			reason: 'not a country in the seeds (countries come from migrant_stock.csv)'
		});
	if (instrument && !known.instruments.has(instrument))
		errors.push({
			line,
			column: 'instrument',
			value: instrument,
			reason: `not an instrument in instruments.csv (known: ${[...known.instruments].join(', ')})`
		});
	if (errors.length || !result.success) return { ok: false, errors };
	const row = result.output;
	const { confidence, reason } = confidenceOf(row.notes, row.source.split(/\s/)[0]);
	return {
		ok: true,
		value: {
			iso3: row.iso3,
			instrument: row.instrument,
			kind: eventKindOf(row.event, row.notes),
			date: row.date === '' ? null : row.date,
			precision: row.date === '' ? 'unknown' : precisionOf(row.date)!,
			notes: row.notes,
			sourceUrl: row.source.split(/\s/)[0],
			// Some rows name a second source after the URL ("… ; cross-check …"): keep it beside.
			sourceTitle: row.source.split(/\s/).slice(1).join(' ').replace(/^;\s*/, '') || null,
			confidence,
			confidenceReason: reason,
			scopeKind: null,
			scope: null,
			knownFrom: null,
			knownFromSource: null
		}
	};
}
