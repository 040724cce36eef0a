/**
 * One instrument's map for other sites to frame: the map, a credit line and a link back, no site
 * chrome and no framework JavaScript. An HTML document rendered by the map-image module rather than
 * a +page, because every page sits inside the root layout's header and footer (see
 * src/lib/server/map-image/embed-document.ts). src/hooks.server.ts lets /embed/ be framed.
 */
import { mapGet } from '$lib/server/map-image/map-route';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = (event) => mapGet('embed', { code: event.params.code }, event);
