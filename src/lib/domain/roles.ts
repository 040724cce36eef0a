/** Who may do what: an admin for every country; an editor (a national centre) for its own countries. */
export const ROLES = ['admin', 'editor'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
	admin: 'Administrator (every country)',
	editor: 'Editor (a national centre, for its own countries)'
};

/** One-time links an admin can issue. */
export const TOKEN_PURPOSES = ['invite', 'password_reset'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

export const PROPOSAL_STATES = ['pending', 'approved', 'rejected'] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];
