/**
 * The campaign workflow on a real SQLite file loaded from seeds/: a Nepali centre records a step and
 * proposes a C097 event, an administrator approves or rejects it, a stale form is refused, and a
 * revert takes a change back. The proposal is the story exercising the review flow: it is
 * not a claim about Nepal (seeds/ holds no C097 record for NPL) and every test that approves it
 * reverts it or runs on its own state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../src/lib/domain/authorization';
import { buildMatrix } from '../../src/lib/domain/matrix';
import { shiftPartialDate } from '../../src/lib/domain/partial-date';
import { ILO_ENTRY_INTO_FORCE_MONTHS } from '../../src/lib/domain/ratification-status';
import * as auditLog from '../../src/lib/server/db/queries/audit-log';
import * as contacts from '../../src/lib/server/db/queries/campaign-contacts';
import * as steps from '../../src/lib/server/db/queries/campaign-steps';
import * as dataVersion from '../../src/lib/server/db/queries/data-version';
import * as proposals from '../../src/lib/server/db/queries/proposals';
import * as users from '../../src/lib/server/db/queries/users';
import { readCampaignProgress } from '../../src/lib/server/campaign-snapshot';
import { loadSeeds } from '../../src/lib/server/seed/load-seeds';
import { matrixStates, readTrackerData } from '../../src/lib/server/tracker-snapshot';
import { SEEDS_DIR } from '../support/seed-rows';
import { countRows, tempDatabase } from '../support/temp-database';

const NEPAL = 'NPL';
/** The ILO Country Office page a seed row cites for Nepal (ratifications-negative.csv). */
const NEPAL_SOURCE =
	'http://wcmsq3.ilo.org/kathmandu/areasofwork/international-labour-standards/lang--en/index.htm';
const RATIFIED_ON = '2024-06-14';
const dayBefore = '2024-06-13';
const inForceFrom = shiftPartialDate(RATIFIED_ON, ILO_ENTRY_INTO_FORCE_MONTHS);

