import { describe, expect, it } from 'vitest';
import {
	parseAccessForm,
	parseCountryList,
	parseUserForm
} from '../../../src/lib/domain/forms/user-form';
import { readSeedCsv } from '../../support/seed-rows';

/** The countries the tracker knows, as the page passes them: every area of the stock file. */
const KNOWN = new Set(readSeedCsv('migrant_stock.csv').map((r) => r.iso3));

function form(fields: Record<string, string | string[]>): FormData {
	const data = new FormData();
	for (const [k, v] of Object.entries(fields))
		for (const value of Array.isArray(v) ? v : [v]) data.append(k, value);
	return data;
}

describe('inviting a user', () => {
	it('accepts an editor for Nepal, lower-casing the e-mail and upper-casing the codes', () => {
		const result = parseUserForm(
			form({
				email: ' Centre@GEFONT.org',
				displayName: 'GEFONT',
				role: 'editor',
				countries: 'npl'
			}),
			KNOWN
		);
		expect(result).toEqual({
			ok: true,
			value: {
				email: 'centre@gefont.org',
				displayName: 'GEFONT',
				role: 'editor',
				countries: ['NPL']
			}
		});
	});

	it('reads several countries from one box or from repeated fields, each once', () => {
		expect(parseCountryList('NPL, ind;bgd  NPL')).toEqual(['NPL', 'IND', 'BGD']);
		const result = parseUserForm(
			form({ email: 'a@b.org', role: 'editor', countries: ['NPL', 'IND'] }),
			KNOWN
		);
		expect(result.ok && result.value.countries).toEqual(['NPL', 'IND']);
	});

	it('stores no countries for an admin, who edits every country', () => {
		const result = parseUserForm(
			form({ email: 'a@b.org', role: 'admin', countries: 'NPL' }),
			KNOWN
		);
		expect(result.ok && result.value.countries).toEqual([]);
	});

	it('names an unknown country code and keeps what was typed', () => {
		const result = parseUserForm(
			form({ email: 'a@b.org', role: 'editor', countries: 'NPL XYZ' }),
			KNOWN
		);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.errors.countries).toContain('“XYZ”');
			expect(result.errors.countries).not.toContain('NPL”');
			expect(result.values.countries).toBe('NPL XYZ');
		}
	});

	it('needs at least one country for an editor', () => {
		const result = parseUserForm(form({ email: 'a@b.org', role: 'editor', countries: ' ' }), KNOWN);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.countries).toContain('at least one country');
	});

	it('refuses an unknown role, naming it and the roles accepted', () => {
		const result = parseUserForm(
			form({ email: 'a@b.org', role: 'owner', countries: 'NPL' }),
			KNOWN
		);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.errors.role).toContain('“owner”');
			expect(result.errors.role).toContain('admin or editor');
			expect(result.errors.countries).toBeUndefined();
		}
	});

	it('reports every problem at once, each by its field', () => {
		const result = parseUserForm(
			form({ email: 'not-an-address', displayName: 'x'.repeat(101), role: '', countries: '' }),
			KNOWN
		);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(Object.keys(result.errors).sort()).toEqual(['displayName', 'email', 'role']);
	});
});

describe("changing a user's role and countries", () => {
	it('accepts a role, countries and the version the form was built from', () => {
		const result = parseAccessForm(
			form({ userId: '7', version: '3', role: 'editor', countries: 'NPL IND' }),
			KNOWN
		);
		expect(result).toEqual({
			ok: true,
			value: { userId: 7, version: 3, role: 'editor', countries: ['NPL', 'IND'] }
		});
	});

	it('refuses a form that does not say which account and version it changes', () => {
		const result = parseAccessForm(form({ userId: 'abc', version: '', role: 'admin' }), KNOWN);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.errors._form).toContain('“abc”');
			expect(result.values.userId).toBe('abc');
		}
	});
});
