/**
 * CSV formula injection (OWASP, "CSV Injection"): Excel, LibreOffice and Google Sheets run a cell whose
 * text starts with =, +, -, @, a tab or a carriage return as a formula, so a crafted country name, note or
 * source URL could run in a campaigner's spreadsheet. A leading apostrophe makes the spreadsheet show the
 * cell as text. No field we export legitimately starts with one of these (no negative numbers, dates are
 * YYYY-MM-DD), so every field passes through the guard and none can slip past it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The text, with a leading apostrophe when a spreadsheet would read it as a formula. */
export function neutraliseFormula(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}
