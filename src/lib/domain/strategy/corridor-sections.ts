/**
 * One state's corridors as the corridor page shows them: for a country of origin its largest
 * destinations, for a country of destination its largest origins, both where the state matters at
 * both ends (India, Malaysia). Each corridor carries the instrument's status at both ends, whether
 * it is a solidarity opportunity and why, the union agreements on it, and the partner's prospects.
 */
import type { MatrixRow } from '../matrix';
import type { IsoDay } from '../partial-date';
import {
	assessCorridor,
	otherEndOf,
	type CorridorEnd,
	type CorridorFact,
	type CorridorStock,
	type UnionAgreement
} from './corridors';
import {
	destinationImportance,
	originImportance,
	type Importance,
	type MigrantStockFigures,
	type RemittanceFigures
} from './importance';
import { STRATEGY_RULES, type StrategyRules } from './importance-rules';
import type { ItucFact } from './ituc-facts';
import { MIGRATION_SIDES, type MigrationSide } from './migration-side';
import { assessProspects, type Prospects } from './prospects';

export interface CorridorSectionsInput<A extends UnionAgreement = UnionAgreement> {
	iso3: string;
	instrument: string;
	asOf: IsoDay;
	/** Every listed state's matrix row for the day (ends' statuses, partners' group peers). */
	rows: readonly MatrixRow[];
	/** The state's corridors as an origin (all of them, any order). */
	asOrigin: readonly CorridorStock[];
	/** The state's corridors as a destination (all of them, any order). */
	asDestination: readonly CorridorStock[];
	/** The state's stock row of the year the view uses, or null. */
	stock: MigrantStockFigures | null;
	/** The state's remittance rows up to the year the view uses. */
	remittances: readonly RemittanceFigures[];
	/** Every agreement with the state at either end. */
	agreements: readonly A[];
	itucFacts?: readonly ItucFact[];
	/** Names of every area (territories too), by iso3. */
	names: Readonly<Record<string, string>>;
	/** UN DESA counts these states' migrants by citizenship (IMS data type C). */
	citizenshipData?: ReadonlySet<string>;
	/** Only partners in this group; null for all. */
	group: string | null;
	/** Partners each way, largest first; null for all. Corridors with an agreement always show. */
	limit: number | null;
}

export interface CorridorPartner {
	iso3: string;
	name: string;
	/** False for territories outside the matrix: they have no ratification status. */
	listed: boolean;
}

export interface CorridorRow<A extends UnionAgreement = UnionAgreement> {
	corridor: CorridorStock;
	/** 1 for the largest corridor of the section, counted over every partner (before the filter). */
	rank: number;
	partner: CorridorPartner;
	/** Null where the partner is not a listed state (no status to judge). */
	fact: CorridorFact | null;
	agreements: A[];
	/** The partner's prospects for the instrument; null where it is not a listed state. */
	partnerProspects: Prospects | null;
	/** True when the row is shown only because of an agreement (beyond the limit). */
	beyondLimit: boolean;
}

export interface CorridorSection<A extends UnionAgreement = UnionAgreement> {
	/** The state's side in this section: 'origin' lists its destinations. */
	side: MigrationSide;
	importance: Importance;
	/** All corridors at this side, and the people on them. */
	corridorCount: number;
	migrants: number;
	/** Corridors that pass the group filter. */
	matchingCount: number;
	rows: CorridorRow<A>[];
}

export interface CorridorSections<A extends UnionAgreement = UnionAgreement> {
	sections: CorridorSection<A>[];
	/** Importance at both sides, whichever the page shows. */
	importance: Record<MigrationSide, Importance>;
	/** Why these sections: "strategic as a country of origin", or the larger side. */
	basis: 'strategic' | 'larger_side' | 'none';
}

function byMigrants(side: MigrationSide) {
	return (a: CorridorStock, b: CorridorStock) =>
		b.migrants - a.migrants || otherEndOf(a, side).localeCompare(otherEndOf(b, side));
}

/**
 * Which sides to show: those where the state is strategic; where it is strategic at neither, the
 * side with more people (a state with no corridors at all shows none).
 */
