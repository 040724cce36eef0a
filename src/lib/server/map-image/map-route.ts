/**
 * The GET handler shared by every map image and embed route (/maps/C097.svg, /maps/coverage.png,
 * /embed/maps/C097…): look the map up (404, or 301 to the canonical spelling of its code), parse
 * the query strictly (400 naming each wrong parameter and what it accepts), then answer from the
 * render cache. Images answer errors in JSON, as the API does; an embed answers them as plain text,
 * which is what a frame can show.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { MAP_IMAGE_PARAMS } from '$lib/domain/map-query';
import { paramError, type ParamError } from '$lib/domain/query-error';
import { appDatabase } from '../app-database';
import { CACHE_CONTROL } from '../http/cache-policy';
import { canonicalRedirect } from '../http/canonical-redirect';
import { badRequest, notFound, truncateEcho } from '../http/json-error';
import { instrumentLookup, parseMapParams } from '../map-view';
import { readTrackerData } from '../tracker-snapshot';
import { imageCacheControl } from './cache-policy';
import { mapResponse } from './map-response';
import type { MapSubject } from './map-subject';
import { renderedMap, type MapOutput } from './rendered-map';

/** The address of `output` for the map named by `segment` ('C097', 'coverage'). */
function mapAddress(output: MapOutput, segment: string): string {
	return output === 'embed' ? `/embed/maps/${segment}` : `/maps/${segment}.${output}`;
}

export async function mapGet(
	output: MapOutput,
	asked: { code: string } | 'coverage',
	{ url, request }: Pick<RequestEvent, 'url' | 'request'>
): Promise<Response> {
	const data = readTrackerData(appDatabase());
	let subject: MapSubject;
	if (asked === 'coverage') subject = { type: 'coverage' };
	else {
		const lookup = instrumentLookup(asked.code, data);
		if (lookup.status === 'moved') return canonicalRedirect(url, mapAddress(output, lookup.code));
		if (lookup.status === 'not_found') {
			const known = data.instruments.map((i) => mapAddress(output, i.code));
			return problem(output, 404, {
				message: `No map has the code "${truncateEcho(asked.code)}".`,
				hint: `maps exist at ${known.join(', ')} and ${mapAddress(output, 'coverage')}`
			});
		}
		subject = { type: 'instrument', code: lookup.instrument.code };
	}
	const parsed = parseMapParams(url.searchParams, MAP_IMAGE_PARAMS, {}, data);
	if (!parsed.ok) return problem(output, 400, { errors: parsed.errors });
	const map = await renderedMap(output, subject, parsed.value, data);
	return mapResponse(request, map, imageCacheControl(parsed.value));
}

type Problem = { message: string; hint: string } | { errors: ParamError[] };

function problem(output: MapOutput, status: 400 | 404, details: Problem): Response {
	if (output !== 'embed')
		return 'errors' in details
			? badRequest(details.errors)
			: notFound(details.message, details.hint);
	const lines =
		'errors' in details
			? [
					'This map address has parameters that cannot be read:',
					// Shorten what the visitor typed, never what we say is accepted.
					...details.errors.map(
						(e) =>
							`- ${paramError(truncateEcho(e.param), truncateEcho(e.value), e.accepted).message}`
					)
				]
			: [details.message, `(${details.hint})`];
	return new Response(`${lines.join('\n')}\n`, {
		status,
		headers: {
			'Content-Type': 'text/plain; charset=utf-8',
			'Cache-Control': CACHE_CONTROL.error
		}
	});
}
