/**
 * Instruments that support each other: a state bound by one has already accepted much of what the
 * others ask, so a campaign for the next one starts from a shorter distance. Data, not code: to
 * add an instrument (for example C189, Domestic Workers, 2011), add it to a family here.
 */

export interface InstrumentFamily {
	/** Instrument codes as in seeds/instruments.csv. */
	instruments: readonly string[];
	/** Why they belong together, shown to readers who ask where a reason comes from. */
	why: string;
}

export const RELATED_INSTRUMENTS: readonly InstrumentFamily[] = [
	{
		instruments: ['C097', 'C143', 'ICRMW'],
		// The Brussels 2012 plan names the three together as "the Conventions" that are poorly
		// ratified; the Kuwait 2010 concept note campaigns for C097 and C143 together.
		why: 'The migrant workers’ instruments: C143 supplements C097, and the UN Convention (ICRMW) builds on both'
	},
	{
		instruments: ['C087', 'C098'],
		// The plan campaigns for "C87 and 98 on freedom of association and collective bargaining".
		why: 'Freedom of association (C087) and the right to organise and bargain collectively (C098) are the two fundamental conventions on union rights'
	}
];

/** The instruments related to one instrument, in the order listed, without itself. */
export function relatedInstruments(
	code: string,
	families: readonly InstrumentFamily[] = RELATED_INSTRUMENTS
): string[] {
	const related = new Set<string>();
	for (const family of families)
		if (family.instruments.includes(code))
			for (const other of family.instruments) if (other !== code) related.add(other);
	return [...related];
}
