/**
 * The HTML document of an embed frame: the MapEmbed component rendered with svelte/server inside a
 * minimal shell. Embeds are not SvelteKit pages on purpose: a page always sits inside the root
 * layout (the site's header, navigation and footer; SvelteKit cannot break out of the root
 * layout), and it would ship the framework's JavaScript to every campaign page that shows a map.
 * This document is the map, one line of credit and an 0.8 kB inline script.
 */
import { createHash } from 'node:crypto';
import { render } from 'svelte/server';
import MapEmbed from '$lib/components/embed/MapEmbed.svelte';
import frameScript from '$lib/embed/frame-script.js?raw';
import type { Choropleth } from '$lib/map/choropleth';
import { MAP_COLOURS } from '$lib/map/map-theme';
import type { MapLook } from './svg';
import { withoutHydrationMarkers } from './svg';

export interface EmbedContent {
	map: Choropleth;
	look: MapLook;
	asOfText: string;
	/** Absolute path of the full map page, with its query. */
	mapHref: string;
	sourcesHref: string;
}

/** The one script an embed runs, allowed by its hash in the embed's Content-Security-Policy. */
export const EMBED_SCRIPT_CSP_HASH = `'sha256-${createHash('sha256').update(frameScript).digest('base64')}'`;

/** Escape for a double-quoted attribute value. */
function attribute(value: string): string {
	return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function renderEmbedDocument(content: EmbedContent): string {
	const { map, look } = content;
	const { head, body } = render(MapEmbed, {
		props: {
			map,
			theme: look.theme,
			transparent: look.transparent,
			plain: look.plain,
			asOfText: content.asOfText,
			mapHref: content.mapHref,
			sourcesHref: content.sourcesHref,
			frameScript
		}
	});
	// The page behind the map: the theme's colour, or none so the host page shows through.
	const background = look.transparent ? 'transparent' : MAP_COLOURS[look.theme].background;
	return [
		'<!doctype html>',
		'<html lang="en">',
		'<head>',
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		// The full map is the page to index and to share; the frame is a copy of it.
		'<meta name="robots" content="noindex">',
		withoutHydrationMarkers(head).trim(),
		'</head>',
		`<body style="background:${attribute(background)}">`,
		withoutHydrationMarkers(body).trim(),
		'</body>',
		'</html>',
		''
	].join('\n');
}
