/**
 * Corridor links as plain rows: a curved path from the origin's point to the destination's, its
 * width by the people on the corridor, and union agreements as a second, dashed link. Pure: points
 * come in already projected (state-points.ts), so this runs anywhere and is tested on numbers.
 *
 * Links are quadratic curves in the drawing's plane rather than great circles: on an equal-area
 * world map a great circle from Manila to the Gulf bends for reasons of geometry a reader cannot
 * see, while a gentle, consistent bend only keeps opposite and overlapping links apart. Flows bend
 * to the left of their direction and agreements to the right, so an agreement never hides the flow
 * of its corridor, and the two links of a pair of states (A → B, B → A) never coincide.
 */
import { formatPartialDate } from '$lib/domain/partial-date';
import { formatPeople } from '$lib/domain/strategy/figures';
import type { Point } from './state-points';

/** Thinnest and thickest flow links, in px: 1 px still shows, 10 px still leaves the ends visible. */
export const MIN_LINK_WIDTH = 1;
export const MAX_LINK_WIDTH = 10;
export const AGREEMENT_LINK_WIDTH = 2;
/** Flows in the map's ink (drawn at 60 % opacity); agreements in a purple, and dashed. */
export const FLOW_LINK_COLOUR = '#1b1b1b';
export const AGREEMENT_LINK_COLOUR = '#5b2a86';
export const AGREEMENT_DASH = '6 4';
/** States that are no end of a corridor shown: a plain grey, darker than the sea, unlike any status. */
export const CONTEXT_STATE_FILL = '#dcdcdc';
/** Sideways offset of the curve's control point, as a share of the link's length. */
export const FLOW_BEND = 0.2;
export const AGREEMENT_BEND = -0.2;

export interface LinkInput {
	originIso3: string;
	destinationIso3: string;
	originName: string;
	destinationName: string;
	migrants: number;
	year: number;
	/** Shown in the link's title: an opportunity or agreement in words, or ''. */
	note?: string;
}

export interface AgreementLinkInput {
	originIso3: string;
	destinationIso3: string;
	originName: string;
	destinationName: string;
	signedOn: string;
}

export interface CorridorLink {
	key: string;
	kind: 'flow' | 'agreement';
	originIso3: string;
	destinationIso3: string;
	/** Path data of the curve, origin to destination. */
	d: string;
	width: number;
	/** The link in words, for its <title>. */
	label: string;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** A quadratic curve from `a` to `b` whose control point sits `bend` × length to the left. */
export function curvePath(a: Point, b: Point, bend: number): string {
	const [x1, y1] = a;
	const [x2, y2] = b;
	const dx = x2 - x1;
	const dy = y2 - y1;
	// Left of the direction of travel, in screen coordinates (y down): (dy, -dx).
	const cx = (x1 + x2) / 2 + dy * bend;
	const cy = (y1 + y2) / 2 - dx * bend;
	return `M${r1(x1)} ${r1(y1)}Q${r1(cx)} ${r1(cy)} ${r1(x2)} ${r1(y2)}`;
}

/**
 * Width of a flow link: its area grows with the people on it (square root), from MIN_LINK_WIDTH
 * to MAX_LINK_WIDTH for the largest corridor drawn.
 */
export function linkWidth(migrants: number, largest: number): number {
	if (largest <= 0 || migrants <= 0) return MIN_LINK_WIDTH;
	const share = Math.min(1, Math.sqrt(migrants / largest));
	return r1(MIN_LINK_WIDTH + (MAX_LINK_WIDTH - MIN_LINK_WIDTH) * share);
}

/**
 * The links to draw for some corridors and agreements. A corridor or agreement with an end that has
 * no point on this view (outside the drawing) is left out; the table beside the map lists it.
 * Flows are ordered widest first, so thin links are drawn on top and stay visible.
 */
export function corridorLinks(
	flows: readonly LinkInput[],
	agreements: readonly AgreementLinkInput[],
	points: ReadonlyMap<string, Point>
): CorridorLink[] {
	const drawable = <T extends { originIso3: string; destinationIso3: string }>(x: T) =>
		points.has(x.originIso3) && points.has(x.destinationIso3) && x.originIso3 !== x.destinationIso3;
	const shownFlows = flows.filter(drawable);
	const largest = Math.max(0, ...shownFlows.map((f) => f.migrants));
	const flowLinks = shownFlows
		.map((f): CorridorLink => ({
			key: `flow-${f.originIso3}-${f.destinationIso3}`,
			kind: 'flow',
			originIso3: f.originIso3,
			destinationIso3: f.destinationIso3,
			d: curvePath(points.get(f.originIso3)!, points.get(f.destinationIso3)!, FLOW_BEND),
			width: linkWidth(f.migrants, largest),
			label: `${f.originName} → ${f.destinationName}: ${formatPeople(f.migrants)} people (UN DESA ${f.year})${f.note ? `. ${f.note}` : ''}`
		}))
		.sort((a, b) => b.width - a.width || a.key.localeCompare(b.key));
	const seen = new Set<string>();
	const agreementLinks = agreements.filter(drawable).flatMap((a): CorridorLink[] => {
		const key = `agreement-${a.originIso3}-${a.destinationIso3}`;
		if (seen.has(key)) return [];
		seen.add(key);
		return [
			{
				key,
				kind: 'agreement',
				originIso3: a.originIso3,
				destinationIso3: a.destinationIso3,
				d: curvePath(points.get(a.originIso3)!, points.get(a.destinationIso3)!, AGREEMENT_BEND),
				width: AGREEMENT_LINK_WIDTH,
				label: `Union agreement between ${a.originName} and ${a.destinationName}, signed ${formatPartialDate(a.signedOn)}`
			}
		];
	});
	return [...flowLinks, ...agreementLinks];
}
