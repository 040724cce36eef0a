/**
 * The Atom feeds of published changes (all, per country, per instrument): the public audit rows as
 * feed entries, answered with an ETag like every other export.
 */
import { renderAtomFeed, tagUri, type AtomEntry } from '../domain/atom-feed';
import { changeText, describeChange } from '../domain/audit-change';
import { config } from './config.js';
import type { TrackerDb } from './db';
import * as auditLog from './db/queries/audit-log';
import * as dataVersion from './db/queries/data-version';
import { CACHE_CONTROL } from './http/cache-policy';
import { cacheableResponse } from './http/cacheable-response';

export const ATOM_TYPE = 'application/atom+xml; charset=utf-8';
/** Feed readers poll; the newest changes are what they need. */
export const FEED_ENTRIES = 100;

export interface FeedSubject {
	/** Path of the feed itself, e.g. /feeds/countries/NPL.atom. */
	path: string;
	title: string;
	subtitle: string;
	/** Path of the page the feed follows, e.g. /countries/NPL/history. */
	alternatePath: string;
	filter: auditLog.HistoryFilter;
}

export function feedEntry(entry: auditLog.HistoryEntry, origin: string): AtomEntry {
	const host = new URL(origin).host;
	const lines = describeChange(entry.before, entry.after);
	const content = [
		entry.summary,
		lines.length ? changeText(lines) : '',
		entry.source ? `Source: ${entry.source}` : '',
		`By ${entry.who}, ${entry.at.slice(0, 10)}.`
	]
		.filter(Boolean)
		.join('\n\n');
	return {
		id: tagUri(host, entry.at.slice(0, 10), `change/${entry.id}`),
		title: `${entry.countryName ?? 'Several countries'}: ${entry.summary}`,
		updated: entry.at,
		author: entry.who,
		content,
		link: `${origin}${entry.iso3 ? `/countries/${entry.iso3}` : '/'}`,
		categories: [entry.iso3, entry.instrument].filter((c): c is string => Boolean(c))
	};
}

export function feedResponse(db: TrackerDb, request: Request, subject: FeedSubject): Response {
	const { origin } = config();
	const entries = auditLog.listPublic(db, { ...subject.filter, limit: FEED_ENTRIES });
	// Atom needs an updated instant even for an empty feed: the last change to the data will do.
	const updated = entries[0]?.at ?? dataVersion.current(db).changedAt ?? new Date(0).toISOString();
	const body = renderAtomFeed({
		id: `${origin}${subject.path}`,
		title: subject.title,
		subtitle: subject.subtitle,
		updated,
		selfUrl: `${origin}${subject.path}`,
		alternateUrl: `${origin}${subject.alternatePath}`,
		author: 'Ratification tracker',
		entries: entries.map((e) => feedEntry(e, origin))
	});
	return cacheableResponse(request, {
		body,
		contentType: ATOM_TYPE,
		cacheControl: CACHE_CONTROL.current
	});
}