export function sidesToShow(
	importance: Record<MigrationSide, Importance>,
	corridorCounts: Record<MigrationSide, number>
): { sides: MigrationSide[]; basis: CorridorSections['basis'] } {
	const strategic = MIGRATION_SIDES.filter((s) => importance[s].strategic && corridorCounts[s] > 0);
	if (strategic.length) return { sides: strategic, basis: 'strategic' };
	const withCorridors = MIGRATION_SIDES.filter((s) => corridorCounts[s] > 0);
	if (!withCorridors.length) return { sides: [], basis: 'none' };
	const larger = withCorridors.reduce((a, b) =>
		importance[b].score > importance[a].score ? b : a
	);
	return { sides: [larger], basis: 'larger_side' };
}

export function corridorSections<A extends UnionAgreement>(
	input: CorridorSectionsInput<A>,
	rules: StrategyRules = STRATEGY_RULES
): CorridorSections<A> {
	const rowsByIso3 = new Map(input.rows.map((r) => [r.country.iso3, r]));
	const stateRow = rowsByIso3.get(input.iso3);
	const groups = stateRow?.groups ?? [];
	const names = { ...input.names };
	for (const r of input.rows) names[r.country.iso3] = r.country.name;
	const importance: Record<MigrationSide, Importance> = {
		origin: originImportance(
			{
				iso3: input.iso3,
				stock: input.stock,
				corridors: input.asOrigin,
				remittances: input.remittances,
				groups,
				names
			},
			rules
		),
		destination: destinationImportance(
			{ iso3: input.iso3, stock: input.stock, corridors: input.asDestination, groups, names },
			rules
		)
	};
	const corridorsAt: Record<MigrationSide, readonly CorridorStock[]> = {
		origin: input.asOrigin,
		destination: input.asDestination
	};
	const { sides, basis } = sidesToShow(importance, {
		origin: input.asOrigin.length,
		destination: input.asDestination.length
	});

	const end = (iso3: string): CorridorEnd | null => {
		const row = rowsByIso3.get(iso3);
		const cell = row?.cells[input.instrument];
		if (!row || !cell) return null;
		return {
			iso3,
			name: row.country.name,
			status: cell,
			citizenshipData: input.citizenshipData?.has(iso3) ?? false
		};
	};
	const prospectsCache = new Map<string, Prospects>();
	const prospectsOf = (iso3: string): Prospects | null => {
		const row = rowsByIso3.get(iso3);
		if (!row || !row.cells[input.instrument]) return null;
		let p = prospectsCache.get(iso3);
		if (!p) {
			p = assessProspects(
				{
					instrument: input.instrument,
					row,
					rows: input.rows,
					asOf: input.asOf,
					itucFacts: input.itucFacts
				},
				rules
			);
			prospectsCache.set(iso3, p);
		}
		return p;
	};

	const sections = sides.map((side): CorridorSection<A> => {
		const sorted = [...corridorsAt[side]].sort(byMigrants(side));
		const rankOf = new Map(sorted.map((c, i) => [otherEndOf(c, side), i + 1]));
		const agreementsOn = (c: CorridorStock) =>
			input.agreements.filter(
				(a) => a.originIso3 === c.originIso3 && a.destinationIso3 === c.destinationIso3
			);
		const matching = sorted.filter(
			(c) => !input.group || rowsByIso3.get(otherEndOf(c, side))?.groups.includes(input.group)
		);
		const top = input.limit === null ? matching : matching.slice(0, input.limit);
		const shown = new Set(top);
		const extra = matching.filter((c) => !shown.has(c) && agreementsOn(c).length > 0);
		const rows = [...top, ...extra].map((corridor): CorridorRow<A> => {
			const partnerIso3 = otherEndOf(corridor, side);
			const origin = end(corridor.originIso3);
			const destination = end(corridor.destinationIso3);
			const agreements = agreementsOn(corridor);
			return {
				corridor,
				rank: rankOf.get(partnerIso3)!,
				partner: {
					iso3: partnerIso3,
					name: names[partnerIso3] ?? partnerIso3,
					listed: rowsByIso3.has(partnerIso3)
				},
				fact:
					origin && destination
						? assessCorridor(
								{ corridor, instrument: input.instrument, origin, destination, agreements },
								rules
							)
						: null,
				agreements,
				partnerProspects: prospectsOf(partnerIso3),
				beyondLimit: !shown.has(corridor)
			};
		});
		return {
			side,
			importance: importance[side],
			corridorCount: sorted.length,
			migrants: sorted.reduce((sum, c) => sum + c.migrants, 0),
			matchingCount: matching.length,
			rows
		};
	});
	return { sections, importance, basis };
}
