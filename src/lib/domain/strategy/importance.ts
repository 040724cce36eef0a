/**
 * Strategic importance of a state as a country of destination or of origin: the plan's "origin and
 * destination countries of strategic importance". Every criterion met, and every base figure, is a
 * reason with its source; the score only orders rows and is never shown.
 */
import {
	isSignificantCorridor,
	otherEndOf,
	type CorridorStock,
	endOf as corridorEnd
} from './corridors';
import { formatPeople, formatPercent, formatUsdMillions } from './figures';
import { STRATEGY_RULES, strategicGroup, type StrategyRules } from './importance-rules';
import type { MigrationSide } from './migration-side';
import { SOURCES, type Reason } from './reason';

/** A country-year of migrant stock, as migrant_stock.csv and the `migrant_stock` table hold it. */
export interface MigrantStockFigures {
	iso3: string;
	year: number;
	immigrantStock: number | null;
	emigrantStock: number | null;
	population: number | null;
	immigrantPctOfPopulation: number | null;
	emigrantPctOfPopulation: number | null;
	/** UN "type of data": B foreign-born, C foreign citizens, R refugees added, I imputed. */
	imsDataType: string | null;
}

/** A country-year of remittances, as remittances.csv and the `remittances` table hold it. */
export interface RemittanceFigures {
	iso3: string;
	year: number;
	inflowsUsdMnKnomad: number | null;
	inflowsPctGdpWdi: number | null;
}

/** A reason for importance, and whether it counted towards the verdict or only informs it. */
export interface ImportanceReason extends Reason {
	counts: boolean;
}

export interface Importance {
	side: MigrationSide;
	strategic: boolean;
	/** For ordering rows only: never shown. */
	score: number;
	reasons: ImportanceReason[];
}

interface SideQuestion {
	iso3: string;
	/** The state's stock row (the latest year the view uses), or null when the UN gives none. */
	stock: MigrantStockFigures | null;
	/** Corridors of this state at this side; others are ignored. */
	corridors: readonly CorridorStock[];
	/** Codes of the groups the state belongs to now. */
	groups: readonly string[];
	/** Country names by iso3, for naming corridor partners; the iso3 stands in where missing. */
	names?: Readonly<Record<string, string>>;
}

export type DestinationQuestion = SideQuestion;

export interface OriginQuestion extends SideQuestion {
	/** The state's remittance rows, any years: the rules pick the years to read. */
	remittances: readonly RemittanceFigures[];
}

/** How many corridor partners a reason names. */
const NAMED_PARTNERS = 3;

/** Words on how the UN built the stock figure, where that changes what it means. */
function dataTypeCaveat(imsDataType: string | null): string {
	const codes = (imsDataType ?? '').split(/\s+/);
	if (codes.includes('C')) return '; based on citizenship data';
	if (codes.includes('I')) return '; imputed by the UN, which holds no data for it';
	return '';
}

/** Count criteria met and turn them into a verdict. */
class Tally {
	score = 0;
	reasons: ImportanceReason[] = [];
	add(reason: Reason, weight: number | null) {
		this.reasons.push({ ...reason, counts: weight !== null });
		if (weight !== null) this.score += weight;
	}
	verdict(side: MigrationSide, people: number | null, rules: StrategyRules): Importance {
		const strategic = this.score >= rules.strategicMinScore;
		// Within equal criteria, more people first: log10 of the count, below 1, so it never
		// outweighs a criterion.
		const size = people && people > 1 ? Math.log10(people) / 10 : 0;
		return { side, strategic, score: this.score + size, reasons: this.reasons };
	}
}

function addStock(
	tally: Tally,
	q: SideQuestion,
	side: MigrationSide,
	thresholds: { minPeople: number; minPct: number },
	rules: StrategyRules
) {
	const noun = side === 'destination' ? 'immigrants' : 'emigrants';
	const { stock } = q;
	const people = side === 'destination' ? stock?.immigrantStock : stock?.emigrantStock;
	const pct =
		side === 'destination' ? stock?.immigrantPctOfPopulation : stock?.emigrantPctOfPopulation;
	if (!stock || people === null || people === undefined) {
		tally.add(
			{
				text: `No figure for ${noun} (UN DESA International Migrant Stock)`,
				...SOURCES.migrantStock
			},
			null
		);
		return;
	}
	const caveat = side === 'destination' ? dataTypeCaveat(stock.imsDataType) : '';
	const share = pct === null || pct === undefined ? '' : `, ${formatPercent(pct)} of population`;
	const reason = {
		text: `${formatPeople(people)} ${noun}${share} (UN DESA ${stock.year}${caveat})`,
		...SOURCES.migrantStock,
		figure: people
	};
	const w = rules.importanceWeights;
	const big = people >= thresholds.minPeople;
	const largeShare =
		pct !== null &&
		pct !== undefined &&
		pct >= thresholds.minPct &&
		people >= rules.minPeopleForShare;
	// One reason for both criteria: they are one figure seen two ways.
	const weight = (big ? w.size : 0) + (largeShare ? w.share : 0);
	tally.add(reason, big || largeShare ? weight : null);
}

