/** Atom feed of one country's published changes (the same rows as /countries/[iso3]/history). */
import { error, redirect } from '@sveltejs/kit';
import { appDatabase } from '$lib/server/app-database';
import { feedResponse } from '$lib/server/change-feed';
import { readTrackerData } from '$lib/server/tracker-snapshot';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, request }) => {
	const db = appDatabase();
	const code = params.iso3.toUpperCase();
	const country = readTrackerData(db).countries.find((c) => c.iso3 === code);
	if (!country)
		error(404, {
			message: `No country or area has the code "${params.iso3.slice(0, 24)}": feeds are addressed by ISO 3166 alpha-3 codes, such as /feeds/countries/NPL.atom.`
		});
	if (params.iso3 !== code) redirect(308, `/feeds/countries/${code}.atom`);
	return feedResponse(db, request, {
		path: `/feeds/countries/${code}.atom`,
		title: `${country.name}: published changes`,
		subtitle: `Campaign steps, the campaign contact and reviewed ratification events for ${country.name}, newest first.`,
		alternatePath: `/countries/${code}/history`,
		filter: { iso3: code }
	});
};
