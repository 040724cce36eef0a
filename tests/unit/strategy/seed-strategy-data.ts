/**
 * The strategy's inputs read from seeds/, shaped as the database hands them over: the matrix as of
 * the day the seeds were read, and the migration rows (numbers parsed, blanks as null).
 */
import { seedInstruments } from '../export/seed-tracker-data';
import { buildMatrix, type Matrix } from '../../../src/lib/domain/matrix';
import type {
	NotRatifiedStatement,
	RatificationEvent
} from '../../../src/lib/domain/ratification-event';
import type { CorridorStock } from '../../../src/lib/domain/strategy/corridors';
import type {
	MigrantStockFigures,
	RemittanceFigures
} from '../../../src/lib/domain/strategy/importance';
import type { ItucFact } from '../../../src/lib/domain/strategy/ituc-facts';
import type { Country, TrackerData } from '../../../src/lib/domain/tracker-data';
import type { MembershipStatus } from '../../../src/lib/domain/groups';
import { eventsOf, readSeedCsv, SEED_RECORDED_ON, statementsOf } from '../../support/seed-rows';

/** The day the seeds were read: statuses are derived as of then. */
export const AS_OF = SEED_RECORDED_ON;

const num = (s: string | undefined): number | null =>
	s === undefined || s === '' ? null : Number(s);

function pairsOf(file: string): [string, string][] {
	const pairs = new Set(readSeedCsv(file).map((r) => `${r.iso3}:${r.instrument}`));
	return [...pairs].map((p) => p.split(':') as [string, string]);
}

/** TrackerData for the states the matrix lists (ILO members and UN members outside the ILO). */
function seedTrackerData(): TrackerData {
	const m49 = new Map(readSeedCsv('migrant_stock.csv').map((r) => [r.iso3, Number(r.m49)]));
	const country = (iso3: string, name: string, iloMember: boolean, unMember: boolean): Country => ({
		iso3,
		m49: m49.get(iso3) ?? 0,
		name,
		iloMember,
		unMember,
		membershipSource: 'seeds'
	});
	const countries = [
		...readSeedCsv('ilo_members.csv').map((r) =>
			country(r.iso3, r.country, true, r.un_member === 'yes')
		),
		...readSeedCsv('un-members-outside-ilo.csv').map((r) => country(r.iso3, r.country, false, true))
	];
	const events: RatificationEvent[] = [];
	const seen = new Set<string>();
	for (const file of ['ratifications.csv', 'ratifications-entry-into-force.csv'])
		for (const [iso3, code] of pairsOf(file))
			if (!seen.has(`${iso3}:${code}`)) {
				seen.add(`${iso3}:${code}`);
				events.push(...eventsOf(iso3, code));
			}
	const statements: NotRatifiedStatement[] = pairsOf('ratifications-negative.csv').flatMap(
		([iso3, code]) => statementsOf(iso3, code)
	);
	const groupRows = readSeedCsv('groups.csv');
	return {
		countries,
		instruments: seedInstruments(),
		groups: [
			...new Map(groupRows.map((r) => [r.group, { code: r.group, name: r.group_name }])).values()
		],
		memberships: groupRows.map((r) => ({
			groupCode: r.group,
			iso3: r.iso3,
			status: r.status as MembershipStatus,
			note: r.note
		})),
		events,
		statements,
		version: 1
	};
}

let matrix: Matrix | null = null;

/** The matrix of every listed state as of AS_OF, built once. */
export function seedMatrix(): Matrix {
	matrix ??= buildMatrix(seedTrackerData(), AS_OF);
	return matrix;
}

export function matrixRow(iso3: string) {
	const row = seedMatrix().rows.find((r) => r.country.iso3 === iso3);
	if (!row) throw new Error(`${iso3} is not in the seed matrix`);
	return row;
}

export function stockFigures(iso3: string, year = 2024): MigrantStockFigures {
	const r = readSeedCsv('migrant_stock.csv').find(
		(s) => s.iso3 === iso3 && s.year === String(year)
	);
	if (!r) throw new Error(`No ${year} row for ${iso3} in seeds/migrant_stock.csv`);
	return {
		iso3,
		year,
		immigrantStock: num(r.immigrant_stock),
		emigrantStock: num(r.emigrant_stock),
		population: num(r.population),
		immigrantPctOfPopulation: num(r.immigrant_pct_of_population),
		emigrantPctOfPopulation: num(r.emigrant_pct_of_population),
		imsDataType: r.ims_data_type || null
	};
}

export function allStockFigures(): MigrantStockFigures[] {
	return readSeedCsv('migrant_stock.csv').map((r) => stockFigures(r.iso3, Number(r.year)));
}

let corridors: CorridorStock[] | null = null;

export function corridorStocks(): CorridorStock[] {
	corridors ??= readSeedCsv('corridors.csv').map((r) => ({
		originIso3: r.origin_iso3,
		destinationIso3: r.destination_iso3,
		year: Number(r.year),
		migrants: Number(r.migrants),
		pctOfOriginEmigrants: num(r.pct_of_origin_emigrants),
		pctOfDestinationImmigrants: num(r.pct_of_destination_immigrants)
	}));
	return corridors;
}

export function remittanceFigures(iso3?: string): RemittanceFigures[] {
	return readSeedCsv('remittances.csv')
		.filter((r) => iso3 === undefined || r.iso3 === iso3)
		.map((r) => ({
			iso3: r.iso3,
			year: Number(r.year),
			inflowsUsdMnKnomad: num(r.inflows_usd_mn_knomad),
			inflowsPctGdpWdi: num(r.inflows_pct_gdp_wdi)
		}));
}

export function itucFacts(): ItucFact[] {
	return readSeedCsv('ituc_rights_index_partial.csv').map((r) => ({
		edition: Number(r.edition),
		iso3: r.iso3,
		rating: r.rating || null,
		factType: r.fact_type,
		fact: r.fact,
		sourceUrl: r.source_url
	}));
}

/** Current group codes of a state (withdrawn memberships left out, as in the matrix). */
export function groupsOf(iso3: string): string[] {
	return readSeedCsv('groups.csv')
		.filter((r) => r.iso3 === iso3 && r.status !== 'withdrawn')
		.map((r) => r.group);
}

export function countryNames(): Record<string, string> {
	return Object.fromEntries(readSeedCsv('migrant_stock.csv').map((r) => [r.iso3, r.country]));
}
