/**
 * What a map shows: one instrument's statuses, or the coverage of all of them. Every map address
 * (page, SVG, PNG, embed) is named from it, so links between them agree.
 */
import { MAP_PAGE_PARAMS, mapQueryString, type MapQuery } from '$lib/domain/map-query';

export type MapSubject = { type: 'instrument'; code: string } | { type: 'coverage' };

/** 'C097' or 'coverage': the path segment of every address of the map. */
export function subjectSegment(subject: MapSubject): string {
	return subject.type === 'coverage' ? 'coverage' : subject.code;
}

/** The full map page with the same day, view and group: '/maps/C097?as_of=2010-12-31'. */
export function mapPagePath(subject: MapSubject, query: Partial<MapQuery>): string {
	return `/maps/${subjectSegment(subject)}${mapQueryString(query, MAP_PAGE_PARAMS)}`;
}
