/**
 * What the ITUC Global Rights Index says about a state, read into prospects. We hold only facts
 * quoted in press excerpts (the 10 worst countries, a few ratings, who worsened or improved), so
 * each fact is shown with its edition and source page; how much it weighs is set in the rules.
 */
import { STRATEGY_RULES, type StrategyRules } from './importance-rules';
import { SOURCES, type ProspectReason } from './reason';

/** One fact, as ituc_rights_index_partial.csv and the `ituc_facts` table hold it. */
export interface ItucFact {
	edition: number;
	iso3: string;
	/** "1" … "5" or "5+", where the source states it. */
	rating: string | null;
	/** in_10_worst, worsened, improved (others are shown without points). */
	factType: string;
	fact: string;
	sourceUrl: string;
}

function edition(fact: ItucFact): string {
	return `ITUC Global Rights Index ${fact.edition}`;
}

function pointsOf(fact: ItucFact, rules: StrategyRules): number {
	const p = rules.prospects;
	// A stated rating says more than "worsened" or "improved": it alone counts where given.
	if (fact.rating !== null && fact.rating !== '') return p.itucRating[fact.rating] ?? 0;
	if (fact.factType === 'in_10_worst') return p.itucInTenWorst;
	if (fact.factType === 'worsened') return p.itucWorsened;
	if (fact.factType === 'improved') return p.itucImproved;
	return 0;
}

/**
 * Reasons from the latest ITUC edition that says anything about the state, up to `lastEdition`
 * (an edition published after the day asked about is not yet known on it).
 */
export function itucReasons(
	facts: readonly ItucFact[],
	iso3: string,
	lastEdition: number,
	rules: StrategyRules = STRATEGY_RULES
): ProspectReason[] {
	const own = facts.filter((f) => f.iso3 === iso3 && f.edition <= lastEdition);
	if (own.length === 0) return [];
	const latest = Math.max(...own.map((f) => f.edition));
	return own
		.filter((f) => f.edition === latest)
		.map((f) => ({
			text: `${edition(f)}: ${f.rating ? `rated ${f.rating}; ` : ''}${f.fact}`,
			...SOURCES.ituc,
			url: f.sourceUrl,
			points: pointsOf(f, rules)
		}));
}
