/**
 * Dates as sources give them: to the day (1999-11-26), the month (2024-11) or the year (1960).
 * A partial date is an interval of days; rules compare intervals so that a year-only date never
 * decides a question it cannot answer.
 */
export const DATE_PRECISIONS = ['day', 'month', 'year', 'unknown'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** ISO calendar day, YYYY-MM-DD. Compared as strings. */
export type IsoDay = string;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

export const PARTIAL_DATE_FORMATS = 'YYYY-MM-DD, YYYY-MM or YYYY';

/** The precision of a partial date string, or null when it is not one of the accepted forms. */
export function precisionOf(value: string): Exclude<DatePrecision, 'unknown'> | null {
	if (DAY.test(value)) return isRealDay(value) ? 'day' : null;
	const month = MONTH.exec(value);
	if (month) return Number(month[2]) >= 1 && Number(month[2]) <= 12 ? 'month' : null;
	if (YEAR.test(value)) return 'year';
	return null;
}

/** True for a YYYY-MM-DD string naming a day that exists (no 2023-02-30). */
export function isRealDay(value: string): boolean {
	const match = DAY.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (year < 1000 || month < 1 || month > 12 || day < 1) return false;
	return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** First and last day the partial date can stand for. */
export function interval(value: string): { earliest: IsoDay; latest: IsoDay } {
	const precision = precisionOf(value);
	if (precision === 'day') return { earliest: value, latest: value };
	if (precision === 'month') {
		const [y, m] = value.split('-').map(Number);
		return { earliest: `${value}-01`, latest: `${value}-${pad(daysInMonth(y, m))}` };
	}
	if (precision === 'year') return { earliest: `${value}-01-01`, latest: `${value}-12-31` };
	throw new Error(`Not a partial date: "${value}" (expected ${PARTIAL_DATE_FORMATS})`);
}

/** The same calendar day `months` later; the 29th–31st clamp to the month's last day. */
export function addMonths(day: IsoDay, months: number): IsoDay {
	const [y, m, d] = day.split('-').map(Number);
	const total = y * 12 + (m - 1) + months;
	const year = Math.floor(total / 12);
	const month = (total % 12) + 1;
	return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

const MONTH_NAMES = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec'
];

/** "26 Oct 2023", "Nov 2024", "1960" or "date unknown": a date only as precise as its source. */
export function formatPartialDate(value: string | null | undefined): string {
	if (!value) return 'date unknown';
	const precision = precisionOf(value);
	const [y, m, d] = value.split('-');
	if (precision === 'day') return `${Number(d)} ${MONTH_NAMES[Number(m) - 1]} ${y}`;
	if (precision === 'month') return `${MONTH_NAMES[Number(m) - 1]} ${y}`;
	return value;
}

/** Today's date in UTC as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): IsoDay {
	return now.toISOString().slice(0, 10);
}

/** A partial date moved by whole months, keeping its precision (1960 + 12 months = 1961). */
export function shiftPartialDate(value: string, months: number): string {
	const precision = precisionOf(value);
	if (precision === 'day') return addMonths(value, months);
	if (precision === 'month') return addMonths(`${value}-01`, months).slice(0, 7);
	if (precision === 'year' && months % 12 === 0) return String(Number(value) + months / 12);
	if (precision === 'year')
		throw new Error(`Cannot shift year-only date ${value} by ${months} months`);
	throw new Error(`Not a partial date: "${value}" (expected ${PARTIAL_DATE_FORMATS})`);
}
