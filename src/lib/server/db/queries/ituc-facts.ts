/** Facts from the ITUC Global Rights Index (press excerpts only, ituc_rights_index_partial.csv). */
import { asc } from 'drizzle-orm';
import type { ItucFact } from '../../../domain/strategy/ituc-facts';
import type { TrackerDb } from '../index';
import { itucFacts } from '../schema';

export function list(db: TrackerDb): ItucFact[] {
	return db
		.select({
			edition: itucFacts.edition,
			iso3: itucFacts.iso3,
			rating: itucFacts.rating,
			factType: itucFacts.factType,
			fact: itucFacts.fact,
			sourceUrl: itucFacts.sourceUrl
		})
		.from(itucFacts)
		.orderBy(asc(itucFacts.iso3), asc(itucFacts.edition), asc(itucFacts.id))
		.all();
}
