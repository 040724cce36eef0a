/**
 * The coverage map: for each State, how many of the tracked instruments are in force, from none to
 * all of them (the number of instruments comes from the data). Colour follows a sequential ramp
 * that changes in lightness at every step, so it reads under colour-vision deficiency; the count is
 * in every State's accessible name and in the table beside the map, and a State where any status is
 * unknown is hatched, because "0 in force" there may only mean "no sourced record".
 */
import { formatPartialDate, type IsoDay } from '$lib/domain/partial-date';
import { STATUSES, type Status } from '$lib/domain/statuses';
import {
	groupNote,
	groupSentence,
	type ChoroplethPaint,
	type MapGroup,
	type StatePaint
} from './choropleth';
import { hexToLinearRgb, linearRgbToHex } from './colour-difference';
import type { HatchPattern } from './palette';

/**
 * ColorBrewer YlGnBu, 9 classes (Brewer and Harrower, colorbrewer2.org, 2003), marked colour-blind
 * safe there. The first class is left out: it is too close to white sea and to 'no data' grey.
 */
const YL_GN_BU = [
	'#ffffd9',
	'#edf8b1',
	'#c7e9b4',
	'#7fcdbb',
	'#41b6c4',
	'#1d91c0',
	'#225ea8',
	'#253494',
	'#081d58'
] as const;
const RAMP_START = 1 / (YL_GN_BU.length - 1);

/** `steps` colours from light to dark, evenly spaced along the ramp (at least 2). */
export function coverageRamp(steps: number): string[] {
	if (!Number.isInteger(steps) || steps < 2)
		throw new RangeError(`Expected at least 2 steps for the coverage ramp, got ${steps}.`);
	return Array.from({ length: steps }, (_, i) => {
		const t = RAMP_START + (1 - RAMP_START) * (i / (steps - 1));
		const at = t * (YL_GN_BU.length - 1);
		const lower = Math.min(Math.floor(at), YL_GN_BU.length - 2);
		const f = at - lower;
		const [a, b] = [hexToLinearRgb(YL_GN_BU[lower]), hexToLinearRgb(YL_GN_BU[lower + 1])];
		return linearRgbToHex(
			[0, 1, 2].map((c) => a[c] + (b[c] - a[c]) * f) as [number, number, number]
		);
	});
}

/** The unknown hatch of palette.ts, in an ink that shows on the ramp's light and dark ends. */
function unknownHatch(id: string, background: string): HatchPattern {
	const [r, g, b] = hexToLinearRgb(background);
	const light = 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.18;
	return {
		id,
		kind: 'hatch',
		color: light ? '#4a4a4a' : '#d0d0d0',
		background,
		spacing: 6,
		angle: -45,
		strokeWidth: 1.2
	};
}

export interface CoverageStateInput {
	iso3: string;
	name: string;
	/** The State's status for each instrument, by code. */
	statuses: Readonly<Record<string, Status>>;
}

export interface CoveragePaintInput {
	/** Each instrument's coverage and count date, drawn under the legend (coverageListSentence). */
	coverageNote?: string;
	/** The instruments counted, in the data's order. */
	instruments: readonly { code: string }[];
	asOf: IsoDay;
	states: readonly CoverageStateInput[];
	group: MapGroup | null;
	scope: string | null;
	hrefQuery: string;
}

/** How many of a State's instruments hold each status. */
export function statusTally(
	statuses: Readonly<Record<string, Status>>,
	codes: readonly string[]
): Record<Status, number> {
	const tally = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
	for (const code of codes) tally[statuses[code]]++;
	return tally;
}

const OTHER_STATUS_TEXT: Partial<Record<Status, string>> = {
	ratified_not_in_force: 'ratified but not yet in force',
	signed: 'signed only',
	denounced: 'denounced',
	not_ratified: 'not ratified',
	unknown: 'unknown'
};

/** "2 of 5 instruments in force (C087, C098); 1 not ratified, 2 unknown". */
export function coverageSummary(
	state: Pick<CoverageStateInput, 'statuses'>,
	codes: readonly string[]
): string {
	const tally = statusTally(state.statuses, codes);
	const inForce = codes.filter((c) => state.statuses[c] === 'in_force');
	const rest = STATUSES.filter((s) => s !== 'in_force' && tally[s] > 0).map(
		(s) => `${tally[s]} ${OTHER_STATUS_TEXT[s]}`
	);
	return (
		`${inForce.length} of ${codes.length} instruments in force` +
		(inForce.length ? ` (${inForce.join(', ')})` : '') +
		(rest.length ? `; ${rest.join(', ')}` : '')
	);
}

export const UNKNOWN_KEY_PATTERN_ID = 'coverage-unknown-key';

export function coveragePaint(input: CoveragePaintInput): ChoroplethPaint {
	const codes = input.instruments.map((i) => i.code);
	const ramp = coverageRamp(codes.length + 1);
	const hatches = ramp.map((fill, k) => unknownHatch(`coverage-${k}-unknown`, fill));
	const perCount = ramp.map(() => 0);
	let withUnknown = 0;
	const states: Record<string, StatePaint> = {};
	for (const state of input.states) {
		const tally = statusTally(state.statuses, codes);
		const k = tally.in_force;
		perCount[k]++;
		if (tally.unknown > 0) withUnknown++;
		states[state.iso3] = {
			status: null,
			fill: ramp[k],
			pattern: tally.unknown > 0 ? hatches[k].id : null,
			label: `${state.name}: ${coverageSummary(state, codes)}${groupNote(input.group, state.iso3)}`,
			href: `/countries/${state.iso3}${input.hrefQuery}`,
			inGroup: input.group?.members.has(state.iso3) ?? false
		};
	}
	const usedHatches = hatches.filter((h) => Object.values(states).some((s) => s.pattern === h.id));
	const key = unknownHatch(UNKNOWN_KEY_PATTERN_ID, '#ffffff');
	const day = formatPartialDate(input.asOf);
	const where = input.scope ? ` in ${input.scope}` : '';
	const n = codes.length;
	const countsText = perCount
		.map((count, k) => `${count} with ${k}`)
		.filter((_, k) => perCount[k] > 0)
		.join(', ');
	return {
		title: `Instruments in force by State${where}, as of ${day}`,
		description:
			`How many of the ${n} tracked instruments (${codes.join(', ')}) are in force in each State${where}, as of ${day}. ` +
			`Of ${input.states.length} States shown: ${countsText || 'none'}. ` +
			`${withUnknown} ${withUnknown === 1 ? 'State has' : 'States have'} at least one instrument whose status is unknown (hatched): we hold no sourced record, which does not mean "not ratified".` +
			groupSentence(input.group, input.states),
		coverageNote: input.coverageNote,
		patterns: [...usedHatches, key],
		legend: [
			...ramp.map((fill, k) => ({
				key: `in-force-${k}`,
				label: `${k} of ${n} in force`,
				fill,
				pattern: null,
				count: perCount[k]
			})),
			{
				key: 'any-unknown',
				label: 'Hatched: at least one status unknown',
				fill: key.background,
				pattern: key,
				count: withUnknown
			}
		],
		states
	};
}
