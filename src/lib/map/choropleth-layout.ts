/**
 * Where the words go around a choropleth drawn as a standalone image: a heading band above the
 * map, a legend band and a notes band below it. Sizes follow the width, so a 2400 px PNG reads like
 * a 600 px one scaled up. Text width is estimated (no font metrics on the server): 0.56 em a
 * character is Noto Sans's average for English plus a margin, and lines wrap at spaces.
 */
import type { MapLegendItem } from './choropleth';

/** Average advance of a Noto Sans character, in em, with a margin so estimates err wide. */
const CHAR_EM = 0.56;

export const BOUNDARIES_NOTE =
	'Boundaries and names shown do not imply official endorsement or acceptance.';

export interface TextLine {
	text: string;
	x: number;
	y: number;
}

export interface LegendCell {
	item: MapLegendItem;
	x: number;
	/** Top of the swatch. */
	y: number;
}

export interface ChoroplethLayout {
	/** Whole drawing, bands included. */
	width: number;
	height: number;
	/** Top of the map inside the drawing. */
	mapY: number;
	fontSize: number;
	heading: { fontSize: number; lines: TextLine[] };
	legend: { swatch: number; cells: LegendCell[] };
	note: { fontSize: number; lines: TextLine[] };
}

export interface LayoutOptions {
	title: string | null;
	legend: readonly MapLegendItem[] | null;
	/** Sentences drawn above the boundaries note (coverage and its date), each wrapped to the width. */
	notes?: readonly string[];
}

/** Base text size: 15 px on a 960 px map, never below 11 px. */
export function baseFontSize(width: number): number {
	return Math.max(11, Math.round((width / 64) * 10) / 10);
}

/** Split `text` at spaces into lines no wider than `maxWidth` px (a long word gets its own line). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
	const perLine = Math.max(8, Math.floor(maxWidth / (fontSize * CHAR_EM)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (next.length > perLine && line) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

export function choroplethLayout(
	map: { width: number; height: number },
	options: LayoutOptions
): ChoroplethLayout {
	const { width } = map;
	const fontSize = baseFontSize(width);
	const pad = Math.round(fontSize * 0.8);
	const inner = width - 2 * pad;
	let y = 0;

	const headingSize = Math.round(fontSize * 1.2 * 10) / 10;
	const headingLines: TextLine[] = [];
	if (options.title) {
		y += pad;
		for (const text of wrapText(options.title, inner, headingSize)) {
			y += headingSize * 1.25;
			headingLines.push({ text, x: pad, y: round(y - headingSize * 0.25) });
		}
		y += pad / 2;
	}
	const mapY = round(y);
	y += map.height;

	const swatch = Math.round(fontSize * 1.1);
	const cells: LegendCell[] = [];
	if (options.legend?.length) {
		const labelWidth = Math.max(
			...options.legend.map((item) => legendText(item).length * fontSize * CHAR_EM)
		);
		const cellWidth = swatch + fontSize * 0.5 + labelWidth + fontSize * 1.5;
		const columns = Math.max(1, Math.min(options.legend.length, Math.floor(inner / cellWidth)));
		const rowHeight = Math.round(fontSize * 1.7);
		y += pad / 2;
		options.legend.forEach((item, i) => {
			const column = i % columns;
			const row = Math.floor(i / columns);
			cells.push({
				item,
				x: round(pad + column * (inner / columns)),
				y: round(y + row * rowHeight)
			});
		});
		y += Math.ceil(options.legend.length / columns) * rowHeight;
	}

	const noteSize = Math.round(fontSize * 0.8 * 10) / 10;
	const noteLines: TextLine[] = [];
	y += noteSize * 0.5;
	for (const text of [...(options.notes ?? []), BOUNDARIES_NOTE].flatMap((note) =>
		wrapText(note, inner, noteSize)
	)) {
		y += noteSize * 1.3;
		noteLines.push({ text, x: pad, y: round(y - noteSize * 0.3) });
	}
	y += noteSize * 0.6;

	return {
		width,
		height: Math.ceil(y),
		mapY,
		fontSize,
		heading: { fontSize: headingSize, lines: headingLines },
		legend: { swatch, cells },
		note: { fontSize: noteSize, lines: noteLines }
	};
}

/** A legend row as the image prints it: "In force (53)". */
export function legendText(item: MapLegendItem): string {
	return `${item.label} (${item.count})`;
}

function round(v: number): number {
	return Math.round(v * 10) / 10;
}
