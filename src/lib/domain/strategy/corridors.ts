/**
 * Migration corridors (origin → destination stocks, UN DESA 2020 bilateral matrix) and the
 * solidarity opportunities they open: the plan asks for "solidarity messages between countries of
 * origin and destination", and a corridor where one end is bound by an instrument and the other is
 * not is where such a message carries most weight.
 */
import type { MatrixRow } from '../matrix';
import { formatPartialDate } from '../partial-date';
import type { DerivedStatus } from '../ratification-status';
import type { Status } from '../statuses';
import { formatPeople, formatPercent } from './figures';
import { STRATEGY_RULES, type StrategyRules } from './importance-rules';
import type { MigrationSide } from './migration-side';
import { SOURCES, type Reason } from './reason';

/** One origin → destination stock, as corridors.csv and the `corridors` table hold it. */
export interface CorridorStock {
	originIso3: string;
	destinationIso3: string;
	year: number;
	migrants: number;
	/** Share of the origin's emigrants (computed from the matrix row sums). */
	pctOfOriginEmigrants: number | null;
	/** Share of the destination's immigrants (against the official IMS 2020 destination total). */
	pctOfDestinationImmigrants: number | null;
}

/** The iso3 at one end of a corridor. */
export function endOf(corridor: CorridorStock, side: MigrationSide): string {
	return side === 'origin' ? corridor.originIso3 : corridor.destinationIso3;
}

/** The other end of a corridor, seen from a state at `side`. */
export function otherEndOf(corridor: CorridorStock, side: MigrationSide): string {
	return side === 'origin' ? corridor.destinationIso3 : corridor.originIso3;
}

/** The corridor's share of the migrants of the end at `side`. */
export function shareAtEnd(corridor: CorridorStock, side: MigrationSide): number | null {
	return side === 'origin' ? corridor.pctOfOriginEmigrants : corridor.pctOfDestinationImmigrants;
}

/**
 * The largest corridors of a state: with `side` 'origin' the state is the origin and the rows lead
 * to its destinations; with 'destination' they come from its origins. Largest first.
 */
export function topCorridors(
	rows: readonly CorridorStock[],
	iso3: string,
	side: MigrationSide,
	limit: number
): CorridorStock[] {
	return rows
		.filter((r) => endOf(r, side) === iso3)
		.sort(
			(a, b) => b.migrants - a.migrants || otherEndOf(a, side).localeCompare(otherEndOf(b, side))
		)
		.slice(0, limit);
}

/**
 * Whether a corridor is significant for the state at `side`: large in people, or a large share of
 * that state's migrants where the state's migrants are numerous enough for a share to mean much.
 */
export function isSignificantCorridor(
	corridor: CorridorStock,
	side: MigrationSide,
	migrantsAtEnd: number | null,
	rules: StrategyRules = STRATEGY_RULES
): boolean {
	const { minMigrants, minPctOfEnd } = rules.significantCorridor;
	if (corridor.migrants >= minMigrants) return true;
	const share = shareAtEnd(corridor, side);
	return (
		share !== null &&
		share >= minPctOfEnd &&
		migrantsAtEnd !== null &&
		migrantsAtEnd >= rules.minPeopleForShare
	);
}

/** A state at one end of a corridor, with its status for the instrument asked about. */
export interface CorridorEnd {
	iso3: string;
	name: string;
	status: Pick<DerivedStatus, 'status'>;
	/** True where the UN counts this state's migrants by citizenship (IMS data type C). */
	citizenshipData?: boolean;
}

/** The ends of every corridor for one instrument, from the matrix rows. */
export function corridorEnds(
	rows: readonly MatrixRow[],
	instrument: string,
	citizenshipData: ReadonlySet<string> = new Set()
): Map<string, CorridorEnd> {
	return new Map(
		rows
			.filter((row) => row.cells[instrument])
			.map((row) => [
				row.country.iso3,
				{
					iso3: row.country.iso3,
					name: row.country.name,
					status: row.cells[instrument],
					citizenshipData: citizenshipData.has(row.country.iso3)
				}
			])
	);
}

/** A union-to-union agreement on a corridor (solidarity_agreements.csv). */
export interface UnionAgreement {
	originIso3: string;
	destinationIso3: string;
	signedOn: string;
	place: string;
}

export const SOLIDARITY_KINDS = ['one_end_bound', 'large_flow_neither_bound'] as const;
export type SolidarityKind = (typeof SOLIDARITY_KINDS)[number];

/** A corridor with what both ends' statuses make of it. */
export interface CorridorFact {
	corridor: CorridorStock;
	instrument: string;
	origin: CorridorEnd;
	destination: CorridorEnd;
	/** Null where the corridor is no solidarity opportunity, or an end's status is unknown. */
	opportunity: SolidarityKind | null;
	reasons: Reason[];
}

