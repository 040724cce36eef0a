/** Atom feed of every published change: campaign steps, contacts, approved events, imports, reverts. */
import { appDatabase } from '$lib/server/app-database';
import { feedResponse } from '$lib/server/change-feed';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ request }) =>
	feedResponse(appDatabase(), request, {
		path: '/feeds/changes.atom',
		title: 'Ratification tracker: all published changes',
		subtitle:
			'Campaign steps recorded by national centres, reviewed ratification events, imports and reverts, newest first.',
		alternatePath: '/',
		filter: {}
	});
