/**
 * Which changes an administrator can take back, and what taking back means. A revert is itself a new
 * audit row (with revertOf) and never rewrites history:
 * - a campaign step recorded → the step is withdrawn (it stays in the history);
 * - a step edited or withdrawn → the step is put back as it was before;
 * - a campaign contact set or updated → put back as it was (removed, if the change created it);
 * - a proposal approved → the event it wrote is deleted, so it leaves the matrix, maps and exports
 *   (the audit rows keep everything it said), and the proposal returns to the review queue.
 */

export const REVERTIBLE_ACTIONS = [
	'campaign_step.create',
	'campaign_step.update',
	'campaign_step.withdraw',
	'campaign_contact.create',
	'campaign_contact.update',
	'proposal.approve'
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
		return `A change of kind “${change.action}” cannot be reverted here: only campaign steps, campaign contacts and approved proposals can.`;
	return null;
}
