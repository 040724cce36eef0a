/**
 * What every export and API answer says about itself: the day its statuses are for, the data version
 * it was built from, and where its facts come from. Provenance lives here (and in the JSON), because a
 * CSV has no place for comments.
 */
import type { IsoDay } from './partial-date';

export const ABOUT_DATA_PATH = '/about/data';

/**
 * The project licenses its code under AGPL-3.0-or-later; no separate licence for the compiled data has
 * been chosen yet, so the note asks for attribution and points at each record's own source.
 */
export const LICENCE_NOTE =
	"Code: AGPL-3.0-or-later. Compiled ratification records: cite this tracker and the source URL given with each record. Third-party figures keep their publishers' terms (UN DESA International Migrant Stock: CC BY 3.0 IGO).";

export const SOURCES_NOTE =
	'Every status is derived, for the as_of day, from dated events and "not ratified" statements, each read from the source URL given with it (mostly ILO NORMLEX and the UN Treaty Collection; a record that rests on a secondary source or on inference says so in its confidence). "unknown" means our sourced coverage does not decide the day; it never means "not ratified".';

export interface ExportMeta {
	/** The day every status is derived for. */
	asOf: IsoDay;
	/** True when the URL named the day; false when it defaulted to today (UTC). */
	asOfExplicit: boolean;
	/** The data version the answer was built from; it changes whenever the data does. */
	dataVersion: number;
	licence: string;
	sources: string;
	/** How the data is compiled, its coverage and caveats. */
	about: string;
}

export function exportMeta(input: {
	asOf: IsoDay;
	asOfExplicit: boolean;
	dataVersion: number;
	origin: string;
}): ExportMeta {
	return {
		asOf: input.asOf,
		asOfExplicit: input.asOfExplicit,
		dataVersion: input.dataVersion,
		licence: LICENCE_NOTE,
		sources: SOURCES_NOTE,
		about: `${input.origin}${ABOUT_DATA_PATH}`
	};
}
