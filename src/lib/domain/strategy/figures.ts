/**
 * Figures written for people, not spreadsheets: "3.4 M", "253,940", "77 %", "US$ 9.3 bn".
 * One place, so the strategy table, country pages and exports round the same way.
 */

/** People: millions with one decimal from a million up, whole numbers with separators below. */
export function formatPeople(count: number): string {
	if (Math.abs(count) >= 1_000_000) return `${(count / 1_000_000).toFixed(1)} M`;
	return Math.round(count).toLocaleString('en-GB');
}

/**
 * A percentage: whole from 10 up ("77 %"), one decimal from 1 ("8.9 %"), two below ("0.65 %"), so
 * a small share never reads as zero.
 */
export function formatPercent(pct: number): string {
	const abs = Math.abs(pct);
	const digits = abs >= 10 ? 0 : abs >= 1 ? 1 : 2;
	return `${Number(pct.toFixed(digits)).toLocaleString('en-GB', { maximumFractionDigits: digits })} %`;
}

/** US dollars given in millions (the remittance tables' unit): "US$ 9.3 bn", "US$ 652 M". */
export function formatUsdMillions(millions: number): string {
	if (Math.abs(millions) >= 1000) return `US$ ${(millions / 1000).toFixed(1)} bn`;
	return `US$ ${Math.round(millions).toLocaleString('en-GB')} M`;
}
