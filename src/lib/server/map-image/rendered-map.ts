/**
 * Maps rendered for a URL (SVG, PNG, embed page), held in a bounded in-memory cache. The key names
 * everything that changes the bytes: the output, the map, the view, the day (today's date when
 * as_of is not given, so today's maps roll over at midnight UTC by themselves), whether the day was
 * asked for (links then carry it), the group, the width and the flags. The data version is held by
 * the cache itself, which empties when the data changes.
 *
 * Each entry keeps its bytes, encoded once, and their ETag, hashed once, so a cache hit or a 304
 * costs neither rendering nor hashing.
 */
import type { MapQuery } from '$lib/domain/map-query';
import { formatPartialDate } from '$lib/domain/partial-date';
import type { TrackerData } from '$lib/domain/tracker-data';
import { legendRows, type Choropleth } from '$lib/map/choropleth';
import { choroplethLayout } from '$lib/map/choropleth-layout';
import { config } from '../config.js';
import { strongEtag } from '../http/etag';
import { coverageMapView, instrumentMapView } from '../map-view';
import { renderEmbedDocument } from './embed-document';
import { mapPagePath, type MapSubject } from './map-subject';
import { svgToPng } from './png';
import { emptyPrecompressed, type Precompressed } from './precompressed';
import { RenderCache } from './render-cache';
import { renderMapSvg, type MapLook } from './svg';

export type MapOutput = 'svg' | 'png' | 'embed';

export const CONTENT_TYPES: Record<MapOutput, string> = {
	svg: 'image/svg+xml; charset=utf-8',
	png: 'image/png',
	embed: 'text/html; charset=utf-8'
};

export interface RenderedMap {
	output: MapOutput;
	body: Uint8Array;
	/** Brotli and gzip copies of a text output, made on first demand (precompressed.ts). */
	compressed: Precompressed | null;
	etag: string;
	/** The drawing's size in px, bands for heading, legend and notes included (PNG: its pixels). */
	width: number;
	height: number;
	title: string;
}

/**
 * About 250 world maps at 960 px, or 60 MB of the largest PNGs: enough for every instrument, view
 * and flag at today's date plus the past days people link to, small beside the server's memory.
 */
export const RENDER_CACHE_LIMITS = { maxEntries: 500, maxBytes: 64 * 1024 * 1024 };

/** Bytes an entry holds: the body, and for text its compressed copies (about a third more). */
const entryBytes = (r: RenderedMap) =>
	Math.ceil(r.body.byteLength * (r.compressed ? 1.35 : 1)) + 200;

const cache = new RenderCache<RenderedMap>(RENDER_CACHE_LIMITS, entryBytes);

export function renderKey(output: MapOutput, subject: MapSubject, query: MapQuery): string {
	const flags = `${+query.plain}${+query.dark}${+query.transparent}`;
	return [
		output,
		subject.type === 'coverage' ? 'coverage' : subject.code,
		query.view,
		query.asOf,
		query.asOfExplicit ? 'pinned' : 'today',
		query.group ?? '',
		query.width,
		flags
	].join('|');
}

/**
 * The map `subject` as `output`, from the cache or rendered now. `subject` must be known (an
 * instrument code in its canonical spelling): routes answer 404 or redirect before calling this.
 */
export function renderedMap(
	output: MapOutput,
	subject: MapSubject,
	query: MapQuery,
	data: TrackerData
): Promise<RenderedMap> {
	return cache.getOrRender(renderKey(output, subject, query), data.version, () =>
		render(output, subject, query, data)
	);
}

async function render(
	output: MapOutput,
	subject: MapSubject,
	query: MapQuery,
	data: TrackerData
): Promise<RenderedMap> {
	if (output === 'png') {
		// The PNG is the SVG rasterised: reuse (or leave behind) the cached SVG.
		const svg = await renderedMap('svg', subject, query, data);
		const body = await svgToPng(Buffer.from(svg.body), query.width);
		return {
			...svg,
			output,
			body,
			// PNG is compressed already; serve.js does not compress it again.
			compressed: null,
			etag: strongEtag(body),
			height: pngHeight(body)
		};
	}
	const map = choropleth(subject, query, data);
	const look: MapLook = {
		theme: query.dark ? 'dark' : 'light',
		transparent: query.transparent,
		plain: query.plain
	};
	const text =
		output === 'svg'
			? renderMapSvg(map, look, config().origin)
			: renderEmbedDocument({
					map,
					look,
					asOfText: formatPartialDate(query.asOf),
					mapHref: mapPagePath(subject, query),
					sourcesHref: '/about/data'
				});
	const body = new TextEncoder().encode(text);
	const layout = choroplethLayout(map, {
		title: look.plain ? null : map.title,
		legend: look.plain ? null : legendRows(map)
	});
	return {
		output,
		body,
		compressed: emptyPrecompressed(),
		etag: strongEtag(body),
		width: layout.width,
		height: layout.height,
		title: map.title
	};
}

function choropleth(subject: MapSubject, query: MapQuery, data: TrackerData): Choropleth {
	if (subject.type === 'coverage') return coverageMapView(query, query.width, data).map;
	const result = instrumentMapView(subject.code, query, query.width, data);
	if (result.status !== 'found')
		throw new RangeError(
			`Expected a known instrument in its canonical spelling, got "${subject.code}" (${result.status}).`
		);
	return result.view.map;
}

/** Height from the PNG's IHDR chunk (bytes 20–23, big-endian). */
function pngHeight(png: Uint8Array): number {
	return new DataView(png.buffer, png.byteOffset, png.byteLength).getUint32(20);
}
