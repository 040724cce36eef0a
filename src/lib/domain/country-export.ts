/**
 * One state as the API answers for it: its memberships, for each instrument the derived status with
 * every event and statement behind it, and the migration facts a campaign argues from, each with its source.
 */
import { asOfQueryString } from './as-of-query';
import { exportMeta, type ExportMeta } from './export-meta';
import type { Coverage } from './coverage';
import {
	exportCell,
	exportInstrument,
	type ExportedCell,
	type ExportedInstrument
} from './matrix-export';
import {
	CORRIDORS_NOTE,
	CORRIDORS_SOURCE,
	CORRIDORS_YEAR,
	MIGRANT_STOCK_NOTE,
	MIGRANT_STOCK_SOURCE,
	MIGRANT_STOCK_YEAR,
	REMITTANCES_NOTE,
	REMITTANCES_SOURCE,
	REMITTANCES_YEAR
} from './migration-sources';
import { interval, type IsoDay } from './partial-date';
import type { NotRatifiedStatement, RatificationEvent } from './ratification-event';
import type { DerivedStatus } from './ratification-status';
import type { Country, Group, GroupMembership, Instrument } from './tracker-data';

/** A country-year of migrant stock (migrant_stock table). */
export interface MigrantStockFacts {
	immigrantStock: number | null;
	emigrantStock: number | null;
	population: number | null;
	immigrantPctOfPopulation: number | null;
	emigrantPctOfPopulation: number | null;
	femalePctOfImmigrants: number | null;
	imsDataType: string | null;
}

/** A country-year of remittances, KNOMAD columns (remittances table). */
export interface RemittanceFacts {
	inflowsUsdMnKnomad: number | null;
	outflowsUsdMnKnomad: number | null;
}

/** One corridor seen from the country: the other end and its size. */
export interface CorridorFacts {
	iso3: string;
	name: string;
	migrants: number;
	pctOfOriginEmigrants: number | null;
	pctOfDestinationImmigrants: number | null;
}

export interface CountryFacts {
	stock: MigrantStockFacts | undefined;
	remittances: RemittanceFacts | undefined;
	/** Largest corridors out of the country, largest first. */
	destinations: readonly CorridorFacts[];
	/** Largest corridors into the country, largest first. */
	origins: readonly CorridorFacts[];
}

export type ExportedEvent = Omit<RatificationEvent, 'id' | 'iso3' | 'instrument'>;
export type ExportedStatement = Omit<NotRatifiedStatement, 'id' | 'iso3' | 'instrument'>;

export interface CountryInstrument extends ExportedInstrument {
	derived: ExportedCell;
	/** Every event we hold for this state and instrument, earliest first, whatever the as_of day. */
	events: ExportedEvent[];
	statements: ExportedStatement[];
}

export interface CountryDocument {
	meta: ExportMeta & { links: { self: string; matrix: string } };
	country: Country;
	memberships: { group: string; name: string; status: GroupMembership['status']; note: string }[];
	instruments: CountryInstrument[];
	migration: {
		stock: ({ year: number; source: string; note: string } & MigrantStockFacts) | null;
		remittances: {
			year: number;
			source: string;
			note: string;
			inflowsUsdMn: number | null;
			outflowsUsdMn: number | null;
		} | null;
		corridors: {
			year: number;
			source: string;
			note: string;
			destinations: CorridorFacts[];
			origins: CorridorFacts[];
		};
	};
}

/** Chronological; undated events by the date of their source, or failing that the day it was read. */
function eventOrder(e: RatificationEvent): IsoDay {
	return e.date
		? interval(e.date).earliest
		: e.knownFrom
			? interval(e.knownFrom).latest
			: e.recordedOn;
}

/** Fields listed one by one, so a field added to the records does not join the API unreviewed. */
function exportEvent(e: RatificationEvent): ExportedEvent {
	return {
		kind: e.kind,
		date: e.date,
		precision: e.precision,
		recordedOn: e.recordedOn,
		notes: e.notes,
		sourceUrl: e.sourceUrl,
		sourceTitle: e.sourceTitle,
		confidence: e.confidence,
		confidenceReason: e.confidenceReason,
		scopeKind: e.scopeKind,
		scope: e.scope,
		knownFrom: e.knownFrom,
		knownFromSource: e.knownFromSource
	};
}

