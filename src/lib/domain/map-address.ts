/**
 * A map's address: the parameters it takes, their defaults and limits, the parsed query's shape,
 * and the query string that writes one back. No parsing here (map-query.ts parses), so pages can
 * build links in the browser without loading the validation library.
 */
import type { IsoDay } from './partial-date';

/** Every parameter a map address can take; each address allows a subset (see MapQueryOptions). */
export const MAP_PARAMS = [
	'as_of',
	'view',
	'group',
	'sort',
	'dir',
	'width',
	'plain',
	'dark',
	'transparent'
] as const;
export type MapParam = (typeof MAP_PARAMS)[number];

/** A map page: the day, the region, the group outline and the table's order. */
export const MAP_PAGE_PARAMS = [
	'as_of',
	'view',
	'group',
	'sort',
	'dir'
] as const satisfies readonly MapParam[];
/** An image or embed: the page's map parameters plus size and look; no table, so no sort. */
export const MAP_IMAGE_PARAMS = [
	'as_of',
	'view',
	'group',
	'width',
	'plain',
	'dark',
	'transparent'
] as const satisfies readonly MapParam[];

export const MAP_TABLE_SORTS = ['name', 'status', 'date'] as const;
export type MapTableSort = (typeof MAP_TABLE_SORTS)[number];
export const MAP_SORT_DIRECTIONS = ['asc', 'desc'] as const;
export type MapSortDirection = (typeof MAP_SORT_DIRECTIONS)[number];

/** Image widths in px: narrower cannot hold the legend; wider only costs render time and cache. */
export const MIN_QUERY_WIDTH = 320;
export const MAX_QUERY_WIDTH = 2400;
export const DEFAULT_MAP_WIDTH = 960;

export const FLAG_ACCEPTED = 'nothing, 1 or true (on), or 0 or false (off)';

export interface MapQuery {
	asOf: IsoDay;
	/** True when the URL named a date (false: today). */
	asOfExplicit: boolean;
	/** A map view id (see MAP_VIEWS); 'world' unless asked. */
	view: string;
	/** A group code whose members are outlined, or null. */
	group: string | null;
	sort: MapTableSort;
	dir: MapSortDirection;
	/** Image width in px; the default when not given or not allowed. */
	width: number;
	/** Map only: no heading, legend or notes drawn around it. */
	plain: boolean;
	dark: boolean;
	/** No background behind the map (PNG alpha, SVG without a backdrop). */
	transparent: boolean;
}

export const DEFAULT_MAP_VIEW = 'world';

/**
 * The query string for a map, leaving out defaults and anything `allowed` does not list, so links
 * stay short and canonical: `?as_of=2010-12-31&view=africa`, or '' for today's world map.
 */
export function mapQueryString(
	query: Partial<MapQuery>,
	allowed: readonly MapParam[] = MAP_PAGE_PARAMS,
	defaultWidth = DEFAULT_MAP_WIDTH
): string {
	const params = new URLSearchParams();
	const set = (name: MapParam, value: string) => {
		if ((allowed as readonly string[]).includes(name)) params.set(name, value);
	};
	if (query.asOfExplicit && query.asOf) set('as_of', query.asOf);
	if (query.view && query.view !== DEFAULT_MAP_VIEW) set('view', query.view);
	if (query.group) set('group', query.group);
	if (query.sort && query.sort !== 'name') set('sort', query.sort);
	if (query.dir && query.dir !== 'asc') set('dir', query.dir);
	if (query.width && query.width !== defaultWidth) set('width', String(query.width));
	if (query.plain) set('plain', '1');
	if (query.dark) set('dark', '1');
	if (query.transparent) set('transparent', '1');
	const s = params.toString();
	return s ? `?${s}` : '';
}
