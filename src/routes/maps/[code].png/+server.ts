/** One instrument's map as a PNG image (see src/lib/server/map-image/map-route.ts). */
import { mapGet } from '$lib/server/map-image/map-route';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => mapGet('png', { code: event.params.code }, event);
