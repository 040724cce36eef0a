/**
 * The campaign-facing status vocabulary: what a campaigner needs to know about one state and one
 * instrument on one date. Derived from dated, sourced events (see ratification-status.ts), never stored.
 */
export const STATUSES = [
	'in_force',
	'ratified_not_in_force',
	'signed',
	'denounced',
	'not_ratified',
	'unknown'
] as const;

export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<Status, string> = {
	in_force: 'In force',
	ratified_not_in_force: 'Ratified, not yet in force',
	signed: 'Signed, not ratified',
	denounced: 'Denounced',
	not_ratified: 'Not ratified',
	unknown: 'Unknown'
};

export const STATUS_DESCRIPTIONS: Record<Status, string> = {
	in_force:
		'Ratified (or, for a UN treaty, a party by ratification, accession or succession) and in force for the state on this date.',
	ratified_not_in_force:
		'Ratified, but not yet in force: ILO conventions enter into force for a state 12 months after registration.',
	signed: 'Signed but not ratified (UN treaties only): the state has not become a party.',
	denounced: 'Ratified earlier and since denounced or withdrawn.',
	not_ratified:
		'Known not to have ratified: our sourced coverage is complete for this date, or a sourced statement says so. Always shown with the date the knowledge dates from.',
	unknown:
		'We hold no sourced record that decides this date. It does not mean "not ratified": our coverage is partial, or a date is known only to the year.'
};

export function isStatus(value: string): value is Status {
	return (STATUSES as readonly string[]).includes(value);
}