/** Bound by the instrument: ratified, in force or waiting the twelve months. */
const BOUND: readonly Status[] = ['in_force', 'ratified_not_in_force'];
/**
 * Known not to be bound. A denounced state is not bound either: a partner that is bound is then
 * the lever the plan's solidarity messages need.
 */
const NOT_BOUND: readonly Status[] = ['not_ratified', 'signed', 'denounced'];

function isBound(end: CorridorEnd): boolean {
	return BOUND.includes(end.status.status);
}

function isNotBound(end: CorridorEnd): boolean {
	return NOT_BOUND.includes(end.status.status);
}

function corridorFigure(corridor: CorridorStock, origin: CorridorEnd, destination: CorridorEnd) {
	const shares = [
		corridor.pctOfOriginEmigrants !== null
			? `${formatPercent(corridor.pctOfOriginEmigrants)} of all emigrants from ${origin.name}`
			: null,
		corridor.pctOfDestinationImmigrants !== null
			? `${formatPercent(corridor.pctOfDestinationImmigrants)} of all immigrants in ${destination.name}`
			: null
	].filter((s) => s !== null);
	const caveat = destination.citizenshipData
		? `; the figures for ${destination.name} rest on citizenship data`
		: '';
	return {
		text: `${formatPeople(corridor.migrants)} people from ${origin.name} in ${destination.name}${shares.length ? `, ${shares.join(' and ')}` : ''} (UN DESA ${corridor.year}${caveat})`,
		source: SOURCES.corridors.source,
		dataSet: SOURCES.corridors.dataSet,
		figure: corridor.migrants
	};
}

export interface CorridorQuestion {
	corridor: CorridorStock;
	instrument: string;
	origin: CorridorEnd;
	destination: CorridorEnd;
	/** Union agreements on record; those of other corridors are ignored. */
	agreements?: readonly UnionAgreement[];
}

/** Judge one corridor for one instrument: is it a solidarity opportunity, and why. */
export function assessCorridor(
	q: CorridorQuestion,
	rules: StrategyRules = STRATEGY_RULES
): CorridorFact {
	const { corridor, instrument, origin, destination } = q;
	const reasons: Reason[] = [corridorFigure(corridor, origin, destination)];
	const ratifications = SOURCES.ratifications;
	let opportunity: SolidarityKind | null = null;

	const unknownEnds = [origin, destination].filter((e) => e.status.status === 'unknown');
	for (const end of unknownEnds)
		reasons.push({
			text: `${instrument} status unknown at ${end === origin ? 'origin' : 'destination'} (${end.name}): no sourced record decides it, so we do not guess`,
			...ratifications
		});

	const [bound, notBound] = isBound(origin)
		? [origin, destination]
		: isBound(destination)
			? [destination, origin]
			: [null, null];
	if (bound && notBound && isNotBound(notBound)) {
		opportunity = 'one_end_bound';
		reasons.push({
			text: `${bound.name} is bound by ${instrument} and ${notBound.name} is not: unions in ${bound.name} can back the campaign in ${notBound.name}`,
			...ratifications
		});
	} else if (
		isNotBound(origin) &&
		isNotBound(destination) &&
		corridor.migrants >= rules.corridors.largeFlowNeitherBound
	) {
		opportunity = 'large_flow_neither_bound';
		reasons.push({
			text: `Neither ${origin.name} nor ${destination.name} is bound by ${instrument}, and ${formatPeople(corridor.migrants)} people live on this corridor: a joint campaign at both ends`,
			...ratifications,
			figure: corridor.migrants
		});
	}
	for (const agreement of q.agreements ?? [])
		if (
			agreement.originIso3 === corridor.originIso3 &&
			agreement.destinationIso3 === corridor.destinationIso3
		)
			reasons.push({
				text: `Unions at both ends signed a cooperation agreement on migrant workers’ rights on ${formatPartialDate(agreement.signedOn)} (${agreement.place})`,
				...SOURCES.solidarityAgreements
			});
	return { corridor, instrument, origin, destination, opportunity, reasons };
}

/**
 * Corridor facts for a list of corridors, looking each end up in `ends` (built from the matrix).
 * A corridor whose end is missing from `ends` (a territory outside the matrix) is left out.
 */
export function assessCorridors(
	corridors: readonly CorridorStock[],
	instrument: string,
	ends: ReadonlyMap<string, CorridorEnd>,
	agreements: readonly UnionAgreement[] = [],
	rules: StrategyRules = STRATEGY_RULES
): CorridorFact[] {
	const facts: CorridorFact[] = [];
	for (const corridor of corridors) {
		const origin = ends.get(corridor.originIso3);
		const destination = ends.get(corridor.destinationIso3);
		if (origin && destination)
			facts.push(assessCorridor({ corridor, instrument, origin, destination, agreements }, rules));
	}
	return facts;
}
