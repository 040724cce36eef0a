/**
 * What the "Embed and download" panel offers for one map: the iframe to paste (live, following
 * every update, or frozen on one day), an image with a link back, and the SVG, PNG and CSV
 * addresses. Snippets are HTML for other sites, so every value put into an attribute is escaped.
 */
import { mapQueryString, MAP_IMAGE_PARAMS, type MapQuery } from '$lib/domain/map-query';
import { formatPartialDate } from '$lib/domain/partial-date';

/** PNG width offered for download and in the image snippet: sharp on a 2× screen at 600 px. */
export const DOWNLOAD_PNG_WIDTH = 1200;
/** First height of an embed's frame, before /embed.js sizes it to its content. */
const FRAME_EXTRA_HEIGHT = 200;

export interface MapSnippets {
	live: string;
	frozen: string;
	/** The day the frozen snippet pins (YYYY-MM-DD). */
	frozenOn: string;
	image: string;
	svg: string;
	png: string;
	csv: string;
	/** oEmbed discovery for this page (<link rel="alternate" type="application/json+oembed">). */
	oembed: string;
}

export interface MapSnippetInput {
	/** Public origin, e.g. https://tracker.example.org. */
	origin: string;
	/** 'C097' or 'coverage': the map's name in /maps/… addresses. */
	map: string;
	/** Instrument code for the CSV, or null for the coverage map. */
	instrument: string | null;
	query: MapQuery;
	today: string;
	/** What the map shows, without a day: "C097 Migration for employment: status by State". */
	title: string;
	/** The map in words as of the frozen day (the image's alt text). */
	description: string;
	/** Map height at the page width, for the frame's first height. */
	mapHeight: number;
}

/** Escape a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

export function mapSnippets(input: MapSnippetInput): MapSnippets {
	const { origin, map, query } = input;
	const look = { view: query.view, group: query.group };
	const frozenOn = query.asOfExplicit ? query.asOf : input.today;
	const pinned = { ...look, asOf: frozenOn, asOfExplicit: true };
	const embedUrl = (q: Partial<MapQuery>) =>
		`${origin}/embed/maps/${map}${mapQueryString(q, MAP_IMAGE_PARAMS)}`;
	const frame = (src: string, title: string) =>
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${input.mapHeight + FRAME_EXTRA_HEIGHT}" style="border:0" loading="lazy" data-ratification-tracker></iframe>\n` +
		`<script async src="${escapeAttribute(`${origin}/embed.js`)}"></script>`;
	const shown = { ...look, asOf: query.asOf, asOfExplicit: query.asOfExplicit };
	const png = `${origin}/maps/${map}.png${mapQueryString({ ...shown, width: DOWNLOAD_PNG_WIDTH }, MAP_IMAGE_PARAMS)}`;
	// The image snippet is pinned to its day, so that its alt text stays true.
	const pinnedPng = `${origin}/maps/${map}.png${mapQueryString({ ...pinned, width: DOWNLOAD_PNG_WIDTH }, MAP_IMAGE_PARAMS)}`;
	const pageUrl = `${origin}/maps/${map}${mapQueryString(shown)}`;
	const pinnedPageUrl = `${origin}/maps/${map}${mapQueryString(pinned)}`;
	const csvParams = new URLSearchParams();
	if (query.asOfExplicit) csvParams.set('as_of', query.asOf);
	if (input.instrument) csvParams.set('instrument', input.instrument);
	const csvQuery = csvParams.toString();
	return {
		live: frame(embedUrl(look), input.title),
		frozen: frame(embedUrl(pinned), `${input.title}, as of ${formatPartialDate(frozenOn)}`),
		frozenOn,
		image:
			`<a href="${escapeAttribute(pinnedPageUrl)}"><img src="${escapeAttribute(pinnedPng)}" ` +
			`alt="${escapeAttribute(input.description)}" width="${DOWNLOAD_PNG_WIDTH}" style="max-width:100%;height:auto"></a>`,
		svg: `${origin}/maps/${map}.svg${mapQueryString(shown, MAP_IMAGE_PARAMS)}`,
		png,
		csv: `${origin}/data/matrix.csv${csvQuery ? `?${csvQuery}` : ''}`,
		oembed: `${origin}/oembed?url=${encodeURIComponent(pageUrl)}&format=json`
	};
}
