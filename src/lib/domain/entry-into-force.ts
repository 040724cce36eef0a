/**
 * When a treaty binds a state: each instrument's own entry into force and the rule for a state that
 * joins it, read from data (seeds/instruments.csv), so C189, C181 or a new UN treaty brings its own rule
 * without code changes.
 *
 * - ILO conventions (standard final articles, e.g. C087 art. 15): the convention comes into force twelve
 *   months after two ratifications are registered; "thereafter" it comes into force for any Member twelve
 *   months after its ratification is registered. A Member is therefore never bound before the
 *   convention's own entry into force: `months_after_registration:12`.
 * - ICRMW art. 87: in force on the first day of the month following three months after the twentieth
 *   deposit (1 July 2003); for a state joining after its entry into force, on the first day of the month
 *   following three months after its own deposit; a state that deposited before then is bound from
 *   the convention's entry into force: `first_of_month_after_months:3`.
 * - `days_after_deposit:N` (the common "thirtieth day after deposit" of UN treaties) and `on_deposit`
 *   follow the same pattern, for treaties added later.
 */
import { addMonths, type IsoDay } from './partial-date';

export const PARTY_RULE_KINDS = [
	'months_after_registration',
	'first_of_month_after_months',
	'days_after_deposit',
	'on_deposit'
] as const;
export type PartyRuleKind = (typeof PARTY_RULE_KINDS)[number];

export interface PartyRule {
	kind: PartyRuleKind;
	/** Months or days, as the kind says; 0 for on_deposit. */
	n: number;
}

/** An instrument's entry into force, as data. */
export interface EntryIntoForce {
	/** The day the instrument itself entered into force; null while it is not in force. */
	enteredIntoForce: IsoDay | null;
	rule: PartyRule;
}

export const PARTY_RULE_FORMATS =
	'months_after_registration:N, first_of_month_after_months:N, days_after_deposit:N or on_deposit';

/** Parse `kind:N` (or `on_deposit`); null when it is not one of the accepted forms. */
export function parsePartyRule(text: string): PartyRule | null {
	const trimmed = text.trim();
	if (trimmed === 'on_deposit') return { kind: 'on_deposit', n: 0 };
	const match = /^([a-z_]+):(\d{1,3})$/.exec(trimmed);
	if (!match) return null;
	const kind = match[1] as PartyRuleKind;
	const n = Number(match[2]);
	if (!(PARTY_RULE_KINDS as readonly string[]).includes(kind) || kind === 'on_deposit' || n < 1)
		return null;
	return { kind, n };
}

export function formatPartyRule(rule: PartyRule): string {
	return rule.kind === 'on_deposit' ? 'on_deposit' : `${rule.kind}:${rule.n}`;
}

function addDays(day: IsoDay, days: number): IsoDay {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

function firstOfNextMonth(day: IsoDay): IsoDay {
	return addMonths(`${day.slice(0, 7)}-01`, 1);
}

const later = (a: IsoDay, b: IsoDay) => (a > b ? a : b);

/**
 * The day a deposit (ratification, accession, succession, or the registration of an ILO ratification)
 * made on `deposit` binds the state; null while the instrument itself is not in force.
 * Monotone in `deposit`, so a deposit known only as an interval binds over the interval of its ends.
 */
export function bindingDay(eif: EntryIntoForce, deposit: IsoDay): IsoDay | null {
	const { enteredIntoForce: inForce, rule } = eif;
	if (!inForce) return null;
	switch (rule.kind) {
		case 'months_after_registration':
			return later(inForce, addMonths(deposit, rule.n));
		case 'first_of_month_after_months':
			return deposit <= inForce ? inForce : firstOfNextMonth(addMonths(deposit, rule.n));
		case 'days_after_deposit':
			return deposit <= inForce ? inForce : addDays(deposit, rule.n);
		case 'on_deposit':
			return later(inForce, deposit);
	}
}

/** The rule in words a campaigner can repeat. */
export function describePartyRule(rule: PartyRule): string {
	switch (rule.kind) {
		case 'months_after_registration':
			return `in force for a state ${rule.n} months after its ratification is registered, never before the convention's own entry into force`;
		case 'first_of_month_after_months':
			return `in force for a state on the first day of the month following ${rule.n} months after its deposit; a state that deposited before the treaty's own entry into force is bound from that day`;
		case 'days_after_deposit':
			return `in force for a state ${rule.n} days after its deposit; a state that deposited before the treaty's own entry into force is bound from that day`;
		case 'on_deposit':
			return 'in force for a state from its deposit, never before the treaty’s own entry into force';
	}
}
