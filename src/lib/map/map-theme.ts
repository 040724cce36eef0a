/**
 * The colours around the statuses: sea, borders, lines and text, for a light and a dark page. Status
 * colours (palette.ts) stay the same in both, so a key learnt on one reads on the other; borders
 * take the page's colour so neighbours stay apart, and text keeps at least 7:1 contrast (WCAG AAA).
 */
export const MAP_THEMES = ['light', 'dark'] as const;
export type MapTheme = (typeof MAP_THEMES)[number];

export interface MapColours {
	/** Behind everything, unless the map is transparent. */
	background: string;
	/** Inside the globe's outline. */
	sea: string;
	/** Edge of the globe. */
	rim: string;
	graticule: string;
	/** Between neighbouring States: the page colour, so shapes read as separate. */
	border: string;
	/** Areas with no status (territories, disputed areas). */
	noData: string;
	text: string;
	/** Marker rims and leader lines: must show on sea and on land of any status. */
	ink: string;
	/** The outline of a group's members, over a halo in `halo`. */
	groupLine: string;
	halo: string;
}

export const MAP_COLOURS: Record<MapTheme, MapColours> = {
	light: {
		background: '#ffffff',
		sea: '#eef2f5',
		rim: '#9aa7b1',
		graticule: '#d6dde3',
		border: '#ffffff',
		noData: '#e4e4e4',
		text: '#1b1b1b',
		ink: '#1b1b1b',
		groupLine: '#000000',
		halo: '#ffffff'
	},
	dark: {
		background: '#121417',
		sea: '#1b2329',
		rim: '#4a5863',
		graticule: '#2a343c',
		border: '#121417',
		noData: '#3b4147',
		text: '#f2f2f2',
		ink: '#f2f2f2',
		groupLine: '#ffffff',
		halo: '#000000'
	}
};

/** "Noto Sans" is the face the PNG renderer embeds; browsers fall back to their sans-serif. */
export const MAP_FONT_FAMILY = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif";
