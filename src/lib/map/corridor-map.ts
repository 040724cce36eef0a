/**
 * The corridor map as plain rows: the state asked about and its partners shaded by the
 * instrument's status (the status palette, with its textures), every other area drawn for context,
 * and the corridors as links (corridor-links.ts). Components only loop over these rows.
 */
import { formatPartialDate } from '$lib/domain/partial-date';
import { STATUSES, STATUS_LABELS, type Status } from '$lib/domain/statuses';
import { groupShapes, type ContextShape, type ShapeMarker } from './state-shapes';
import {
	corridorLinks,
	type AgreementLinkInput,
	type CorridorLink,
	type LinkInput
} from './corridor-links';
import type { MapGeometry } from './geometry';
import { STATUS_FILLS, STATUS_PATTERNS, type StatusPattern } from './palette';
import type { Point } from './state-points';

export interface CorridorMapEnd {
	iso3: string;
	name: string;
	/** The instrument's status; null for a territory, which has none. */
	status: Status | null;
}

export interface CorridorMapState {
	iso3: string;
	name: string;
	d: string;
	marker: ShapeMarker | null;
	/** Null for areas that are no end of a corridor shown (context only) or have no status. */
	status: Status | null;
	/** True for an end of a corridor shown. */
	isEnd: boolean;
	/** True for the state the page is about. */
	focus: boolean;
	label: string;
	/** The focus links to its country page, every other State to its own corridors. */
	href: string;
}

export interface CorridorMap {
	title: string;
	description: string;
	view: string;
	width: number;
	height: number;
	outline: string;
	graticule: string;
	noData: readonly ContextShape[];
	states: CorridorMapState[];
	links: CorridorLink[];
	patterns: StatusPattern[];
	/** Statuses held by an end on this map, in the vocabulary's order, with how many ends. */
	legend: {
		status: Status;
		label: string;
		fill: string;
		pattern: StatusPattern | null;
		count: number;
	}[];
	/** Corridors and agreements in the table that this view cannot draw (an end outside it). */
	undrawn: number;
}

export interface CorridorMapInput {
	geometry: MapGeometry;
	points: ReadonlyMap<string, Point>;
	focus: CorridorMapEnd;
	/** Every end of a corridor or agreement shown, the focus included or not. */
	ends: readonly CorridorMapEnd[];
	flows: readonly LinkInput[];
	agreements: readonly AgreementLinkInput[];
	instrument: string;
	asOf: string;
	/** Appended to each link to a corridor page (instrument, group, limit, as_of). */
	hrefQuery: string;
	/** Appended to the focus's link to its country page (as_of only). */
	countryHrefQuery: string;
}

export function corridorMap(input: CorridorMapInput): CorridorMap {
	const shapes = groupShapes(input.geometry);
	const ends = new Map(input.ends.map((e) => [e.iso3, e]));
	ends.set(input.focus.iso3, input.focus);
	const counts = new Map<Status, number>();
	const states = shapes.states.map((shape): CorridorMapState => {
		const end = ends.get(shape.iso3);
		const focus = shape.iso3 === input.focus.iso3;
		if (!end)
			return {
				...shape,
				status: null,
				isEnd: false,
				focus,
				label: `${shape.name}: not on a corridor shown; open its corridors`,
				href: `/corridors/${shape.iso3}${input.hrefQuery}`
			};
		if (end.status) counts.set(end.status, (counts.get(end.status) ?? 0) + 1);
		const status = end.status
			? `${input.instrument} ${STATUS_LABELS[end.status].toLowerCase()}`
			: 'no ratification status';
		return {
			...shape,
			status: end.status,
			isEnd: true,
			focus,
			label: `${end.name}${focus ? ' (this page)' : ''}: ${status}`,
			href: focus
				? `/countries/${shape.iso3}${input.countryHrefQuery}`
				: `/corridors/${shape.iso3}${input.hrefQuery}`
		};
	});
	const links = corridorLinks(input.flows, input.agreements, input.points);
	const drawn = links.length;
	const asked = input.flows.length + input.agreements.length;
	const day = formatPartialDate(input.asOf);
	const flowCount = links.filter((l) => l.kind === 'flow').length;
	const agreementCount = drawn - flowCount;
	const legend = STATUSES.filter((s) => counts.has(s)).map((status) => ({
		status,
		label: STATUS_LABELS[status],
		fill: STATUS_FILLS[status],
		pattern: STATUS_PATTERNS[status] ?? null,
		count: counts.get(status)!
	}));
	return {
		title: `Migration corridors of ${input.focus.name}, with ${input.instrument} status at each end, as of ${day}`,
		description:
			`${flowCount} corridor${flowCount === 1 ? '' : 's'} of ${input.focus.name} drawn as links, wider for more people (UN DESA 2020)` +
			(agreementCount
				? `, and ${agreementCount} union agreement${agreementCount === 1 ? '' : 's'} as dashed links`
				: '') +
			`. Each end is shaded by its ${input.instrument} status as of ${day}: ${legend.map((l) => `${l.count} ${l.label.toLowerCase()}`).join(', ')}.` +
			(asked > drawn ? ` ${asked - drawn} listed in the table fall outside this map.` : '') +
			' Unknown means we hold no sourced record, not that a State has not ratified.',
		view: shapes.view,
		width: shapes.width,
		height: shapes.height,
		outline: shapes.outline,
		graticule: shapes.graticule,
		noData: shapes.noData,
		states,
		links,
		patterns: Object.values(STATUS_PATTERNS),
		legend,
		undrawn: asked - drawn
	};
}
