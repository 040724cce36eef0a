/**
 * oEmbed (https://oembed.com, §2) for map pages: given the address of a map page or embed of this
 * site, the iframe to paste, sized for the consumer's maxwidth and maxheight, plus the host script
 * that fits the frame to its content.
 *
 * Absolute addresses use the configured origin (ORIGIN, src/lib/server/config.js), never the
 * request's: behind a proxy adapter-node guesses the scheme (https) from nothing, and a snippet
 * pasted into another site must point at the public address. A `url` is ours when it is on that
 * origin, or on the host the request came to (the same server reached by another name).
 */
import { MAP_IMAGE_PARAMS, MAP_PARAMS, mapQueryString, type MapQuery } from '$lib/domain/map-query';
import { paramError, type ParamError } from '$lib/domain/query-error';
import type { TrackerData } from '$lib/domain/tracker-data';
import { instrumentLookup, parseMapParams } from '../map-view';
import { imageCacheControl } from './cache-policy';
import type { MapSubject } from './map-subject';
import { renderedMap } from './rendered-map';

export const PROVIDER_NAME = 'Ratification tracker';
/** Frame width when the consumer gives no maxwidth: a typical article column. */
export const DEFAULT_FRAME_WIDTH = 640;
/** The embed's credit line below the map: one line, or two in frames narrower than this. */
const CREDIT_ONE_LINE_PX = 30;
const CREDIT_TWO_LINES_PX = 48;
const CREDIT_WRAPS_BELOW_PX = 520;
const MAX_DIMENSION = 10_000;

export interface OEmbedRequest {
	url: URL;
	subject: MapSubject;
	query: MapQuery;
	maxWidth: number | null;
	maxHeight: number | null;
}

export interface OEmbedRich {
	version: '1.0';
	type: 'rich';
	provider_name: string;
	provider_url: string;
	title: string;
	html: string;
	width: number;
	height: number;
	cache_age: number;
}

export type OEmbedParse =
	| { status: 'ok'; value: OEmbedRequest }
	| { status: 'bad_request'; errors: ParamError[] }
	| { status: 'not_implemented'; format: string }
	| { status: 'not_found'; message: string };

const MAP_PATH = /^\/(?:embed\/)?maps\/([^/.]+)$/;

/** Read /oembed's own parameters and the map address in `url`. */
export function parseOEmbed(
	params: URLSearchParams,
	site: { origin: string; requestHost: string },
	data: TrackerData
): OEmbedParse {
	const errors: ParamError[] = [];
	const format = params.get('format') ?? 'json';
	const size = (name: string) => {
		const raw = params.get(name);
		if (raw === null) return null;
		if (/^\d{1,5}$/.test(raw) && Number(raw) >= 1 && Number(raw) <= MAX_DIMENSION)
			return Number(raw);
		errors.push(paramError(name, raw, `a whole number of pixels from 1 to ${MAX_DIMENSION}`));
		return null;
	};
	const maxWidth = size('maxwidth');
	const maxHeight = size('maxheight');
	const raw = params.get('url');
	let url: URL | null = null;
	if (!raw) errors.push(paramError('url', '', 'the address of a map page, such as /maps/C097'));
	else {
		try {
			url = new URL(raw);
		} catch {
			errors.push(paramError('url', raw, 'an absolute address, such as https://…/maps/C097'));
		}
	}
	if (errors.length || !url) return { status: 'bad_request', errors };
	// oEmbed §2.3.4: a format the provider does not offer is 501 Not Implemented.
	if (format !== 'json') return { status: 'not_implemented', format };

	const notOurs = { status: 'not_found', message: `${raw} is not a map of this site.` } as const;
	const ours =
		url.origin === site.origin ||
		(['http:', 'https:'].includes(url.protocol) && url.host === site.requestHost);
	const match = MAP_PATH.exec(url.pathname);
	if (!ours || !match) return notOurs;
	let subject: MapSubject;
	if (match[1] === 'coverage') subject = { type: 'coverage' };
	else {
		const lookup = instrumentLookup(match[1], data);
		if (lookup.status === 'not_found') return notOurs;
		subject = {
			type: 'instrument',
			code: lookup.status === 'moved' ? lookup.code : lookup.instrument.code
		};
	}
	// A page address may carry the table's order (sort, dir), which the frame has no use for.
	const query = parseMapParams(url.searchParams, MAP_PARAMS, {}, data);
	if (!query.ok) return notOurs;
	return { status: 'ok', value: { url, subject, query: query.value, maxWidth, maxHeight } };
}

function attribute(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

/** The answer for a parsed request: the frame sized to the map's proportions within the bounds. */
export async function oEmbedAnswer(
	request: OEmbedRequest,
	origin: string,
	data: TrackerData
): Promise<OEmbedRich> {
	const { subject, query } = request;
	const drawing = await renderedMap('svg', subject, query, data);
	const credit = (w: number) =>
		query.plain ? 0 : w < CREDIT_WRAPS_BELOW_PX ? CREDIT_TWO_LINES_PX : CREDIT_ONE_LINE_PX;
	const heightAt = (w: number) => Math.ceil((w * drawing.height) / drawing.width) + credit(w);
	let width = Math.min(request.maxWidth ?? DEFAULT_FRAME_WIDTH, query.width);
	if (request.maxHeight !== null && heightAt(width) > request.maxHeight) {
		const fit = Math.floor(((request.maxHeight - credit(width)) * drawing.width) / drawing.height);
		width = Math.max(1, Math.min(width, fit));
		while (width > 1 && heightAt(width) > request.maxHeight) width--;
	}
	const height = heightAt(width);
	const segment = subject.type === 'coverage' ? 'coverage' : subject.code;
	const src = `${origin}/embed/maps/${segment}${mapQueryString(query, MAP_IMAGE_PARAMS)}`;
	const html =
		`<iframe src="${attribute(src)}" title="${attribute(drawing.title)}" width="${width}" height="${height}" ` +
		`style="width:100%;max-width:${width}px;height:auto;aspect-ratio:${width}/${height};border:0" ` +
		`loading="lazy" data-ratification-tracker></iframe>` +
		`<script async src="${attribute(origin)}/embed.js"></script>`;
	const maxAge = /s-maxage=(\d+)/.exec(imageCacheControl(query))![1];
	return {
		version: '1.0',
		type: 'rich',
		provider_name: PROVIDER_NAME,
		provider_url: `${origin}/`,
		title: drawing.title,
		html,
		width,
		height,
		cache_age: Number(maxAge)
	};
}

/** For the page's <link rel="alternate" type="application/json+oembed">: /oembed?url=… */
export function oEmbedDiscoveryPath(pageUrl: string): string {
	return `/oembed?url=${encodeURIComponent(pageUrl)}&format=json`;
}