function addCorridors(
	tally: Tally,
	q: SideQuestion,
	side: MigrationSide,
	min: number,
	rules: StrategyRules
) {
	const atEnd = side === 'destination' ? q.stock?.immigrantStock : q.stock?.emigrantStock;
	const own = q.corridors.filter((c) => corridorEnd(c, side) === q.iso3);
	const significant = own
		.filter((c) => isSignificantCorridor(c, side, atEnd ?? null, rules))
		.sort((a, b) => b.migrants - a.migrants);
	if (significant.length === 0) return;
	const { minMigrants, minPctOfEnd } = rules.significantCorridor;
	const partners = significant
		.slice(0, NAMED_PARTNERS)
		.map((c) => {
			const other = otherEndOf(c, side);
			return `${q.names?.[other] ?? other} (${formatPeople(c.migrants)})`;
		})
		.join(', ');
	const kind = side === 'destination' ? 'origin' : 'destination';
	const of = side === 'destination' ? 'immigrants' : 'emigrants';
	const year = significant[0].year;
	// Corridors come from the 2020 revision, stocks from 2024: say so wherever they meet.
	const stockYear =
		q.stock && q.stock.year !== year ? `; the stock figures are for ${q.stock.year}` : '';
	const plural = significant.length === 1 ? 'corridor' : 'corridors';
	tally.add(
		{
			text: `${significant.length} ${kind} ${plural} of ${formatPeople(minMigrants)} people or ${formatPercent(minPctOfEnd)} of ${of} or more, largest ${side === 'destination' ? 'from' : 'to'} ${partners} (UN DESA ${year}${stockYear})`,
			...SOURCES.corridors,
			figure: significant.length
		},
		significant.length >= min ? rules.importanceWeights.corridors : null
	);
}

function addGroups(tally: Tally, q: SideQuestion, side: MigrationSide, rules: StrategyRules) {
	for (const code of q.groups) {
		const group = strategicGroup(code, side, rules);
		if (group)
			tally.add(
				{ text: `Member of ${group.name}: ${group.why}`, ...SOURCES.groups },
				rules.importanceWeights.group
			);
	}
}

/** The latest row up to a year that has a value. */
function latestWith<T extends { year: number }>(
	rows: readonly T[],
	lastYear: number,
	value: (row: T) => number | null
): { row: T; value: number } | null {
	let best: { row: T; value: number } | null = null;
	for (const row of rows) {
		const v = value(row);
		if (row.year <= lastYear && v !== null && (!best || row.year > best.row.year))
			best = { row, value: v };
	}
	return best;
}

function addRemittances(tally: Tally, q: OriginQuestion, rules: StrategyRules) {
	const { origin } = rules;
	const own = q.remittances.filter((r) => r.iso3 === q.iso3);
	const usd = latestWith(own, origin.lastRemittanceUsdYear, (r) => r.inflowsUsdMnKnomad);
	const pct = latestWith(own, origin.lastRemittancePctYear, (r) => r.inflowsPctGdpWdi);
	if (usd)
		tally.add(
			{
				text: `${formatUsdMillions(usd.value)} in remittances received in ${usd.row.year} (World Bank–KNOMAD)`,
				...SOURCES.remittancesKnomad,
				figure: usd.value
			},
			null
		);
	if (pct) {
		const emigrants = q.stock?.emigrantStock ?? 0;
		const counts =
			pct.value >= origin.minRemittancePctOfGdp && emigrants >= rules.minPeopleForShare;
		tally.add(
			{
				text: `Remittances ${formatPercent(pct.value)} of GDP in ${pct.row.year} (World Bank WDI)`,
				...SOURCES.remittancesWdi,
				figure: pct.value
			},
			counts ? rules.importanceWeights.remittances : null
		);
	}
	if (!usd && !pct)
		tally.add(
			{ text: 'No remittance figures (World Bank–KNOMAD, WDI)', ...SOURCES.remittancesKnomad },
			null
		);
}

/** How much a state matters as a country of destination. */
export function destinationImportance(
	q: DestinationQuestion,
	rules: StrategyRules = STRATEGY_RULES
): Importance {
	const tally = new Tally();
	const d = rules.destination;
	addStock(
		tally,
		q,
		'destination',
		{ minPeople: d.minImmigrants, minPct: d.minImmigrantPct },
		rules
	);
	addCorridors(tally, q, 'destination', d.minSignificantCorridors, rules);
	addGroups(tally, q, 'destination', rules);
	return tally.verdict('destination', q.stock?.immigrantStock ?? null, rules);
}

/** How much a state matters as a country of origin. */
export function originImportance(
	q: OriginQuestion,
	rules: StrategyRules = STRATEGY_RULES
): Importance {
	const tally = new Tally();
	const o = rules.origin;
	addStock(tally, q, 'origin', { minPeople: o.minEmigrants, minPct: o.minEmigrantPct }, rules);
	addRemittances(tally, q, rules);
	addCorridors(tally, q, 'origin', o.minSignificantCorridors, rules);
	addGroups(tally, q, 'origin', rules);
	return tally.verdict('origin', q.stock?.emigrantStock ?? null, rules);
}
