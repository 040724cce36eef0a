/**
 * Which end of migration a state is weighed at. A state can matter at both ends (the Philippines
 * sends millions; Malaysia both receives and sends), so the strategy asks about each side apart.
 */
export const MIGRATION_SIDES = ['origin', 'destination'] as const;
export type MigrationSide = (typeof MIGRATION_SIDES)[number];

export const MIGRATION_SIDE_LABELS: Record<MigrationSide, string> = {
	origin: 'Country of origin',
	destination: 'Country of destination'
};
