import { error, redirect } from '@sveltejs/kit';
import { parseAsOf } from '$lib/domain/as-of';
import { buildMatrix } from '$lib/domain/matrix';
import { appDatabase } from '$lib/server/app-database';
import { matrixStates, readTrackerData } from '$lib/server/tracker-snapshot';
import { statusGroups } from './status-groups';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params, url }) => {
	const data = readTrackerData(appDatabase());
	const asked = params.code;
	// Echo only the start of a long address: enough to recognise, too short to abuse.
	const shown = asked.length > 24 ? `${asked.slice(0, 24)}…` : asked;
	const code = asked.toUpperCase();
	const instrument = data.instruments.find((i) => i.code === code);

	if (!instrument) {
		// Links in a hint are written [label](/path); +error.svelte turns them into links.
		const known = data.instruments.map(
			(i) => `[${i.code}](/instruments/${i.code}): ${i.shortTitle}`
		);
		error(404, {
			message: `No instrument has the code "${shown}".`,
			hint: `The tracker follows ${known.join('; ')}.`
		});
	}
	if (asked !== code) redirect(308, `/instruments/${code}${url.search}`);

	const asOf = parseAsOf(url.searchParams.get('as_of'));
	if (!asOf.ok)
		error(400, {
			message: `Cannot show ${instrument.code} as of "${asOf.error.value.slice(0, 24)}": that is not a date we can show.`,
			errors: [asOf.error]
		});

	const matrix = buildMatrix(data, asOf.value, matrixStates(data));
	const { coverage } = matrix.instruments.find((i) => i.code === code)!;
	return {
		asOf: asOf.value,
		asOfExplicit: asOf.explicit,
		instrument: {
			code: instrument.code,
			body: instrument.body,
			title: instrument.title,
			shortTitle: instrument.shortTitle,
			adoptedYear: instrument.adoptedYear,
			officialStatusUrl: instrument.officialStatusUrl,
			officialCountKind: instrument.officialCountKind,
			officialCountSource: instrument.officialCountSource
		},
		coverage,
		groups: statusGroups(matrix, code)
	};
};
