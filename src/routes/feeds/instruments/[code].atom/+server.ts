/** Atom feed of the published changes about one instrument, in every country. */
import { error, redirect } from '@sveltejs/kit';
import { appDatabase } from '$lib/server/app-database';
import { feedResponse } from '$lib/server/change-feed';
import { readTrackerData } from '$lib/server/tracker-snapshot';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params, request }) => {
	const db = appDatabase();
	const { instruments } = readTrackerData(db);
	const instrument = instruments.find((i) => i.code.toUpperCase() === params.code.toUpperCase());
	if (!instrument)
		error(404, {
			message: `No instrument has the code "${params.code.slice(0, 24)}": the feeds follow ${instruments.map((i) => i.code).join(', ')}, such as /feeds/instruments/${instruments[0]?.code ?? 'C087'}.atom.`
		});
	if (params.code !== instrument.code) redirect(308, `/feeds/instruments/${instrument.code}.atom`);
	return feedResponse(db, request, {
		path: `/feeds/instruments/${instrument.code}.atom`,
		title: `${instrument.code} (${instrument.shortTitle}): published changes`,
		subtitle: `Campaign steps and reviewed ratification events about ${instrument.code} in every country, newest first.`,
		alternatePath: `/instruments/${instrument.code}`,
		filter: { instrument: instrument.code }
	});
};
