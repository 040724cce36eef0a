/**
 * What both map pages send besides their own rows: the controls' choices, the snippets, the day.
 * Kept small: the shapes come from the layout's load, once per view, and the paint is made in the
 * page from the table's rows (table-paint.ts), so neither is sent twice.
 */
import { mapQueryString, type MapQuery } from '$lib/domain/map-query';
import { todayIso } from '$lib/domain/partial-date';
import type { ChoroplethPaint } from '$lib/map/choropleth';
import { MAP_VIEWS } from '$lib/map/projections';
import { config } from '$lib/server/config.js';
import type { TrackerData } from '$lib/domain/tracker-data';
import { mapSnippets } from './embed-snippets';

export function mapPageData(
	data: TrackerData,
	query: MapQuery,
	map: {
		name: string;
		instrument: string | null;
		/** What the map shows, without a day ("C097 Migration for employment: status by State"). */
		title: string;
		/** The paint as of the frozen snippet's day (today unless the page names a day). */
		paint: ChoroplethPaint;
		mapHeight: number;
	}
) {
	const today = todayIso();
	return {
		query,
		queryString: mapQueryString(query),
		today,
		views: MAP_VIEWS.map((v) => ({ id: v.id, label: v.label })),
		groups: data.groups.map((g) => ({ code: g.code, name: g.name })),
		snippets: mapSnippets({
			origin: config().origin,
			map: map.name,
			instrument: map.instrument,
			query,
			today,
			title: map.title,
			description: map.paint.description,
			mapHeight: map.mapHeight
		})
	};
}
