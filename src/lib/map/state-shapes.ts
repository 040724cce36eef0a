/**
 * A geometry's shapes grouped by State, each with its small-state marker, for the strategy and
 * corridor maps. Pure. The status choropleth has its own grouping (choropleth.ts, choroplethShapes)
 * with pointer targets and paths kept server-side; this one stays minimal so the two maps do not
 * move with it. Merge them when the choropleth's shapes settle.
 */
import type { MapGeometry } from './geometry';

export interface ShapeMarker {
	readonly x: number;
	readonly y: number;
	readonly r: number;
	/** Where the State is; a leader line joins it to the marker when they differ. */
	readonly anchorX: number;
	readonly anchorY: number;
}

export interface GroupedState {
	readonly iso3: string;
	readonly name: string;
	/** Path data of all the State's shapes; '' when it has none at this scale (Tuvalu). */
	readonly d: string;
	readonly marker: ShapeMarker | null;
}

/** An area no listed State claims (territories, disputed areas): drawn for context only. */
export interface ContextShape {
	readonly featureId: string;
	readonly name: string;
	readonly d: string;
}

export interface GroupedShapes {
	readonly view: string;
	readonly width: number;
	readonly height: number;
	readonly outline: string;
	readonly graticule: string;
	/** States without a marker first, then those with one (drawn on top); by name within each. */
	readonly states: readonly GroupedState[];
	readonly noData: readonly ContextShape[];
}

export function groupShapes(geometry: MapGeometry): GroupedShapes {
	const paths = new Map<string, { name: string; d: string[] }>();
	const noData: ContextShape[] = [];
	for (const shape of geometry.shapes) {
		if (!shape.iso3) {
			noData.push({ featureId: shape.featureId, name: shape.name, d: shape.d });
			continue;
		}
		const entry = paths.get(shape.iso3) ?? { name: shape.name, d: [] };
		entry.d.push(shape.d);
		paths.set(shape.iso3, entry);
	}
	const markers = new Map(geometry.markers.map((m) => [m.iso3, m]));
	const names = new Map([...paths].map(([iso3, p]) => [iso3, p.name]));
	for (const m of geometry.markers) if (!names.has(m.iso3)) names.set(m.iso3, m.name);
	const states: GroupedState[] = [...names].map(([iso3, name]) => {
		const m = markers.get(iso3);
		return {
			iso3,
			name,
			d: paths.get(iso3)?.d.join('') ?? '',
			marker: m ? { x: m.x, y: m.y, r: m.r, anchorX: m.anchorX, anchorY: m.anchorY } : null
		};
	});
	const byName = (a: GroupedState, b: GroupedState) => a.name.localeCompare(b.name, 'en');
	return {
		view: geometry.view,
		width: geometry.width,
		height: geometry.height,
		outline: geometry.outline,
		graticule: geometry.graticule,
		states: [
			...states.filter((s) => !s.marker).sort(byName),
			...states.filter((s) => s.marker).sort(byName)
		],
		noData
	};
}
