import { describePartyRule, parsePartyRule } from '$lib/domain/entry-into-force';
import { NOT_ILO_MEMBER } from '$lib/domain/matrix';
import { appDatabase } from '$lib/server/app-database';
import { readTrackerData } from '$lib/server/tracker-snapshot';
import { coverageTable } from './coverage-table';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const data = readTrackerData(appDatabase());
	return {
		coverage: coverageTable(data),
		// Each instrument's own entry into force, as the derivation reads it.
		entryIntoForce: data.instruments.map((i) => {
			const rule = parsePartyRule(i.laterPartyRule);
			return {
				code: i.code,
				enteredIntoForce: i.enteredIntoForce,
				condition: i.entryIntoForceCondition,
				rule: rule ? describePartyRule(rule) : i.laterPartyRule,
				source: i.entryIntoForceSource
			};
		}),
		notIloMember: NOT_ILO_MEMBER,
		nonMembers: data.countries.filter((c) => !c.iloMember && c.unMember).map((c) => c.name)
	};
};