describe('the campaign workflow', () => {
	const t = tempDatabase();
	let admin: SessionUser;
	let editor: SessionUser;

	beforeAll(() => {
		loadSeeds(t.db, SEEDS_DIR);
		const a = users.create(
			t.db,
			{ email: 'admin@example.org', displayName: 'Ada Admin', role: 'admin', countries: [] },
			null
		);
		const e = users.create(
			t.db,
			{
				email: 'gefont@example.org',
				displayName: 'Editor at GEFONT',
				role: 'editor',
				countries: [NEPAL]
			},
			null
		);
		admin = users.getSessionUser(t.db, a.id)!;
		editor = users.getSessionUser(t.db, e.id)!;
	});
	afterAll(() => t.close());

	const statusOn = (asOf: string) => {
		const data = readTrackerData(t.db);
		const row = buildMatrix(data, asOf, matrixStates(data)).rows.find(
			(r) => r.country.iso3 === NEPAL
		)!;
		return row.cells.C097.status;
	};

	const proposeC097 = () =>
		proposals.propose(
			t.db,
			NEPAL,
			{
				instrument: 'C097',
				kind: 'ratification',
				date: RATIFIED_ON,
				precision: 'day',
				notes: 'Registered by the ILO Director-General',
				sourceUrl: NEPAL_SOURCE,
				sourceTitle: 'ILO Country Office for Nepal'
			},
			editor
		);

	it('publishes a recorded step at once, attributed to the centre, with a public audit row', () => {
		contacts.save(
			t.db,
			NEPAL,
			{ centreName: 'GEFONT', centreUrl: 'https://gefont.org', obstacles: '', version: null },
			editor
		);
		const before = dataVersion.current(t.db).version;
		const step = steps.record(
			t.db,
			NEPAL,
			{
				instrument: 'C097',
				stage: 'ministry_study',
				date: '2024-03',
				precision: 'month',
				text: 'The Ministry of Labour studies ratification',
				stalledReason: null,
				evidenceUrl: NEPAL_SOURCE
			},
			editor
		);
		expect(step.attribution).toBe('GEFONT');
		expect(dataVersion.current(t.db).version).toBeGreaterThan(before);
		const progress = readCampaignProgress(t.db, '2026-11-23').find(
			(p) => p.iso3 === NEPAL && p.instrument === 'C097'
		);
		expect(progress).toMatchObject({ stage: 'ministry_study', since: '2024-03', source: 'GEFONT' });
		// Before its date the step had not happened.
		expect(readCampaignProgress(t.db, '2024-02-29').some((p) => p.iso3 === NEPAL)).toBe(false);
		const history = auditLog.listPublic(t.db, { iso3: NEPAL });
		expect(history[0]).toMatchObject({
			action: 'campaign_step.create',
			who: 'GEFONT',
			public: true
		});
		expect(JSON.stringify(history)).not.toContain('gefont@example.org');
	});

	it('approving a proposal writes a sourced event that changes the matrix from its date', () => {
		const eventsBefore = countRows(t.db, 'ratification_events');
		expect(statusOn(RATIFIED_ON)).not.toBe('ratified_not_in_force');
		const proposal = proposeC097();
		// A pending proposal changes nothing anyone sees.
		expect(countRows(t.db, 'ratification_events')).toBe(eventsBefore);
		expect(
			auditLog.listPublic(t.db, { iso3: NEPAL }).some((e) => e.action === 'proposal.create')
		).toBe(false);

		const outcome = proposals.review(
			t.db,
			{ id: proposal.id, version: proposal.version, decision: 'approve', reason: null },
			admin
		);
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		expect(outcome.value.state).toBe('approved');
		expect(countRows(t.db, 'ratification_events')).toBe(eventsBefore + 1);
		const event = readTrackerData(t.db).events.find((e) => e.id === outcome.value.eventId)!;
		expect(event).toMatchObject({
			iso3: NEPAL,
			instrument: 'C097',
			kind: 'ratification',
			date: RATIFIED_ON,
			confidence: 'sourced',
			sourceUrl: NEPAL_SOURCE
		});

		// Not yet on the day before; ratified from the day; in force twelve months after registration.
		expect(statusOn(dayBefore)).toBe('not_ratified');
		expect(statusOn(RATIFIED_ON)).toBe('ratified_not_in_force');
		expect(statusOn(inForceFrom)).toBe('in_force');

		const approval = auditLog.listPublic(t.db, { iso3: NEPAL })[0];
		expect(approval).toMatchObject({
			action: 'proposal.approve',
			source: NEPAL_SOURCE,
			who: 'Ada Admin (administrator)'
		});
	});

	it('a revert takes an approval back: the event leaves the matrix and the revert is itself an audit row', () => {
		const approval = auditLog
			.listPublic(t.db, { iso3: NEPAL })
			.find((e) => e.action === 'proposal.approve')!;
		const eventsBefore = countRows(t.db, 'ratification_events');
		const outcome = auditLog.revert(t.db, approval.id, admin);
		expect(outcome.ok).toBe(true);
		if (!outcome.ok) return;
		expect(countRows(t.db, 'ratification_events')).toBe(eventsBefore - 1);
		expect(statusOn(RATIFIED_ON)).not.toBe('ratified_not_in_force');
		expect(statusOn(inForceFrom)).not.toBe('in_force');

		const revertRow = auditLog.get(t.db, outcome.auditId)!;
		expect(revertRow).toMatchObject({ action: 'revert', revertOf: approval.id, public: true });
		expect(auditLog.get(t.db, approval.id)!.revertedBy).toBe(outcome.auditId);
		// The proposal goes back to the queue, as it was before the approval.
		const proposalId = (approval.after as { proposalId: number }).proposalId;
		expect(proposals.get(t.db, proposalId)).toMatchObject({ state: 'pending', eventId: null });
		// A change can be taken back once.
		expect(auditLog.revert(t.db, approval.id, admin)).toMatchObject({ ok: false, status: 409 });
	});

	it('rejecting a proposal needs no event and leaves the event table as it was', () => {
		const pending = proposals.listPending(t.db).find((p) => p.iso3 === NEPAL)!;
		const eventsBefore = readTrackerData(t.db)
			.events.map((e) => e.id)
			.sort();
		const outcome = proposals.review(
			t.db,
			{
				id: pending.id,
				version: pending.version,
				decision: 'reject',
				reason: 'The source does not state a ratification'
			},
			admin
		);
		expect(outcome).toMatchObject({
			ok: true,
			value: { state: 'rejected', reviewReason: 'The source does not state a ratification' }
		});
		expect(
			readTrackerData(t.db)
				.events.map((e) => e.id)
				.sort()
		).toEqual(eventsBefore);
		expect(proposals.listByProposer(t.db, editor.id, NEPAL).map((p) => p.state)).toContain(
			'rejected'
		);
	});

	it('refuses a review made on a stale version and says what the proposal is now', () => {
		const proposal = proposeC097();
		const first = proposals.review(
			t.db,
			{ id: proposal.id, version: proposal.version, decision: 'reject', reason: 'Duplicate' },
			admin
		);
		expect(first.ok).toBe(true);
		const second = proposals.review(
			t.db,
			{ id: proposal.id, version: proposal.version, decision: 'approve', reason: null },
			admin
		);
		expect(second).toMatchObject({ ok: false, reason: 'conflict', current: { state: 'rejected' } });
	});

	it('refuses a step edit made on a stale version and keeps the step as the first edit left it', () => {
		const [step] = steps.listByCountry(t.db, NEPAL);
		const input = {
			instrument: step.instrument,
			stage: 'cabinet_approved' as const,
			date: '2024-09',
			precision: 'month' as const,
			text: 'Cabinet approved',
			stalledReason: null,
			evidenceUrl: null
		};
		expect(steps.update(t.db, step.id, step.version, input, editor).ok).toBe(true);
		const stale = steps.update(
			t.db,
			step.id,
			step.version,
			{ ...input, text: 'A later view' },
			editor
		);
		expect(stale).toMatchObject({
			ok: false,
			reason: 'conflict',
			current: { text: 'Cabinet approved', version: step.version + 1 }
		});
	});

	it('refuses a contact saved on a stale version, and one created when a contact already exists', () => {
		const current = contacts.get(t.db, NEPAL)!;
		const input = {
			centreName: 'GEFONT Nepal',
			centreUrl: null,
			obstacles: 'Recruitment agencies lobby against C097',
			version: current.version
		};
		expect(contacts.save(t.db, NEPAL, input, editor).ok).toBe(true);
		expect(contacts.save(t.db, NEPAL, input, editor)).toMatchObject({
			ok: false,
			reason: 'conflict',
			current: { centreName: 'GEFONT Nepal' }
		});
		expect(contacts.save(t.db, NEPAL, { ...input, version: null }, editor)).toMatchObject({
			ok: false,
			reason: 'conflict'
		});
	});

	it('a revert of a contact update restores the values before it', () => {
		const update = auditLog
			.listPublic(t.db, { iso3: NEPAL })
			.find((e) => e.action === 'campaign_contact.update')!;
		expect(auditLog.revert(t.db, update.id, admin).ok).toBe(true);
		expect(contacts.get(t.db, NEPAL)).toMatchObject({
			centreName: 'GEFONT',
			centreUrl: 'https://gefont.org',
			obstacles: ''
		});
	});

	it('a revert of a recorded step withdraws it from the campaign layer, keeping it in the history', () => {
		const edit = auditLog
			.listPublic(t.db, { iso3: NEPAL })
			.find((e) => e.action === 'campaign_step.update')!;
		// The step's creation cannot be undone by restoring a version that a later edit replaced…
		const create = auditLog
			.listPublic(t.db, { iso3: NEPAL })
			.find((e) => e.action === 'campaign_step.create')!;
		expect(auditLog.revert(t.db, create.id, admin).ok).toBe(true);
		expect(readCampaignProgress(t.db).some((p) => p.iso3 === NEPAL)).toBe(false);
		const step = steps.get(t.db, Number(create.entityId))!;
		expect(step.withdrawnAt).not.toBeNull();
		// …and the later edit, now on a withdrawn step's older version, is refused rather than overwriting.
		expect(auditLog.revert(t.db, edit.id, admin)).toMatchObject({ ok: false, status: 409 });
	});
});
