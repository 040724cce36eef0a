/** Map page parameters carried from one control's form to the next, as hidden fields. */
import type { MapQuery } from '$lib/domain/map-query';

/** The parameters the year and view forms keep when the other one changes. */
export function keptParams(query: MapQuery, without: 'as_of' | 'view'): Record<string, string> {
	const keep: Record<string, string> = {};
	if (without !== 'as_of' && query.asOfExplicit) keep.as_of = query.asOf;
	if (without !== 'view') {
		if (query.view !== 'world') keep.view = query.view;
		if (query.group) keep.group = query.group;
	}
	if (query.sort !== 'name') keep.sort = query.sort;
	if (query.dir !== 'asc') keep.dir = query.dir;
	return keep;
}
