/**
 * Every data set the tracker is built from, with its source, date, licence and caveats. Plain data,
 * quoted or closely paraphrased from seeds/README.md, seeds/RATIFICATIONS-SOURCES.md and
 * seeds/MIGRATION-SOURCES.md: when a seed file or its notes change, change this file with them.
 * A licence appears only where those notes state one; nothing here is added from memory.
 */

export const LICENCE_NOT_STATED = 'Not stated in our source notes';

/** What the /about/data page says about one seed file. */
export interface DataSet {
	/** Anchor on /about/data, stable for links. */
	id: string;
	title: string;
	/** The seed file(s) in the repository. */
	files: string[];
	/** What one row of the file is. */
	oneRowIs: string;
	/** Where the values were read from, as the source notes name it. */
	source: string;
	/** The date or vintage of the data, as the source notes give it. */
	date: string;
	licence: string;
	caveats: string[];
	/** Where the tracker shows it. */
	usedFor: string;
}

export const DATA_SETS: readonly DataSet[] = [
	{
		id: 'ratifications',
		title: 'Ratification events',
		files: ['seeds/ratifications.csv'],
		oneRowIs:
			'a dated event (signed / ratified) of a state for an instrument, with notes and the URL it was read from',
		source:
			'Per row, the URL in its source column. Where several sources gave the same fact, the row keeps the most precise date, then the strongest source (UN Treaty Collection > NORMLEX country profile or ratification list > other ILO pages > government and press sources > Wikipedia copies); the others are listed in the notes after "also stated by:".',
		date: 'Second pass, 2026-11-23 (the day the sources were read); Somalia added 2026-12-04',
		licence: LICENCE_NOT_STATED,
		caveats: [
			"468 of the 469 official ratifications by state since Somalia's C097 and C143 rows (8 Mar 2021, ILO source) were added on 4 Dec 2026: C097 and C143 are complete by the dates of their counts. Only 42 % have the exact day.",
			"Still missing: C087 for Slovakia; the day of Zimbabwe's ICRMW accession; Mozambique's ICRMW signature date.",
			'Each record carries a reviewed confidence (sourced, secondary, inferred or disputed, with the reason), a scope limit where a source states one, and for an undated record the date of its own source (seeds/ratifications-review.csv, RATIFICATIONS-REVIEW.md).',
			'Year-only dates mostly come from the headers of the ILO supervisory bodies\' comments on NORMLEX, "(Ratification: YYYY)". Such a row cannot decide a status for a date inside that year.',
			'Status in_force is inferred in about 280 rows, from ongoing ILO supervision with no denunciation seen; the notes say "status inferred" wherever the source did not state it.',
			"Successor states: NORMLEX records ratifications of former Czechoslovakia and Yugoslavia against the successor states; the row keeps NORMLEX's successor date and the predecessor's own date is in the notes.",
			'Weak rows, flagged in their notes: Comoros C143 (2021, from a press article that conflicts with an ILO item dating the same batch to 2022), San Marino C087 (inferred from supervisory comments, no year), Luxembourg C098 (no year), Italy C098 (1958, secondary).',
			'More rows will be added as they are sourced; the file is treated as growing and re-imported.'
		],
		usedFor: 'Every status, timeline and count on the site.'
	},
	{
		id: 'entry-into-force',
		title: 'Stated entry into force',
		files: ['seeds/ratifications-entry-into-force.csv'],
		oneRowIs:
			'an entry into force whose day a source states in so many words (same columns as ratifications.csv)',
		source:
			'Added by the tracker team from sources already quoted in ratifications.csv: NORMLEX (French C097 page) for Congo, an ILO news item (WCMS_713933) for Viet Nam C098.',
		date: 'As ratifications.csv (2026-11-23)',
		licence: LICENCE_NOT_STATED,
		caveats: [
			"Two rows. Congo's C097 ratification of 26 Oct 2023 carries a DISCREPANCY note: the Dutch treaty database lists it under the Democratic Republic of the Congo; NORMLEX, kept, says Congo."
		],
		usedFor: 'The day an ILO convention enters into force for these states.'
	},
	{
		id: 'not-ratified',
		title: 'Statements that a state had not ratified',
		files: ['seeds/ratifications-negative.csv'],
		oneRowIs: 'a sourced statement that a state had NOT ratified an instrument as of a date',
		source:
			'Each row quotes its source (CLR Labour Rights Index, NORMLEX, ILO Declaration baselines, ITUC survey and others).',
		date: 'Each statement carries its own date (YYYY-MM-DD, YYYY-MM or YYYY)',
		licence: LICENCE_NOT_STATED,
		caveats: [
			'A later ratification supersedes a statement from its own date (for example Mexico C098, ratified 23 Nov 2018; Senegal C098, Somalia, Guinea-Bissau C087, Sudan C087).',
			'Rows marked SUPERSEDED in their source text are kept for the history.'
		],
		usedFor: '"Not ratified" statuses, shown with the date the statement dates from.'
	},
	{
		id: 'instruments',
		title: 'Instruments and official counts',
		files: ['seeds/instruments.csv'],
		oneRowIs:
			'an instrument, with its official title and the official count of ratifications (and the source and earliest date of that count)',
		source:
			'The official pages named in each row (NORMLEX, UN Treaty Collection); the count source is quoted per instrument.',
		date: 'Per instrument: the earliest date the count can be of (C098: 2021; C097: 26 Oct 2023; C143: 23 Mar 2023; ICRMW: 21 Feb 2025; C087: not stated)',
		licence: LICENCE_NOT_STATED,
		caveats: [
			'The C087 and C143 counts are secondary: C087 from a Wikipedia infobox citing NORMLEX (date of the count not stated in the archived copy); C143 from an ILO news item as reproduced by Mirage News.',
			'Without a date on the count we cannot say from when "no record" means "not ratified".'
		],
		usedFor: 'Instrument pages, coverage lines and the completeness rule.'
	},
	{
		id: 'ilo-members',
		title: 'ILO and UN membership',
		files: ['seeds/ilo_members.csv', 'seeds/un-members-outside-ilo.csv'],
		oneRowIs:
			'an ILO member State (187); the second file lists the 7 UN members that are not ILO members',
		source:
			'Derived, not copied from an ILO list. The count and the rule come from the Wikipedia page "Member states of the International Labour Organization", as archived (Feb 2025): the ILO has 187 member States; all but one (the Cook Islands) are UN members; 7 UN member states have not joined.',
		date: 'Status as of Feb 2025',
		licence: LICENCE_NOT_STATED,
		caveats: [
			'The list is the 193 UN members (built from ISO 3166-1 minus 56 non-UN entities), minus the 7 non-ILO UN members, plus the Cook Islands (ILO press release 2015-06-12).',
			'The 7 non-ILO UN members are AND, BTN, LIE, FSM, MCO, NRU and PRK. Their names come from general knowledge: the archived excerpts give the number 7 but do not name them.',
			'Check against the ILO\'s own list ("Alphabetical list of ILO member countries") before relying on it.'
		],
		usedFor: 'Which states the matrix lists, and the membership lines on country pages.'
	},
	{
		id: 'groups',
		title: 'Regional groups',
		files: ['seeds/groups.csv'],
		oneRowIs:
			"a state's membership of a regional group (EU27, GCC, ASEAN, SAARC, AU, ECOWAS, SADC, MERCOSUR, CARICOM, LAS), with status member, associate, suspended or withdrawn",
		source:
			"Hand-compiled from the organisations' publicly known membership; current changes checked against archived public news pages.",
		date: 'Newest change checked is dated 2025-10-26 (Timor-Leste admitted to ASEAN)',
		licence: LICENCE_NOT_STATED,
		caveats: [
			'Not read from a data file: no trustworthy machine-readable list was found.',
			'AU suspensions (e.g. the Sahel juntas, Sudan) are not tracked. All 55 are listed as member.',
			'ECOWAS: Burkina Faso, Mali and Niger ceased to be members on 2025-01-29 and are listed as withdrawn.',
			'MERCOSUR associated states and any newer CARICOM associates (Curaçao, Aruba …) are not included.',
			'Check against the official sites before publishing.'
		],
		usedFor: 'Group filters on the matrix and the group memberships on country pages.'
	},
	{
		id: 'migrant-stock',
		title: 'Migrant stock and population',
		files: ['seeds/migrant_stock.csv', 'seeds/population.csv'],
		oneRowIs: 'a country-year (1990–2024) of immigrant and emigrant stock, population and shares',
		source:
			'UN DESA Population Division, International Migrant Stock 2024 (POP/DB/MIG/Stock/Rev.2024), read from a public GitHub mirror of the original UN workbooks (MIT-Emerging-Talent/ET6-CDSP-group-12-repo). Population is Table 2 of the same file.',
		date: 'IMS 2024 revision; years 1990, 1995, …, 2020, 2024',
		licence: 'CC BY 3.0 IGO',
		caveats: [
			'16 rows have blank stocks (UN "..", e.g. Saint Barthélemy and Saint Martin).',
			'Kosovo is not shown separately; UN data include it in Serbia.',
			'For GCC states and several Asian countries (type C) the base is foreign citizens, not the foreign-born.',
			'The emigrant share of population is computed: emigrant stock / population of the origin country × 100.',
			'The 2024 revision revised 2020 values heavily for some countries, compared with the 2020 revision.',
			'Population may differ slightly from World Bank WDI population.'
		],
		usedFor: 'Immigrant and emigrant stock and shares on country pages.'
	},
	{
		id: 'corridors',
		title: 'Migration corridors',
		files: ['seeds/corridors.csv'],
		oneRowIs: 'an origin → destination pair with its migrant stock (2020) and shares',
		source:
			'UN DESA International Migrant Stock 2020 (POP/DB/MIG/Stock/Rev.2020), stock by destination and origin, taken from the processed matrix json/stock.json in the GitHub repository X80110/migration-visualization.',
		date: 'IMS 2020 revision, year 2020',
		licence: LICENCE_NOT_STATED,
		caveats: [
			'This is the 2020 revision, not 2024: no obtainable copy of the 2024 bilateral file was found. Corridors are for 2020 while stocks are for 2024.',
			'UN bilateral estimates for the GCC states rest on citizenship data and estimated distributions of origin. They are known to be below origin-government counts of contract workers (NPL→QAT is 253,940 in UN 2020).',
			'The matrix counts stocks (people living abroad), not annual flows, and covers all migrants, not only workers.',
			'Palestinian refugees under UNRWA are included for some destinations (JOR shows PSE→JOR at 2.27 M).',
			'Shares of origin emigrants and destination immigrants are computed; because of "unknown origin" migrants, a destination\'s shares add up to less than 100 %.'
		],
		usedFor: 'Top corridors on country pages.'
	},
	{
		id: 'remittances',
		title: 'Remittances',
		files: ['seeds/remittances.csv'],
		oneRowIs: 'a country-year (2010–2022) of remittance flows in US$ million',
		source:
			'World Bank–KNOMAD remittance inflow and outflow tables ("Date: June 2023"), the main figures; WDI series BX.TRF.PWKR.CD.DT, BX.TRF.PWKR.DT.GD.ZS and BM.TRF.PWKR.CD.DT beside them. Read from the GitHub repository kietnguyen01/Remittance-Fees-Analysis.',
		date: 'KNOMAD June 2023; WDI last updated 2023-05-10; latest year 2022',
		licence: LICENCE_NOT_STATED,
		caveats: [
			'The latest year is 2022, which is stale: no 2023, 2024 or 2025 remittance file was found in obtainable form.',
			'The WDI 2022 column in this vintage holds provisional values that are clearly wrong for some countries (PHL 2022: 9,067 in WDI against 38,049 in KNOMAD), so the tracker shows the KNOMAD columns.',
			'The World Bank counts Venezuela as unclassified, and KNOMAD leaves it out of its aggregates.'
		],
		usedFor: 'Remittance inflows and outflows on country pages.'
	},
	{
		id: 'ituc',
		title: 'ITUC Global Rights Index (partial)',
		files: ['seeds/ituc_rights_index_partial.csv'],
		oneRowIs: 'one stated fact from the ITUC Global Rights Index (2024 and 2025 editions)',
		source:
			'Archived press excerpts only, each row naming its URL; the 10 worst countries come from a PSI news page (2024) and a UFCW news page (2025).',
		date: '2024 and 2025 editions',
		licence: LICENCE_NOT_STATED,
		caveats: [
			'No full per-country rating table was found. The file holds only the 10 worst countries in 2024 and 2025, two explicit 2024 ratings (ROU = 3, BRA = 4) and the countries whose rating worsened or improved.',
			'Get the full table from the ITUC (globalrightsindex.org) by hand before use.'
		],
		usedFor:
			"Prospect reasons on /strategy (a stated fact lowers or raises a state's prospects, and is shown as a reason)."
	},
	{
		id: 'solidarity-agreements',
		title: 'Union solidarity agreements',
		files: ['seeds/solidarity_agreements.csv'],
		oneRowIs: 'a union-to-union cooperation agreement between an origin and a destination country',
		source:
			'Concept note of the ILO/ACTRAV/Solidarity Centre workshop on promoting a rights-based approach to labour migration in origin and destination countries, Kuwait, 30 June–1 July 2010, quoted in each row.',
		date: 'Agreements signed 7 May 2009 (Colombo)',
		licence: LICENCE_NOT_STATED,
		caveats: ['The source names neither the union centres nor which centre signed each agreement.'],
		usedFor:
			"Shown on /agreements, on the corridor pages of both countries and on both countries' pages."
	}
];
