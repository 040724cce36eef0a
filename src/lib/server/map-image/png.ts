/**
 * SVG to PNG with resvg, using the Noto Sans files shipped in node_modules and never the system's
 * fonts, so an image's text is the same on every machine (a server without fonts would otherwise
 * draw no text at all). renderAsync runs on libuv's thread pool, so a large PNG does not hold up
 * other requests.
 */
import { renderAsync } from '@resvg/resvg-js';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The faces the map uses (MAP_FONT_FAMILY in src/lib/map/map-theme.ts): regular and bold. */
const FONT_FILES = [
	require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
	require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf')
];

/** A PNG of `svg` scaled to `width` px wide (the height follows the SVG's aspect). */
export async function svgToPng(svg: string | Buffer, width: number): Promise<Uint8Array> {
	const image = await renderAsync(svg, {
		fitTo: { mode: 'width', value: width },
		font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
		logLevel: 'off'
	});
	return new Uint8Array(image.asPng());
}
