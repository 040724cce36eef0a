/**
 * A tiny Atom 1.0 writer (RFC 4287) for the feeds of published changes. Every text and attribute goes
 * through one escaping function, which also drops the characters XML 1.0 forbids, so whatever a
 * centre typed cannot break the document or smuggle markup into a feed reader.
 */

/**
 * Characters stripped from every text: those XML 1.0 forbids (C0 controls other than tab, LF and CR,
 * U+FFFE, U+FFFF, lone surrogates) and the DEL and C1 controls it allows but discourages.
 */
const FORBIDDEN =
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&apos;'
};

/** Text safe inside an XML element or a quoted attribute. */
export function escapeXml(text: string): string {
	return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

export interface AtomEntry {
	/** A permanent IRI: a tag: URI (see tagUri) or a urn. */
	id: string;
	title: string;
	/** ISO 8601 instant. */
	updated: string;
	author: string;
	/** Plain text; feed readers show it as it is (type="text"). */
	content: string;
	/** The page the entry is about (rel="alternate"). */
	link: string;
	categories?: string[];
}

export interface AtomFeed {
	/** A permanent IRI for the feed; its own address is fine. */
	id: string;
	title: string;
	subtitle?: string;
	/** ISO 8601 instant of the latest change. */
	updated: string;
	/** The feed's own address (rel="self"). */
	selfUrl: string;
	/** The page the feed is about (rel="alternate"). */
	alternateUrl: string;
	/** Shown when an entry names no author; Atom requires one for the feed or every entry. */
	author: string;
	entries: AtomEntry[];
}

/**
 * A tag: URI (RFC 4151): stable as long as the site keeps its host name. `date` is a day the
 * site's owner held the host (the entry's own day is a common and valid choice).
 */
export function tagUri(host: string, date: string, specific: string): string {
	const authority = host.replace(/:\d+$/, '').toLowerCase();
	return `tag:${authority},${date}:${specific}`;
}

type Attributes = Record<string, string | undefined>;

function element(name: string, attributes: Attributes, content?: string): string {
	const attrs = Object.entries(attributes)
		.filter((entry): entry is [string, string] => entry[1] !== undefined)
		.map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
		.join('');
	return content === undefined ? `<${name}${attrs}/>` : `<${name}${attrs}>${content}</${name}>`;
}

const text = (name: string, value: string, attributes: Attributes = {}) =>
	element(name, attributes, escapeXml(value));

function renderEntry(entry: AtomEntry): string {
	return [
		'  <entry>',
		`    ${text('id', entry.id)}`,
		`    ${text('title', entry.title, { type: 'text' })}`,
		`    ${text('updated', entry.updated)}`,
		`    ${element('author', {}, text('name', entry.author))}`,
		`    ${element('link', { rel: 'alternate', type: 'text/html', href: entry.link })}`,
		...(entry.categories ?? []).map((term) => `    ${element('category', { term })}`),
		`    ${text('content', entry.content, { type: 'text' })}`,
		'  </entry>'
	].join('\n');
}

/** The feed as an XML document (UTF-8). */
export function renderAtomFeed(feed: AtomFeed): string {
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		`  ${text('id', feed.id)}`,
		`  ${text('title', feed.title, { type: 'text' })}`,
		...(feed.subtitle ? [`  ${text('subtitle', feed.subtitle, { type: 'text' })}`] : []),
		`  ${text('updated', feed.updated)}`,
		`  ${element('link', { rel: 'self', type: 'application/atom+xml', href: feed.selfUrl })}`,
		`  ${element('link', { rel: 'alternate', type: 'text/html', href: feed.alternateUrl })}`,
		`  ${element('author', {}, text('name', feed.author))}`,
		...feed.entries.map(renderEntry),
		'</feed>',
		''
	].join('\n');
}
