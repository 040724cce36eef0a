import type { NotRatifiedStatement, RatificationEvent } from '../../../domain/ratification-event';
import type { TrackerDb } from '../index';
import { notRatifiedStatements, ratificationEvents } from '../schema';

export function listEvents(db: TrackerDb): RatificationEvent[] {
	return db
		.select({
			id: ratificationEvents.id,
			iso3: ratificationEvents.iso3,
			instrument: ratificationEvents.instrument,
			kind: ratificationEvents.kind,
			date: ratificationEvents.date,
			precision: ratificationEvents.precision,
			recordedOn: ratificationEvents.recordedOn,
			notes: ratificationEvents.notes,
			sourceUrl: ratificationEvents.sourceUrl,
			sourceTitle: ratificationEvents.sourceTitle,
			confidence: ratificationEvents.confidence,
			confidenceReason: ratificationEvents.confidenceReason,
			scopeKind: ratificationEvents.scopeKind,
			scope: ratificationEvents.scope,
			knownFrom: ratificationEvents.knownFrom,
			knownFromSource: ratificationEvents.knownFromSource
		})
		.from(ratificationEvents)
		.all();
}

export function listStatements(db: TrackerDb): NotRatifiedStatement[] {
	return db
		.select({
			id: notRatifiedStatements.id,
			iso3: notRatifiedStatements.iso3,
			instrument: notRatifiedStatements.instrument,
			asOf: notRatifiedStatements.asOf,
			precision: notRatifiedStatements.precision,
			statement: notRatifiedStatements.statement,
			sourceUrl: notRatifiedStatements.sourceUrl
		})
		.from(notRatifiedStatements)
		.all();
}
