/**
 * Every threshold and weight the strategy view uses, in one table, each with the reason for its
 * value. The campaign logic comes from the Global Unions' Brussels 2012 plan: focus "on countries
 * which appear to offer the best prospects for ratification" and on "origin and destination
 * countries of strategic importance (e.g. the EU, the Gulf…)". Changing a value here changes the
 * strategy table and nothing else; the tests derive their expectations from this table.
 */
import type { CampaignStage } from './campaign-stage';
import type { MigrationSide } from './migration-side';

/** A regional group the plan names as strategic, and at which end of migration it counts. */
export interface StrategicGroup {
	code: string;
	/** The group's name in reasons ("the GCC", "the EU"). */
	name: string;
	sides: readonly MigrationSide[];
	/** Where the plan says so. */
	why: string;
}

export interface StrategyRules {
	destination: {
		minImmigrants: number;
		minImmigrantPct: number;
		minSignificantCorridors: number;
	};
	origin: {
		minEmigrants: number;
		minEmigrantPct: number;
		minRemittancePctOfGdp: number;
		/** The last year whose WDI remittance share of GDP is read (later years are not trusted). */
		lastRemittancePctYear: number;
		/** The last year whose KNOMAD remittance inflows in US$ are read. */
		lastRemittanceUsdYear: number;
		minSignificantCorridors: number;
	};
	/** A corridor counts as significant at one end from this size, or from this share of that end. */
	significantCorridor: { minMigrants: number; minPctOfEnd: number };
	/** A share (of population, of immigrants) counts only where it stands for this many people. */
	minPeopleForShare: number;
	strategicGroups: readonly StrategicGroup[];
	/** Points for each importance criterion met; a side is strategic from `strategicMinScore`. */
	importanceWeights: {
		size: number;
		share: number;
		corridors: number;
		remittances: number;
		group: number;
	};
	strategicMinScore: number;
	prospects: {
		signature: number;
		relatedBound: number;
		relatedSigned: number;
		/** Highest first: the first step whose share the ratifying peers reach gives its points. */
		peerShares: readonly { minShare: number; points: number }[];
		campaignStage: Record<CampaignStage, number>;
		itucInTenWorst: number;
		/** By the rating as the ITUC writes it ("1" … "5", "5+"). */
		itucRating: Readonly<Record<string, number>>;
		itucWorsened: number;
		itucImproved: number;
		/** Lowest points of each band; below `medium` is low. */
		bands: { high: number; medium: number };
	};
	corridors: {
		/** A corridor where neither end is bound is a solidarity opportunity from this size. */
		largeFlowNeitherBound: number;
	};
}