function exportStatement(s: NotRatifiedStatement): ExportedStatement {
	return { asOf: s.asOf, precision: s.precision, statement: s.statement, sourceUrl: s.sourceUrl };
}

const corridor = (c: CorridorFacts): CorridorFacts => ({
	iso3: c.iso3,
	name: c.name,
	migrants: c.migrants,
	pctOfOriginEmigrants: c.pctOfOriginEmigrants,
	pctOfDestinationImmigrants: c.pctOfDestinationImmigrants
});

export function countryDocument(input: {
	country: Country;
	groups: readonly Group[];
	/** This country's memberships. */
	memberships: readonly GroupMembership[];
	instruments: readonly (Instrument & { coverage: Coverage })[];
	/** Derived statuses of this country, keyed by instrument code. */
	cells: Record<string, DerivedStatus>;
	/** This country's events and statements. */
	events: readonly RatificationEvent[];
	statements: readonly NotRatifiedStatement[];
	facts: CountryFacts;
	asOf: IsoDay;
	asOfExplicit: boolean;
	dataVersion: number;
	origin: string;
}): CountryDocument {
	const { country, facts, origin } = input;
	const groupName = new Map(input.groups.map((g) => [g.code, g.name]));
	const query = asOfQueryString(input);
	const { stock, remittances } = facts;
	return {
		meta: {
			...exportMeta(input),
			links: {
				self: `${origin}/api/v1/countries/${country.iso3}.json${query}`,
				matrix: `${origin}/api/v1/matrix.json${query}`
			}
		},
		country: {
			iso3: country.iso3,
			m49: country.m49,
			name: country.name,
			iloMember: country.iloMember,
			unMember: country.unMember,
			membershipSource: country.membershipSource
		},
		memberships: input.memberships
			.map((m) => ({
				group: m.groupCode,
				name: groupName.get(m.groupCode) ?? m.groupCode,
				status: m.status,
				note: m.note
			}))
			.sort((a, b) => a.group.localeCompare(b.group)),
		instruments: input.instruments.map((instrument) => ({
			...exportInstrument(instrument),
			derived: exportCell(input.cells[instrument.code], instrument),
			events: input.events
				.filter((e) => e.instrument === instrument.code)
				.sort((a, b) => eventOrder(a).localeCompare(eventOrder(b)))
				.map(exportEvent),
			statements: input.statements
				.filter((s) => s.instrument === instrument.code)
				.sort((a, b) => a.asOf.localeCompare(b.asOf))
				.map(exportStatement)
		})),
		migration: {
			stock: stock
				? {
						year: MIGRANT_STOCK_YEAR,
						source: MIGRANT_STOCK_SOURCE,
						note: MIGRANT_STOCK_NOTE,
						immigrantStock: stock.immigrantStock,
						emigrantStock: stock.emigrantStock,
						population: stock.population,
						immigrantPctOfPopulation: stock.immigrantPctOfPopulation,
						emigrantPctOfPopulation: stock.emigrantPctOfPopulation,
						femalePctOfImmigrants: stock.femalePctOfImmigrants,
						imsDataType: stock.imsDataType
					}
				: null,
			remittances: remittances
				? {
						year: REMITTANCES_YEAR,
						source: REMITTANCES_SOURCE,
						note: REMITTANCES_NOTE,
						inflowsUsdMn: remittances.inflowsUsdMnKnomad,
						outflowsUsdMn: remittances.outflowsUsdMnKnomad
					}
				: null,
			corridors: {
				year: CORRIDORS_YEAR,
				source: CORRIDORS_SOURCE,
				note: CORRIDORS_NOTE,
				destinations: facts.destinations.map(corridor),
				origins: facts.origins.map(corridor)
			}
		}
	};
}
