/** Plain records the views are built from: what the database holds, with no I/O attached. */
import type { MembershipStatus } from './groups';
import type { InstrumentBody, NotRatifiedStatement, RatificationEvent } from './ratification-event';

export interface Country {
	iso3: string;
	m49: number;
	name: string;
	iloMember: boolean;
	unMember: boolean | null;
	membershipSource: string;
}

export interface Instrument {
	code: string;
	body: InstrumentBody;
	title: string;
	shortTitle: string;
	adoptedYear: number;
	officialStatusUrl: string | null;
	officialCount: number;
	officialCountKind: string;
	officialCountAsOf: string | null;
	officialCountSource: string;
	/** The day the instrument itself entered into force (YYYY-MM-DD); null while it is not in force. */
	enteredIntoForce: string | null;
	/** The treaty's condition for its own entry into force, in words (e.g. "two ratifications"). */
	entryIntoForceCondition: string;
	/** The rule for a state that joins: `months_after_registration:12`, … (entry-into-force.ts). */
	laterPartyRule: string;
	/** Where the entry into force and the rule were read. */
	entryIntoForceSource: string;
	position: number;
}

export interface Group {
	code: string;
	name: string;
}

export interface GroupMembership {
	groupCode: string;
	iso3: string;
	status: MembershipStatus;
	note: string;
}

export interface TrackerData {
	countries: Country[];
	instruments: Instrument[];
	groups: Group[];
	memberships: GroupMembership[];
	events: RatificationEvent[];
	statements: NotRatifiedStatement[];
	/** Bumped on every change; caches key on it. */
	version: number;
}
