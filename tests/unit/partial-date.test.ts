import { describe, expect, it } from 'vitest';
import {
	addMonths,
	formatPartialDate,
	interval,
	isRealDay,
	precisionOf,
	shiftPartialDate
} from '../../src/lib/domain/partial-date';

describe('partial dates', () => {
	it('reads the precision a source gave', () => {
		expect(precisionOf('1999-11-26')).toBe('day');
		expect(precisionOf('2024-11')).toBe('month');
		expect(precisionOf('1960')).toBe('year');
		expect(precisionOf('26/11/1999')).toBeNull();
	});
	it('refuses days that do not exist', () => {
		expect(isRealDay('2023-02-29')).toBe(false);
		expect(isRealDay('2024-02-29')).toBe(true);
		expect(precisionOf('2023-13')).toBeNull();
	});
	it('spans a whole month or year', () => {
		expect(interval('2024-02')).toEqual({ earliest: '2024-02-01', latest: '2024-02-29' });
		expect(interval('1960')).toEqual({ earliest: '1960-01-01', latest: '1960-12-31' });
	});
	it('adds twelve months, clamping the 29th of February', () => {
		expect(addMonths('2023-10-26', 12)).toBe('2024-10-26');
		expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
		expect(shiftPartialDate('1960', 12)).toBe('1961');
		expect(shiftPartialDate('2024-11', 12)).toBe('2025-11');
	});
	it('formats a date only as precisely as its source', () => {
		expect(formatPartialDate('2023-10-26')).toBe('26 Oct 2023');
		expect(formatPartialDate('2024-11')).toBe('Nov 2024');
		expect(formatPartialDate(null)).toBe('date unknown');
	});
});
