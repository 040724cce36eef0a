/**
 * How many of a state's group peers are bound by an instrument: "2 of the 10 other ASEAN states".
 * Peers that move first make a campaign easier (the plan's solidarity messages between unions).
 */
import type { MatrixRow } from '../matrix';
import type { Status } from '../statuses';
import { STRATEGY_RULES, type StrategyRules } from './importance-rules';
import { SOURCES, type ProspectReason } from './reason';

/** Peers named in a reason when this few are bound; more are only counted. */
const NAMED_PEERS = 3;

const BOUND: readonly Status[] = ['in_force', 'ratified_not_in_force'];

export interface GroupPeers {
	group: string;
	peers: number;
	bound: string[];
	unknown: number;
}

/** The peers of `row` in each of its groups, and where they stand on `instrument`. */
export function groupPeers(
	row: MatrixRow,
	rows: readonly MatrixRow[],
	instrument: string
): GroupPeers[] {
	return row.groups.map((group) => {
		const peers = rows.filter(
			(r) => r.country.iso3 !== row.country.iso3 && r.groups.includes(group) && r.cells[instrument]
		);
		return {
			group,
			peers: peers.length,
			bound: peers
				.filter((p) => BOUND.includes(p.cells[instrument].status))
				.map((p) => p.country.name),
			unknown: peers.filter((p) => p.cells[instrument].status === 'unknown').length
		};
	});
}

function pointsFor(share: number, rules: StrategyRules): number {
	return rules.prospects.peerShares.find((s) => share >= s.minShare)?.points ?? 0;
}

/**
 * One reason per group with peers. Points come from the group where the largest share of peers is
 * bound, once, so a state in three overlapping groups (AU, ECOWAS, LAS) is not counted three times.
 */
export function peerReasons(
	row: MatrixRow,
	rows: readonly MatrixRow[],
	instrument: string,
	rules: StrategyRules = STRATEGY_RULES
): ProspectReason[] {
	const groups = groupPeers(row, rows, instrument).filter((g) => g.peers > 0);
	const share = (g: GroupPeers) => g.bound.length / g.peers;
	const best = groups.reduce<GroupPeers | null>(
		(b, g) => (!b || share(g) > share(b) ? g : b),
		null
	);
	return groups.map((g) => {
		const names =
			g.bound.length > 0 && g.bound.length <= NAMED_PEERS ? ` (${g.bound.join(', ')})` : '';
		const unknown = g.unknown > 0 ? `; status unknown for ${g.unknown}` : '';
		const verb = g.bound.length === 1 ? 'is' : 'are';
		return {
			text: `${g.bound.length} of the ${g.peers} other ${g.group} states ${verb} bound by ${instrument}${names}${unknown}`,
			source: `${SOURCES.ratifications.source}; ${SOURCES.groups.source}`,
			dataSet: SOURCES.ratifications.dataSet,
			figure: share(g),
			points: g === best ? pointsFor(share(g), rules) : 0
		};
	});
}
