/**
 * A map's paint from the rows of its table (the coverage map's: coverage-table-paint.ts). The page sends the table's rows once and paints the map
 * from them, in the browser as on the server, and the images paint from the same rows, so the map
 * and its table of equal standing cannot disagree.
 */
import type { IsoDay } from '$lib/domain/partial-date';
import {
	instrumentPaint,
	type CampaignRing,
	type ChoroplethPaint,
	type InstrumentPaintInput,
	type MapGroup
} from './choropleth';
import type { MapTableRow } from './map-table';

export interface TablePaintContext {
	asOf: IsoDay;
	/** The outlined group's code and name; its members are the rows marked inGroup. */
	group: { code: string; name: string } | null;
	/** Region the map is framed on ("Africa"); null for the world. */
	scope: string | null;
	/** Appended to every State's link, e.g. '?as_of=2010-12-31'. */
	hrefQuery: string;
	/** Instrument maps: where the rows' active campaigns are ringed, by iso3 (map-view.ts). */
	campaignRings?: Record<string, CampaignRing>;
}

export function mapGroup(
	group: TablePaintContext['group'],
	rows: readonly { iso3: string; inGroup: boolean }[]
): MapGroup | null {
	return group && { ...group, members: new Set(rows.filter((r) => r.inGroup).map((r) => r.iso3)) };
}

export function instrumentPaintFromTable(
	rows: readonly MapTableRow[],
	context: TablePaintContext & {
		instrument: { code: string; shortTitle: string; body: 'ILO' | 'UN' };
		coverage: InstrumentPaintInput['coverage'];
	}
): ChoroplethPaint {
	return instrumentPaint({
		instrument: context.instrument,
		asOf: context.asOf,
		coverage: context.coverage,
		states: rows.map((r) => ({
			iso3: r.iso3,
			name: r.name,
			fact: { status: r.status, date: r.date, limit: r.limit },
			campaign: r.campaign
		})),
		campaignRings: context.campaignRings,
		group: mapGroup(context.group, rows),
		scope: context.scope,
		hrefQuery: context.hrefQuery
	});
}
