/**
 * The ILO's five regions, by ISO 3166 alpha-3. Source: ILOSTAT, "Country groupings"
 * (https://ilostat.ilo.org/methods/concepts-and-definitions/classification-country-groupings/),
 * column "ILO Region". North African States are in Africa; Israel, Cyprus, Türkiye and the Central
 * Asian States are in Europe and Central Asia; Iran and Afghanistan are in Asia and the Pacific.
 *
 * Lists hold the 187 ILO member States (seeds/ilo_members.csv; a unit test checks each is in exactly
 * one region) plus the occupied Palestinian territory, which the ILO reports within Arab States.
 * Other territories are drawn as context in every view but do not steer a view's framing.
 */

export const ILO_REGIONS = [
	'africa',
	'americas',
	'arab-states',
	'asia-pacific',
	'europe-central-asia'
] as const;

export type IloRegion = (typeof ILO_REGIONS)[number];

export const ILO_REGION_LABELS: Record<IloRegion, string> = {
	africa: 'Africa',
	americas: 'Americas',
	'arab-states': 'Arab States',
	'asia-pacific': 'Asia and the Pacific',
	'europe-central-asia': 'Europe and Central Asia'
};

// prettier-ignore
export const ILO_REGION_MEMBERS: Record<IloRegion, readonly string[]> = {
	africa: [
		'AGO', 'BDI', 'BEN', 'BFA', 'BWA', 'CAF', 'CIV', 'CMR', 'COD', 'COG', 'COM', 'CPV', 'DJI',
		'DZA', 'EGY', 'ERI', 'ETH', 'GAB', 'GHA', 'GIN', 'GMB', 'GNB', 'GNQ', 'KEN', 'LBR', 'LBY',
		'LSO', 'MAR', 'MDG', 'MLI', 'MOZ', 'MRT', 'MUS', 'MWI', 'NAM', 'NER', 'NGA', 'RWA', 'SDN',
		'SEN', 'SLE', 'SOM', 'SSD', 'STP', 'SWZ', 'SYC', 'TCD', 'TGO', 'TUN', 'TZA', 'UGA', 'ZAF',
		'ZMB', 'ZWE'
	],
	americas: [
		'ARG', 'ATG', 'BHS', 'BLZ', 'BOL', 'BRA', 'BRB', 'CAN', 'CHL', 'COL', 'CRI', 'CUB', 'DMA',
		'DOM', 'ECU', 'GRD', 'GTM', 'GUY', 'HND', 'HTI', 'JAM', 'KNA', 'LCA', 'MEX', 'NIC', 'PAN',
		'PER', 'PRY', 'SLV', 'SUR', 'TTO', 'URY', 'USA', 'VCT', 'VEN'
	],
	'arab-states': [
		'ARE', 'BHR', 'IRQ', 'JOR', 'KWT', 'LBN', 'OMN', 'PSE', 'QAT', 'SAU', 'SYR', 'YEM'
	],
	'asia-pacific': [
		'AFG', 'AUS', 'BGD', 'BRN', 'CHN', 'COK', 'FJI', 'IDN', 'IND', 'IRN', 'JPN', 'KHM', 'KIR',
		'KOR', 'LAO', 'LKA', 'MDV', 'MHL', 'MMR', 'MNG', 'MYS', 'NPL', 'NZL', 'PAK', 'PHL', 'PLW',
		'PNG', 'SGP', 'SLB', 'THA', 'TLS', 'TON', 'TUV', 'VNM', 'VUT', 'WSM'
	],
	'europe-central-asia': [
		'ALB', 'ARM', 'AUT', 'AZE', 'BEL', 'BGR', 'BIH', 'BLR', 'CHE', 'CYP', 'CZE', 'DEU', 'DNK',
		'ESP', 'EST', 'FIN', 'FRA', 'GBR', 'GEO', 'GRC', 'HRV', 'HUN', 'IRL', 'ISL', 'ISR', 'ITA',
		'KAZ', 'KGZ', 'LTU', 'LUX', 'LVA', 'MDA', 'MKD', 'MLT', 'MNE', 'NLD', 'NOR', 'POL', 'PRT',
		'ROU', 'RUS', 'SMR', 'SRB', 'SVK', 'SVN', 'SWE', 'TJK', 'TKM', 'TUR', 'UKR', 'UZB'
	]
};

/** The ILO region of a State or territory, or undefined when the lists above do not place it. */
export function iloRegionOf(iso3: string): IloRegion | undefined {
	return ILO_REGIONS.find((region) => ILO_REGION_MEMBERS[region].includes(iso3));
}
