/**
 * The coverage map as a PNG image. A static segment outranks [code].png in
 * SvelteKit's routing, so this is never read as an instrument called "coverage".
 */
import { mapGet } from '$lib/server/map-image/map-route';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => mapGet('png', 'coverage', event);
