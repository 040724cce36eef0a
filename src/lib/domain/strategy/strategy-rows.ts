/**
 * The strategy table: for one instrument, every state with its importance as a country of origin
 * and of destination, its status and its prospects, each with reasons. Ordered as the plan reads:
 * strategic states first, then the best prospects, then the most important.
 */
import type { MatrixRow } from '../matrix';
import type { IsoDay } from '../partial-date';
import type { DerivedStatus } from '../ratification-status';
import type { Country } from '../tracker-data';
import type { CampaignProgress } from './campaign-stage';
import type { CorridorStock } from './corridors';
import {
	destinationImportance,
	originImportance,
	type Importance,
	type MigrantStockFigures,
	type RemittanceFigures
} from './importance';
import { STRATEGY_RULES, type StrategyRules } from './importance-rules';
import type { ItucFact } from './ituc-facts';
import type { MigrationSide } from './migration-side';
import { assessProspects, PROSPECT_BANDS, type ProspectBand, type Prospects } from './prospects';
import { sourcesOf } from './reason';
import { sidesOf, type StrategyQuery } from './strategy-query';

/** What the strategy table is built from: plain rows, as the database holds them. */
export interface StrategyData {
	/** Every state's matrix row for the day asked, unfiltered (group peers are found among them). */
	rows: readonly MatrixRow[];
	/** Migrant stock rows, any years: each state's latest up to the year of the day asked is used. */
	stocks: readonly MigrantStockFigures[];
	corridors: readonly CorridorStock[];
	remittances: readonly RemittanceFigures[];
	itucFacts?: readonly ItucFact[];
	campaigns?: readonly CampaignProgress[];
	/** Names of places outside the matrix (territories) for corridor reasons; iso3 stands in. */
	names?: Readonly<Record<string, string>>;
}

export interface StrategyRow {
	country: Country;
	groups: string[];
	/** True when the state is strategic at any side asked about. */
	strategic: boolean;
	/** The sides asked about at which the state is strategic. */
	strategicSides: MigrationSide[];
	/** Importance at each side asked about. */
	importance: Partial<Record<MigrationSide, Importance>>;
	status: DerivedStatus;
	prospects: Prospects;
	/** Every source behind the row's reasons, once each. */
	sources: string[];
}

function indexBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
	const map = new Map<string, T[]>();
	for (const item of items) {
		const k = key(item);
		const list = map.get(k);
		if (list) list.push(item);
		else map.set(k, [item]);
	}
	return map;
}

/** The latest stock row up to a year: the figures a reader on that day could have had. */
function stockUpTo(rows: readonly MigrantStockFigures[], year: number): MigrantStockFigures | null {
	let best: MigrantStockFigures | null = null;
	for (const r of rows) if (r.year <= year && (!best || r.year > best.year)) best = r;
	return best;
}

const BAND_ORDER = Object.fromEntries(PROSPECT_BANDS.map((b, i) => [b, i])) as Record<
	ProspectBand,
	number
>;

function importanceScore(row: StrategyRow): number {
	return Math.max(0, ...Object.values(row.importance).map((i) => i.score));
}

/**
 * Strategic first, then band (high → low, then needs data, then already ratified); within "needs
 * data", the band a state would have if it has not ratified, so the most promising of the states
 * awaiting data come first; then importance.
 */
export function compareStrategyRows(a: StrategyRow, b: StrategyRow): number {
	const ifNot = (r: StrategyRow) =>
		r.prospects.bandIfNotRatified
			? BAND_ORDER[r.prospects.bandIfNotRatified]
			: PROSPECT_BANDS.length;
	return (
		Number(b.strategic) - Number(a.strategic) ||
		BAND_ORDER[a.prospects.band] - BAND_ORDER[b.prospects.band] ||
		(a.prospects.band === 'needs_data' ? ifNot(a) - ifNot(b) : 0) ||
		importanceScore(b) - importanceScore(a) ||
		(b.prospects.points ?? 0) - (a.prospects.points ?? 0) ||
		a.country.name.localeCompare(b.country.name, 'en')
	);
}

/** The strategy table's rows for a query, in campaign order. */
export function buildStrategyRows(
	data: StrategyData,
	query: Pick<StrategyQuery, 'instrument' | 'side' | 'group' | 'asOf'>,
	rules: StrategyRules = STRATEGY_RULES
): StrategyRow[] {
	const year = Number(query.asOf.slice(0, 4));
	const sides = sidesOf(query.side);
	const stocks = indexBy(data.stocks, (s) => s.iso3);
	const byOrigin = indexBy(data.corridors, (c) => c.originIso3);
	const byDestination = indexBy(data.corridors, (c) => c.destinationIso3);
	const remittances = indexBy(
		data.remittances.filter((r) => r.year <= year),
		(r) => r.iso3
	);
	const campaigns = new Map(
		(data.campaigns ?? []).filter((c) => c.instrument === query.instrument).map((c) => [c.iso3, c])
	);
	const names: Record<string, string> = { ...data.names };
	for (const r of data.rows) names[r.country.iso3] = r.country.name;

	const shown = data.rows.filter(
		(r) => r.cells[query.instrument] && (!query.group || r.groups.includes(query.group))
	);
	return shown
		.map((row): StrategyRow => {
			const { iso3 } = row.country;
			const stock = stockUpTo(stocks.get(iso3) ?? [], year);
			const importance: Partial<Record<MigrationSide, Importance>> = {};
			for (const side of sides)
				importance[side] =
					side === 'destination'
						? destinationImportance(
								{
									iso3,
									stock,
									corridors: byDestination.get(iso3) ?? [],
									groups: row.groups,
									names
								},
								rules
							)
						: originImportance(
								{
									iso3,
									stock,
									corridors: byOrigin.get(iso3) ?? [],
									remittances: remittances.get(iso3) ?? [],
									groups: row.groups,
									names
								},
								rules
							);
			const prospects = assessProspects(
				{
					instrument: query.instrument,
					row,
					rows: data.rows,
					asOf: query.asOf,
					itucFacts: data.itucFacts,
					campaign: campaigns.get(iso3) ?? null
				},
				rules
			);
			const strategicSides = sides.filter((s) => importance[s]?.strategic);
			return {
				country: row.country,
				groups: row.groups,
				strategic: strategicSides.length > 0,
				strategicSides,
				importance,
				status: row.cells[query.instrument],
				prospects,
				sources: sourcesOf([
					...Object.values(importance).flatMap((i) => i.reasons),
					...prospects.reasons
				])
			};
		})
		.sort(compareStrategyRows);
}
