/**
 * A map as a standalone SVG file: the ChoroplethMap component rendered on the server with
 * svelte/server, so the image, the embed and the page draw from one component and never from text
 * pasted into an SVG string.
 */
import { render } from 'svelte/server';
import ChoroplethMap from '$lib/components/map/ChoroplethMap.svelte';
import type { Choropleth } from '$lib/map/choropleth';
import type { MapTheme } from '$lib/map/map-theme';

export interface MapLook {
	theme: MapTheme;
	transparent: boolean;
	/** Map only: no heading or legend drawn around it. */
	plain: boolean;
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * Svelte's server output marks blocks with empty comments (<!--[-->, <!--]-->, <!---->) for
 * hydration. A file that is never hydrated does not need them: removing them saves about 5 % of a
 * world map's bytes. Text and attribute values are escaped by Svelte, so the pattern can only
 * match these markers.
 */
const HYDRATION_MARKER = /<!--(?:\[!?-?\d*|\])?-->/g;

export function withoutHydrationMarkers(markup: string): string {
	return markup.replace(HYDRATION_MARKER, '');
}

/** The SVG document for `map`; State links are absolute (`origin`), as a file can travel anywhere. */
export function renderMapSvg(map: Choropleth, look: MapLook, origin: string): string {
	const { body } = render(ChoroplethMap, {
		props: {
			map,
			theme: look.theme,
			transparent: look.transparent,
			heading: !look.plain,
			legend: !look.plain,
			linkBase: origin
		}
	});
	return XML_DECLARATION + withoutHydrationMarkers(body).trim() + '\n';
}
