/**
 * Which changes an administrator can take back, and what taking back means. A revert is itself a new
 * audit row (with revertOf) and never rewrites history:
 * - a campaign step recorded → the step is withdrawn (it stays in the history);
 * - a step edited or withdrawn → the step is put back as it was before;
 * - a campaign contact set or updated → put back as it was (removed, if the change created it);
 * - a proposal approved → the event it wrote is deleted, so it leaves the matrix, maps and exports
 *   (the audit rows keep everything it said), and the proposal returns to the review queue;
 * - a bulk import applied → the events it added are deleted and the events it changed get their
 *   values from before it back, all at once, but only while every one of them is still exactly as the
 *   import left it (importRevertRefusal): a later change to any of them would otherwise be lost.
 */
import { eventLabel, fieldName, type AuditedEvent, type ImportAudit } from './import-audit';

export const REVERTIBLE_ACTIONS = [
	'campaign_step.create',
	'campaign_step.update',
	'campaign_step.withdraw',
	'campaign_contact.create',
	'campaign_contact.update',
	'proposal.approve',
	'import.apply'
] as const;
export type RevertibleAction = (typeof REVERTIBLE_ACTIONS)[number];

export function isRevertibleAction(action: string): action is RevertibleAction {
	return (REVERTIBLE_ACTIONS as readonly string[]).includes(action);
}

/** Why a change cannot be reverted, or null when it can. */
export function revertRefusal(change: {
	action: string;
	public: boolean;
	revertOf: number | null;
	revertedBy: number | null;
}): string | null {
	if (!change.public) return 'Only published changes can be reverted from the history.';
	if (change.revertOf !== null)
		return 'This change is itself a revert: to undo it, record the change again.';
	if (change.revertedBy !== null) return 'This change has already been reverted.';
	if (!isRevertibleAction(change.action))
		return `A change of kind “${change.action}” cannot be reverted here: only campaign steps, campaign contacts, approved proposals and imports can.`;
	return null;
}

const shown = (value: unknown) =>
	value === null || value === undefined || value === '' ? '(empty)' : `“${String(value)}”`;

/** The first field in which the event as it is now differs from what the import left. */
function driftOf(
	left: AuditedEvent,
	now: Readonly<Record<string, unknown>>
): { field: string; now: unknown; left: unknown } | null {
	for (const [field, value] of Object.entries(left.fields))
		if ((now[field] ?? null) !== (value ?? null))
			return { field, now: now[field] ?? null, left: value ?? null };
	return null;
}

/**
 * Why an import cannot be reverted as things are now, or null when it can. `current` holds the
 * events the import added or changed as they are in the database, by id (an id missing: deleted).
 * Every one must still be as the import left it (its audit row's after-values).
 */
export function importRevertRefusal(
	audit: ImportAudit,
	current: ReadonlyMap<number, object>
): string | null {
	const left = [
		...audit.inserted.map((e) => ({ e, how: 'added' })),
		...audit.updatedAfter.map((e) => ({ e, how: 'changed' }))
	];
	if (left.length === 0) return 'This import’s history row lists no event it added or changed.';
	for (const { e, how } of left) {
		const label = `${eventLabel(e)} (event ${e.id}, ${how} by this import)`;
		const now = current.get(e.id);
		if (!now) return `The ${label} has been removed since: nothing was reverted.`;
		const drift = driftOf(e, now as Readonly<Record<string, unknown>>);
		if (drift)
			return `The ${label} has been changed since (${fieldName(drift.field)}: now ${shown(drift.now)}, the import left ${shown(drift.left)}). Revert or undo that later change first; nothing was reverted.`;
	}
	return null;
}
