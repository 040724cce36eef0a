import { error, redirect } from '@sveltejs/kit';
import { SOLIDARITY_KIND_LABELS } from '$lib/domain/corridor-export';
import {
	ALL_CORRIDORS,
	corridorQueryString,
	DEFAULT_CORRIDOR_LIMIT,
	MAX_CORRIDOR_LIMIT
} from '$lib/domain/corridor-query';
import { todayIso } from '$lib/domain/partial-date';
import { corridorMapOf, corridorView } from '$lib/server/corridor-view';
import type { PageServerLoad } from './$types';

/** As /strategy: a GET form and links, so no script and no hydration data. */
export const csr = false;

export const load: PageServerLoad = ({ params, url }) => {
	const view = corridorView(params.iso3, url.searchParams);
	if (!view.ok) {
		if (view.kind === 'redirect') redirect(308, `/corridors/${view.iso3}${url.search}`);
		if (view.kind === 'not_found') error(404, { message: view.message, hint: view.hint });
		error(400, {
			message: `The corridors of ${params.iso3.toUpperCase()} cannot be shown this way: ${view.errors.length === 1 ? 'one parameter was' : `${view.errors.length} parameters were`} not understood.`,
			errors: view.errors
		});
	}
	const { data, facts, query, instrument, country, sections, agreements, matrix } = view.value;
	// The GET form sends every field, empty ones too; answer with the short canonical address.
	const canonical = corridorQueryString(query);
	if ([...url.searchParams.values()].some((v) => v === ''))
		redirect(303, `/corridors/${country.iso3}${canonical}`);
	const cell = matrix.rows.find((r) => r.country.iso3 === country.iso3)!.cells[query.instrument];
	const statusOf = (iso3: string) => {
		const c = matrix.rows.find((r) => r.country.iso3 === iso3)?.cells[query.instrument];
		return c ? { status: c.status, reason: c.reason } : null;
	};
	return {
		country: { iso3: country.iso3, name: country.name },
		query,
		queryString: canonical,
		asOfQuery: query.asOfExplicit ? `?as_of=${query.asOf}` : '',
		today: todayIso(),
		limits: { default: DEFAULT_CORRIDOR_LIMIT, max: MAX_CORRIDOR_LIMIT, all: ALL_CORRIDORS },
		instruments: data.instruments.map((i) => ({ code: i.code, shortTitle: i.shortTitle })),
		groups: data.groups,
		instrument: {
			code: instrument.code,
			body: instrument.body,
			shortTitle: instrument.shortTitle,
			coverage: instrument.coverage
		},
		status: { status: cell.status, reason: cell.reason },
		basis: sections.basis,
		importance: sections.importance,
		sections: sections.sections.map((s) => ({
			side: s.side,
			strategic: s.importance.strategic,
			corridorCount: s.corridorCount,
			migrants: s.migrants,
			matchingCount: s.matchingCount,
			rows: s.rows.map((r) => ({
				rank: r.rank,
				partner: r.partner,
				corridor: r.corridor,
				origin: statusOf(r.corridor.originIso3),
				destination: statusOf(r.corridor.destinationIso3),
				opportunity: r.fact?.opportunity
					? { kind: r.fact.opportunity, label: SOLIDARITY_KIND_LABELS[r.fact.opportunity] }
					: null,
				reasons: r.fact?.reasons ?? [],
				agreements: r.agreements,
				partnerProspects: r.partnerProspects,
				beyondLimit: r.beyondLimit
			}))
		})),
		agreements,
		names: facts.names,
		map: corridorMapOf(view.value)
	};
};
