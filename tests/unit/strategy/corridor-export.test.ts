import { describe, expect, it } from 'vitest';
import {
	corridorDocument,
	exportAgreement,
	SOLIDARITY_KIND_LABELS
} from '../../../src/lib/domain/corridor-export';
import { corridorSections } from '../../../src/lib/domain/strategy/corridor-sections';
import { SOLIDARITY_KINDS } from '../../../src/lib/domain/strategy/corridors';
import { readSeedCsv } from '../../support/seed-rows';
import {
	AS_OF,
	corridorStocks,
	countryNames,
	itucFacts,
	remittanceFigures,
	seedMatrix,
	stockFigures
} from './seed-strategy-data';

const agreements = readSeedCsv('solidarity_agreements.csv').map((r) => ({
	originIso3: r.origin_iso3,
	originParty: r.origin_party,
	destinationIso3: r.destination_iso3,
	destinationParty: r.destination_party,
	signedOn: r.signed_on,
	place: r.place,
	kind: r.kind,
	sourceTitle: r.source_title,
	sourceQuote: r.source_quote
}));
const query = { instrument: 'ICRMW', group: null, limit: 12, asOf: AS_OF, asOfExplicit: false };
const sections = corridorSections({
	iso3: 'LKA',
	instrument: query.instrument,
	asOf: AS_OF,
	rows: seedMatrix().rows,
	asOrigin: corridorStocks().filter((c) => c.originIso3 === 'LKA'),
	asDestination: corridorStocks().filter((c) => c.destinationIso3 === 'LKA'),
	stock: stockFigures('LKA'),
	remittances: remittanceFigures('LKA'),
	agreements,
	itucFacts: itucFacts(),
	names: countryNames(),
	group: null,
	limit: query.limit
});
const lka = seedMatrix().rows.find((r) => r.country.iso3 === 'LKA')!;
const doc = corridorDocument({
	country: lka.country,
	instrument: seedMatrix().instruments.find((i) => i.code === 'ICRMW')!,
	status: lka.cells.ICRMW,
	sections,
	agreements,
	names: countryNames(),
	query,
	dataVersion: 3,
	origin: 'https://t.example'
});

describe('the corridor export', () => {
	it('gives Sri Lanka → Kuwait its people, both statuses and the agreement exactly as its source states it', () => {
		const kuwait = doc.sections[0].corridors.find((c) => c.partner.iso3 === 'KWT')!;
		const seed = readSeedCsv('corridors.csv').find(
			(r) => r.origin_iso3 === 'LKA' && r.destination_iso3 === 'KWT'
		)!;
		expect(kuwait.migrants).toBe(Number(seed.migrants));
		expect(kuwait.origin.status).toBe(lka.cells.ICRMW.status);
		expect(kuwait.destination.statusReason).toBeTruthy();
		expect(kuwait.agreements).toEqual([
			exportAgreement(agreements.find((a) => a.destinationIso3 === 'KWT')!)
		]);
		expect(kuwait.reasons.every((r) => r.source.length > 0)).toBe(true);
	});

	it('labels every solidarity opportunity it marks', () => {
		for (const kind of SOLIDARITY_KINDS) expect(SOLIDARITY_KIND_LABELS[kind]).toBeTruthy();
		for (const c of doc.sections.flatMap((s) => s.corridors))
			expect(c.opportunityLabel).toBe(c.opportunity ? SOLIDARITY_KIND_LABELS[c.opportunity] : null);
	});

	it('lists every agreement with Sri Lankan unions and links to the page for the same query', () => {
		expect(doc.agreements.map((a) => a.destinationIso3).sort()).toEqual(['BHR', 'JOR', 'KWT']);
		expect(doc.meta.links.page).toBe('https://t.example/corridors/LKA?instrument=ICRMW&limit=12');
		expect(doc.meta.country).toEqual({ iso3: 'LKA', name: lka.country.name });
	});
});
