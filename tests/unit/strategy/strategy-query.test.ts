import { describe, expect, it } from 'vitest';
import {
	DEFAULT_STRATEGY_INSTRUMENT,
	parseStrategyQuery,
	strategyQueryString,
	STRATEGY_SIDES
} from '../../../src/lib/domain/strategy/strategy-query';
import { readSeedCsv } from '../../support/seed-rows';

const known = {
	instruments: readSeedCsv('instruments.csv').map((r) => r.code),
	groups: [...new Set(readSeedCsv('groups.csv').map((r) => r.group))]
};
const TODAY = '2026-11-23';
const parse = (qs: string) => parseStrategyQuery(new URLSearchParams(qs), known, TODAY);

describe('the strategy view’s URL', () => {
	it('shows C097 for origin and destination, every group, today, when nothing is asked', () => {
		const result = parse('');
		expect(result).toEqual({
			ok: true,
			value: {
				instrument: DEFAULT_STRATEGY_INSTRUMENT,
				side: 'both',
				group: null,
				asOf: TODAY,
				asOfExplicit: false
			}
		});
	});

	it('reads an instrument, a side, a group and a date', () => {
		const result = parse('instrument=ICRMW&side=destination&group=GCC&as_of=2012-09-25');
		expect(result.ok && result.value).toEqual({
			instrument: 'ICRMW',
			side: 'destination',
			group: 'GCC',
			asOf: '2012-09-25',
			asOfExplicit: true
		});
	});

	it('refuses an unknown side and names the sides it accepts', () => {
		const result = parse('side=gulf');
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.errors[0].param).toBe('side');
			for (const side of STRATEGY_SIDES) expect(result.errors[0].accepted).toContain(side);
		}
	});

	it('refuses an unknown instrument, an unknown parameter and a future date together', () => {
		const result = parse('instrument=C999&colour=red&as_of=2099-01-01');
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.errors.map((e) => e.param).sort()).toEqual(['as_of', 'colour', 'instrument']);
	});

	it('leaves defaults out of links so they stay short', () => {
		const parsed = parse('group=EU27');
		expect(parsed.ok && strategyQueryString(parsed.value)).toBe('?group=EU27');
		expect(parsed.ok && strategyQueryString(parsed.value, { side: 'origin' })).toBe(
			'?side=origin&group=EU27'
		);
	});
});
