/** Regional groups a state can belong to, and how (groups.csv). */
export const MEMBERSHIP_STATUSES = ['member', 'associate', 'suspended', 'withdrawn'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];
