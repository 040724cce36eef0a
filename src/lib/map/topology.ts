/**
 * The world's country shapes, decoded once. We draw Natural Earth 1:50m (world-atlas
 * countries-50m.json, 756 kB): 1:110m lacks 24 ILO member States (Bahrain, Singapore, Malta,
 * Mauritius, most island States), while 1:50m lacks only Tuvalu, which tiny-states.generated.ts
 * supplies as a point taken from 1:10m, so the 3.6 MB 1:10m file never reaches the server bundle.
 * 1:50m is far finer than a 960 px world map needs, so geometry.ts simplifies it per view and
 * width (simplify.ts) before drawing.
 *
 * Importing this module pulls the JSON into the bundle: call the map builders from server code
 * (+page.server.ts, +server.ts) and pass their plain output to components.
 */
import countries50m from 'world-atlas/countries-50m.json';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

export interface CountryProperties {
	/** Natural Earth's short English name, e.g. 'Dem. Rep. Congo', 'N. Cyprus'. */
	name: string;
}
export type CountryTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>;
/** A Natural Earth country; `id` is its ISO 3166 numeric (= UN M49) code, absent for some areas. */
export type CountryFeature = Feature<Polygon | MultiPolygon, CountryProperties> & { id?: string };

/**
 * Antarctica is left off every view: no State ratifies for it, and drawing it would spend a sixth
 * of a world map's height on 'no data'. Sub-Antarctic territories stay (they have codes).
 */
const ANTARCTICA_M49 = '010';

let cachedTopology: CountryTopology | undefined;
let cachedFeatures: readonly CountryFeature[] | undefined;

/** The 1:50m topology without Antarctica; arcs are shared with the imported file, never mutated. */
export function countryTopology(): CountryTopology {
	if (!cachedTopology) {
		const source = countries50m as unknown as CountryTopology;
		const geometries = source.objects.countries.geometries.filter(
			(g: GeometryObject<CountryProperties>) => g.id !== ANTARCTICA_M49
		);
		cachedTopology = {
			...source,
			objects: { countries: { ...source.objects.countries, geometries } }
		};
	}
	return cachedTopology;
}

/** Every country shape at full 1:50m detail, decoded on first use. */
export function countryFeatures(): readonly CountryFeature[] {
	cachedFeatures ??= decodeCountries(countryTopology());
	return cachedFeatures;
}

export function decodeCountries(topology: CountryTopology): CountryFeature[] {
	const collection = feature(topology, topology.objects.countries);
	return collection.features.filter(
		(f): f is CountryFeature =>
			f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon'
	) as CountryFeature[];
}
