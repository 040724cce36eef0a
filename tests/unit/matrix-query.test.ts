import { describe, expect, it } from 'vitest';
import { parseAsOf } from '../../src/lib/domain/as-of';
import { matrixQueryString, parseMatrixQuery } from '../../src/lib/domain/matrix-query';

const known = { groups: ['EU27', 'GCC'], instruments: ['C087', 'C097', 'ICRMW'] };
const parse = (q: string) => parseMatrixQuery(new URLSearchParams(q), known, '2026-11-23');

describe('matrix URL parameters', () => {
	it('defaults to today with no filters', () => {
		const result = parse('');
		expect(result.ok && result.value.asOf).toBe('2026-11-23');
		expect(result.ok && result.value.asOfExplicit).toBe(false);
	});
	it('refuses an impossible as_of, naming the parameter, the value and what is accepted', () => {
		const result = parse('as_of=2023-02-30');
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors[0]).toMatchObject({ param: 'as_of', value: '2023-02-30' });
		expect(result.errors[0].accepted).toMatch(/YYYY-MM-DD/);
	});
	it('refuses a date in the future: we record, we do not forecast', () => {
		expect(parseAsOf('2030-01-01', '2026-11-23').ok).toBe(false);
	});
	it('refuses an unknown group and lists the known ones', () => {
		const result = parse('group=XYZ');
		expect(!result.ok && result.errors[0].accepted).toMatch(/EU27, GCC/);
	});
	it('refuses an unknown parameter rather than ignoring it', () => {
		const result = parse('colour=red');
		expect(!result.ok && result.errors[0].param).toBe('colour');
	});
	it('reports every bad parameter at once', () => {
		const result = parse('status=maybe&sort=bogus&dir=up');
		expect(!result.ok && result.errors.map((e) => e.param)).toEqual(['status', 'sort', 'dir']);
	});
	it('writes canonical query strings that leave out defaults', () => {
		const result = parse('group=GCC&sort=name&dir=asc');
		expect(result.ok && matrixQueryString(result.value)).toBe('?group=GCC');
	});
});
