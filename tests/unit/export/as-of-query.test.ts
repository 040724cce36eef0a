import { describe, expect, it } from 'vitest';
import { asOfQueryString, parseAsOfQuery } from '../../../src/lib/domain/as-of-query';

const TODAY = '2026-11-23';

describe('the as_of query of a single country or instrument', () => {
	it('defaults to today when no day is named', () => {
		const result = parseAsOfQuery(new URLSearchParams(), TODAY);
		expect(result).toEqual({ ok: true, value: { asOf: TODAY, asOfExplicit: false } });
	});

	it('reads a named day and puts it back in links', () => {
		const result = parseAsOfQuery(new URLSearchParams('as_of=2019-07-05'), TODAY);
		expect(result.ok && result.value).toEqual({ asOf: '2019-07-05', asOfExplicit: true });
		expect(result.ok && asOfQueryString(result.value)).toBe('?as_of=2019-07-05');
	});

	it('refuses a day that does not exist, naming what is accepted', () => {
		const result = parseAsOfQuery(new URLSearchParams('as_of=2023-02-30'), TODAY);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.errors[0].param).toBe('as_of');
			expect(result.errors[0].accepted).toMatch(/YYYY-MM-DD/);
		}
	});

	it('refuses any other parameter rather than ignoring it', () => {
		const result = parseAsOfQuery(new URLSearchParams('group=GCC'), TODAY);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.map((e) => e.param)).toEqual(['group']);
	});
});
