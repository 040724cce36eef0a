import { error, redirect } from '@sveltejs/kit';
import { parseAsOf } from '$lib/domain/as-of';
import { canEditCountry } from '$lib/domain/authorization';
import { appDatabase } from '$lib/server/app-database';
import { readCountryCampaign } from '$lib/server/campaign-snapshot';
import * as agreements from '$lib/server/db/queries/agreements';
import { matrixStates, readTrackerData } from '$lib/server/tracker-snapshot';
import { closeMatches } from './close-matches';
import { countryProfile } from './country-profile';
import { migrationFacts } from './migration-facts.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url, locals }) => {
	const db = appDatabase();
	const data = readTrackerData(db);
	const asked = params.iso3;
	// Echo only the start of a long address: enough to recognise, too short to abuse.
	const shown = asked.length > 24 ? `${asked.slice(0, 24)}…` : asked;
	const code = asked.toUpperCase();
	const country = data.countries.find((c) => c.iso3 === code);

	if (!country) {
		// Links in a hint are written [label](/path); +error.svelte turns them into links.
		const matches = closeMatches(asked, data.countries).map(
			(c) => `[${c.name} (${c.iso3})](/countries/${c.iso3})`
		);
		error(404, {
			message: `No country or area has the code "${shown}". Pages are addressed by ISO 3166 alpha-3 codes, such as /countries/NPL for Nepal.`,
			hint: `${matches.length ? `Did you mean ${matches.join(', ')}? ` : ''}Every state is listed, with its code, on [the matrix](/matrix).`
		});
	}
	if (asked !== code) redirect(308, `/countries/${code}${url.search}`);

	const asOf = parseAsOf(url.searchParams.get('as_of'));
	if (!asOf.ok)
		error(400, {
			message: `Cannot show ${country.name} as of "${asOf.error.value.slice(0, 24)}": that is not a date we can show.`,
			errors: [asOf.error]
		});

	const listed = matrixStates(data).some((c) => c.iso3 === country.iso3);
	return {
		asOf: asOf.value,
		asOfExplicit: asOf.explicit,
		profile: countryProfile(data, country, asOf.value, listed),
		migration: migrationFacts(db, country.iso3),
		campaign: readCountryCampaign(db, country.iso3),
		canEditCampaign: canEditCountry(locals.user, country.iso3),
		agreements: agreements.involving(db, country.iso3),
		names: Object.fromEntries(data.countries.map((c) => [c.iso3, c.name]))
	};
};
