/**
 * The campaign layer for the matrix, maps, strategy and country pages: published steps and contacts,
 * read once per data version (every campaign write bumps it) and kept in memory.
 */
import { indexCampaignProgress, latestCampaignProgress } from '../domain/campaign-progress';
import { todayIso, type IsoDay } from '../domain/partial-date';
import type { CampaignProgress } from '../domain/strategy/campaign-stage';
import type { TrackerDb } from './db';
import * as contacts from './db/queries/campaign-contacts';
import * as steps from './db/queries/campaign-steps';
import * as dataVersion from './db/queries/data-version';

interface CampaignSnapshot {
	version: number;
	steps: steps.CampaignStepRecord[];
	/** Progress as of a day, computed once per day asked. */
	progress: Map<IsoDay, CampaignProgress[]>;
}

const cache = new WeakMap<TrackerDb, CampaignSnapshot>();

function snapshot(db: TrackerDb): CampaignSnapshot {
	const { version } = dataVersion.current(db);
	const cached = cache.get(db);
	if (cached && cached.version === version) return cached;
	const fresh: CampaignSnapshot = { version, steps: steps.listPublished(db), progress: new Map() };
	cache.set(db, fresh);
	return fresh;
}

/** Every published step. */
export function readCampaignSteps(db: TrackerDb): steps.CampaignStepRecord[] {
	return snapshot(db).steps;
}

/** The stage each state × instrument had reached by `asOf` (default today): for assessProspects. */
export function readCampaignProgress(db: TrackerDb, asOf: IsoDay = todayIso()): CampaignProgress[] {
	const snap = snapshot(db);
	let progress = snap.progress.get(asOf);
	if (!progress) {
		progress = latestCampaignProgress(snap.steps, asOf);
		// A handful of days are asked for at a time; keep the cache from growing without bound.
		if (snap.progress.size > 64) snap.progress.clear();
		snap.progress.set(asOf, progress);
	}
	return progress;
}

/** The same, by campaignKey(iso3, instrument), for the matrix and maps. */
export function readCampaignIndex(db: TrackerDb, asOf: IsoDay = todayIso()) {
	return indexCampaignProgress(readCampaignProgress(db, asOf));
}

/** What a country page shows of the campaign: the contact and its published steps, by instrument. */
export function readCountryCampaign(db: TrackerDb, iso3: string) {
	const published = snapshot(db).steps.filter((s) => s.iso3 === iso3);
	return {
		contact: contacts.get(db, iso3),
		steps: published.map((s) => ({
			id: s.id,
			instrument: s.instrument,
			stage: s.stage,
			date: s.date,
			text: s.text,
			stalledReason: s.stalledReason,
			evidenceUrl: s.evidenceUrl,
			attribution: s.attribution
		}))
	};
}
