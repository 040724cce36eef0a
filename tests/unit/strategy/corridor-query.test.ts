import { describe, expect, it } from 'vitest';
import {
	ALL_CORRIDORS,
	CORRIDOR_PARAMS,
	corridorQueryString,
	DEFAULT_CORRIDOR_LIMIT,
	MAX_CORRIDOR_LIMIT,
	parseCorridorQuery
} from '../../../src/lib/domain/corridor-query';
import { readSeedCsv } from '../../support/seed-rows';

const TODAY = '2026-11-23';
const known = {
	instruments: readSeedCsv('instruments.csv').map((r) => r.code),
	groups: [...new Set(readSeedCsv('groups.csv').map((r) => r.group))]
};
const parse = (q: string) => parseCorridorQuery(new URLSearchParams(q), known, TODAY);

describe('the corridor page’s address', () => {
	it('shows C097 and the largest corridors for today when nothing is asked', () => {
		expect(parse('')).toEqual({
			ok: true,
			value: {
				instrument: 'C097',
				group: null,
				limit: DEFAULT_CORRIDOR_LIMIT,
				asOf: TODAY,
				asOfExplicit: false
			}
		});
	});

	it('reads an instrument, a group, a number of partners or all of them, and a day', () => {
		expect(parse(`instrument=ICRMW&group=GCC&limit=${ALL_CORRIDORS}&as_of=2010-06-30`)).toEqual({
			ok: true,
			value: {
				instrument: 'ICRMW',
				group: 'GCC',
				limit: null,
				asOf: '2010-06-30',
				asOfExplicit: true
			}
		});
		expect(parse('limit=25')).toMatchObject({ ok: true, value: { limit: 25 } });
	});

	it('refuses an unknown instrument, naming every instrument it accepts', () => {
		const result = parse('instrument=C999');
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.errors[0].param).toBe('instrument');
			for (const code of known.instruments) expect(result.errors[0].accepted).toContain(code);
		}
	});

	it.each(['0', '-1', `${MAX_CORRIDOR_LIMIT + 1}`, '2.5', 'ten', 'ALL'])(
		'refuses %s partners, saying the range and the word for all',
		(limit) => {
			const result = parse(`limit=${limit}`);
			expect(result).toMatchObject({ ok: false });
			if (!result.ok) {
				expect(result.errors[0]).toMatchObject({ param: 'limit', value: limit });
				expect(result.errors[0].accepted).toContain(`${MAX_CORRIDOR_LIMIT}`);
				expect(result.errors[0].accepted).toContain(`"${ALL_CORRIDORS}"`);
			}
		}
	);

	it('refuses a parameter it does not take, listing those it does', () => {
		const result = parse('side=origin');
		expect(result).toMatchObject({ ok: false });
		if (!result.ok) expect(result.errors[0].accepted).toContain(CORRIDOR_PARAMS.join(', '));
	});

	it('writes back only what differs from the defaults', () => {
		const parsed = parse('instrument=C097&limit=10');
		expect(parsed.ok && corridorQueryString(parsed.value)).toBe('');
		const all = parse('group=EU27&limit=all&as_of=2012-09-24');
		expect(all.ok && corridorQueryString(all.value)).toBe('?group=EU27&limit=all&as_of=2012-09-24');
	});
});
