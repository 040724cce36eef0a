import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../../src/lib/domain/spreadsheet-formula';

describe('guarding CSV cells against formula injection', () => {
	it.each(['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR'])(
		'makes a spreadsheet show %j as text',
		(text) => {
			expect(neutraliseFormula(text)).toBe(`'${text}`);
		}
	);

	it('leaves country names, dates and source addresses as they are', () => {
		for (const text of ["Côte d'Ivoire", '1976-06-04', 'https://normlex.ilo.org/', 'in_force', ''])
			expect(neutraliseFormula(text)).toBe(text);
	});
});
