/** The coverage map for other sites to frame (see ../[code]/+server.ts). */
import { mapGet } from '$lib/server/map-image/map-route';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => mapGet('embed', 'coverage', event);
