/**
 * One state: memberships, derived status with every event and statement per instrument, and key
 * migration facts. Codes are matched case-insensitively; any other spelling than the canonical
 * upper case gets a 301 to it (query kept), so caches hold one copy per state.
 */
import { parseAsOfQuery } from '$lib/domain/as-of-query';
import { countryDocument } from '$lib/domain/country-export';
import { buildMatrix } from '$lib/domain/matrix';
import { MIGRANT_STOCK_YEAR, REMITTANCES_YEAR, TOP_CORRIDORS } from '$lib/domain/migration-sources';
import { appDatabase } from '$lib/server/app-database';
import { config } from '$lib/server/config.js';
import * as migration from '$lib/server/db/queries/migration';
import { cacheControlFor } from '$lib/server/http/cache-policy';
import { jsonResponse } from '$lib/server/http/cacheable-response';
import { canonicalRedirect } from '$lib/server/http/canonical-redirect';
import { badRequest, notFound, truncateEcho } from '$lib/server/http/json-error';
import { matrixStates, readTrackerData } from '$lib/server/tracker-snapshot';
import type { RequestHandler } from './$types';

const HINT = 'see /api/v1/matrix.json for the list of codes';

export const GET: RequestHandler = ({ params, url, request }) => {
	const db = appDatabase();
	const data = readTrackerData(db);
	const wanted = params.iso3.toUpperCase();
	const country = matrixStates(data).find((c) => c.iso3 === wanted);
	if (!country) {
		const area = data.countries.find((c) => c.iso3 === wanted);
		return notFound(
			area
				? `"${area.iso3}" (${area.name}) appears in the migration data but is not an ILO or UN member state, so it has no ratification record.`
				: `No state has the code "${truncateEcho(params.iso3)}": give an ISO 3166-1 alpha-3 code such as GHA.`,
			HINT
		);
	}
	if (params.iso3 !== country.iso3)
		return canonicalRedirect(url, `/api/v1/countries/${country.iso3}.json`);

	const parsed = parseAsOfQuery(url.searchParams);
	if (!parsed.ok) return badRequest(parsed.errors);
	const { asOf, asOfExplicit } = parsed.value;
	const matrix = buildMatrix(data, asOf, [country]);
	const document = countryDocument({
		country,
		groups: data.groups,
		memberships: data.memberships.filter((m) => m.iso3 === country.iso3),
		instruments: matrix.instruments,
		cells: matrix.rows[0].cells,
		events: data.events.filter((e) => e.iso3 === country.iso3),
		statements: data.statements.filter((s) => s.iso3 === country.iso3),
		facts: {
			stock: migration.stockOf(db, country.iso3, MIGRANT_STOCK_YEAR),
			remittances: migration.remittancesOf(db, country.iso3, REMITTANCES_YEAR),
			destinations: migration.topDestinations(db, country.iso3, TOP_CORRIDORS),
			origins: migration.topOrigins(db, country.iso3, TOP_CORRIDORS)
		},
		asOf,
		asOfExplicit,
		dataVersion: data.version,
		origin: config().origin
	});
	return jsonResponse(request, document, cacheControlFor(parsed.value));
};
