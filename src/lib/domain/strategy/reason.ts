/**
 * A reason shown beside a strategy verdict: words with figures, and the data set they come from.
 * The strategy table shows reasons, never a bare score, so every judgement can be checked.
 */

/** One sourced statement behind an importance or prospects verdict. */
export interface Reason {
	/** Words with figures, e.g. "2.3 M immigrants, 77 % of population (UN DESA 2024)". */
	text: string;
	/** The data set the figure comes from, as a reader would name it. */
	source: string;
	/** The main figure in the text, unformatted, for sorting or charts. */
	figure?: number;
	/** Anchor of the data set on /about/data (ids of DATA_SETS in ../data-sets.ts). */
	dataSet?: string;
	/** The page the fact was read from, where one record decides it. */
	url?: string;
}

/**
 * Source labels, one per data set the strategy reads. Coupled to ../data-sets.ts: the ids must stay
 * the anchors listed there.
 */
export const SOURCES = {
	migrantStock: { source: 'UN DESA International Migrant Stock 2024', dataSet: 'migrant-stock' },
	corridors: {
		source: 'UN DESA International Migrant Stock 2020, bilateral matrix',
		dataSet: 'corridors'
	},
	remittancesKnomad: {
		source: 'World Bank–KNOMAD remittances (June 2023)',
		dataSet: 'remittances'
	},
	remittancesWdi: {
		source: 'World Bank WDI, personal remittances received, % of GDP (BX.TRF.PWKR.DT.GD.ZS)',
		dataSet: 'remittances'
	},
	groups: { source: 'Regional groups (groups.csv, hand-compiled)', dataSet: 'groups' },
	plan: {
		source: 'Global Unions strategy meeting on migration, Brussels, 24–25 Sep 2012: plan for action'
	},
	ratifications: {
		source: 'Ratification records (NORMLEX, UN Treaty Collection)',
		dataSet: 'ratifications'
	},
	ituc: { source: 'ITUC Global Rights Index (press excerpts)', dataSet: 'ituc' },
	campaigns: { source: 'Campaign records' },
	solidarityAgreements: {
		source: 'Union solidarity agreements (ILO/ACTRAV concept note, Kuwait 2010)',
		dataSet: 'solidarity-agreements'
	}
} as const satisfies Record<string, { source: string; dataSet?: string }>;

/** The distinct sources behind a list of reasons, in first-seen order. */
export function sourcesOf(reasons: readonly Reason[]): string[] {
	return [...new Set(reasons.map((r) => r.source))];
}

/** A reason that moves prospects up or down by some points (0: shown as context only). */
export interface ProspectReason extends Reason {
	points: number;
}