export const STRATEGY_RULES: StrategyRules = {
	destination: {
		// A million residents born (or, in the Gulf, holding citizenship) abroad: 62 destinations
		// reach it in IMS 2024, and together they hold nine in ten of the world's migrants.
		minImmigrants: 1_000_000,
		// One resident in ten: where migrants are this large a part of the workforce, their rights
		// shape labour law for everyone (all GCC states are far above it).
		minImmigrantPct: 10,
		// Five or more significant origin corridors: a destination that many origin unions can work
		// with, which is what solidarity between origin and destination needs.
		minSignificantCorridors: 5
	},
	origin: {
		// A million nationals abroad: the scale at which an origin government runs labour-migration
		// programmes and has a stake in its workers' rights where they work.
		minEmigrants: 1_000_000,
		// One national in twenty abroad: half the destination threshold, because emigrants are
		// counted against the whole home population, children and the old included.
		minEmigrantPct: 5,
		// Remittances of 5 % of GDP make migrants' rights an economic interest of the origin
		// state; 59 of the 197 economies with data reach it (WDI, latest year ≤ 2021).
		minRemittancePctOfGdp: 5,
		// The WDI share of GDP runs to 2021; its 2022 column is mostly blank in this vintage
		// (seeds/MIGRATION-SOURCES.md).
		lastRemittancePctYear: 2021,
		// KNOMAD (June 2023) is the main US$ series; 2022 is its latest year. WDI's 2022 values are
		// provisional and wrong for some countries (PHL: 9,067 against KNOMAD's 38,049).
		lastRemittanceUsdYear: 2022,
		minSignificantCorridors: 5
	},
	significantCorridor: {
		// 50,000 people is a community large enough to organise (the plan sets a global target
		// of organising 20,000 migrant workers); 5 % catches the main corridors of smaller states.
		minMigrants: 50_000,
		minPctOfEnd: 5
	},
	// Shares count only where they stand for 100,000 people or more, so a microstate where 5,000
	// people make half the population is not ranked beside the Gulf.
	minPeopleForShare: 100_000,
	strategicGroups: [
		{
			code: 'EU27',
			name: 'the EU',
			// The plan names "the EU" among "origin and destination countries of strategic
			// importance"; EU states are weighed as destinations: movement inside the EU is governed
			// by EU law, not by these conventions.
			sides: ['destination'],
			why: 'the Brussels 2012 plan names the EU among countries of strategic importance'
		},
		{
			code: 'GCC',
			name: 'the GCC',
			// "the Gulf" in the plan; the Kuwait 2010 concept note brings Gulf destination unions
			// together with unions of origin countries.
			sides: ['destination'],
			why: 'the Brussels 2012 plan names the Gulf among countries of strategic importance'
		}
	],
	importanceWeights: {
		// Size and membership of a named group each make a side strategic on their own (weight =
		// strategicMinScore); a share, a web of corridors or remittances need one more criterion.
		size: 2,
		share: 1,
		corridors: 1,
		remittances: 1,
		group: 2
	},
	strategicMinScore: 2,
	prospects: {
		// A UN treaty signature is a declared intention to ratify: the strongest sign we hold.
		signature: 3,
		// Bound by a related instrument (see related-instruments.ts): much of the law is in place.
		relatedBound: 2,
		relatedSigned: 1,
		// Peers: the plan's "solidarity messages" work best where neighbours have moved first.
		// Counted once, from the group where the largest share of peers is bound.
		peerShares: [
			{ minShare: 0.5, points: 2 },
			{ minShare: 0.25, points: 1 }
		],
		// Each step of the pipeline brings ratification closer. A deposit not yet in the
		// ratification records counts as much as parliament's approval until it is sourced.
		// `stalled` counts as no progress, not as a setback: a stalled campaign can restart.
		campaignStage: {
			campaign_launched: 1,
			government_engaged: 1,
			ministry_study: 2,
			cabinet_approved: 3,
			submitted_to_parliament: 4,
			parliament_approved: 5,
			instrument_deposited: 5,
			stalled: 0
		},
		// ITUC facts lower prospects, since a government among the ITUC's worst for working people
		// is unlikely to ratify soon; they are shown, not hidden, because the plan also asks unions
		// to "name and shame" governments that abuse migrant workers' rights. The penalty is small:
		// it is one index, and we hold only press excerpts of it.
		itucInTenWorst: -2,
		itucRating: { '1': 1, '2': 1, '3': 0, '4': -1, '5': -2, '5+': -2 },
		itucWorsened: -1,
		itucImproved: 1,
		// High needs more than one strong sign (a signature and a related ratification, say);
		// medium needs one (a related ratification, or a signature alone).
		bands: { high: 5, medium: 2 }
	},
	corridors: {
		// About 250 of the 11,537 corridors reach 200,000 people (Nepal → Qatar: 253,940 in 2020).
		largeFlowNeitherBound: 200_000
	}
};

/** The strategic group with this code, if the rules name it for this side. */
export function strategicGroup(
	code: string,
	side: MigrationSide,
	rules: StrategyRules = STRATEGY_RULES
): StrategicGroup | undefined {
	return rules.strategicGroups.find((g) => g.code === code && g.sides.includes(side));
}
