import { error, redirect } from '@sveltejs/kit';
import { matrixQueryString } from '$lib/domain/matrix-query';
import { todayIso } from '$lib/domain/partial-date';
import { campaignKey, campaignMarker } from '$lib/domain/campaign-progress';
import { appDatabase } from '$lib/server/app-database';
import { readCampaignIndex } from '$lib/server/campaign-snapshot';
import { matrixView } from '$lib/server/matrix-view';
import { matrixCellView } from './matrix-cell-view';
import type { PageServerLoad } from './$types';

/**
 * The page has nothing to do in the browser: filters are a GET form, sorting is links. Without
 * client-side rendering SvelteKit ships no script and does not repeat ~1,000 cells as hydration
 * data, which would roughly double the page.
 */
export const csr = false;

export const load: PageServerLoad = ({ url }) => {
	const view = matrixView(url.searchParams);
	if (!view.ok)
		error(400, {
			message: `This matrix view cannot be shown: ${view.errors.length === 1 ? 'one parameter was' : `${view.errors.length} parameters were`} not understood.`,
			errors: view.errors
		});
	const { data, query, matrix, rows, total } = view.value;
	const campaigns = readCampaignIndex(appDatabase(), query.asOf);
	// The GET form sends every field, empty ones too; answer with the short canonical address.
	const canonical = matrixQueryString(query);
	if ([...url.searchParams.values()].some((v) => v === '')) redirect(303, `/matrix${canonical}`);
	return {
		query,
		queryString: canonical,
		today: todayIso(),
		total,
		groups: data.groups,
		instruments: matrix.instruments.map((i) => ({
			code: i.code,
			body: i.body,
			shortTitle: i.shortTitle,
			coverage: i.coverage
		})),
		rows: rows.map((row) => ({
			iso3: row.country.iso3,
			name: row.country.name,
			cells: matrix.instruments.map((i) =>
				matrixCellView(
					row.cells[i.code],
					i,
					matrix.asOf,
					campaignMarker(campaigns.get(campaignKey(row.country.iso3, i.code)))
				)
			)
		}))
	};
};
