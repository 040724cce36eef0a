import { describe, expect, it } from 'vitest';
import { loginPath, parseLoginForm, safeNextPath } from '../../../src/lib/domain/forms/login-form';
import { PASSWORD_MAX_LENGTH } from '../../../src/lib/domain/forms/password-form';

function form(fields: Record<string, string>): FormData {
	const data = new FormData();
	for (const [k, v] of Object.entries(fields)) data.set(k, v);
	return data;
}

describe('the sign-in form', () => {
	it('accepts an e-mail and password, lower-casing and trimming the e-mail', () => {
		const result = parseLoginForm(
			form({ email: '  Centre@GEFONT.org ', password: 'any password', next: '/countries/NPL' })
		);
		expect(result).toEqual({
			ok: true,
			value: { email: 'centre@gefont.org', password: 'any password', next: '/countries/NPL' }
		});
	});

	it('names each missing field and refills the e-mail but never the password', () => {
		const result = parseLoginForm(form({ email: '', password: '' }));
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(Object.keys(result.errors).sort()).toEqual(['email', 'password']);
		expect(result.values).toEqual({ email: '', next: '/' });
	});

	it('says what was typed when the e-mail is not an address', () => {
		const result = parseLoginForm(form({ email: 'gefont', password: 'secret' }));
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.errors.email).toContain('“gefont”');
			expect(result.values.email).toBe('gefont');
		}
	});

	it('refuses a password longer than any account can have, before it reaches argon2', () => {
		const result = parseLoginForm(
			form({ email: 'a@b.org', password: 'x'.repeat(PASSWORD_MAX_LENGTH + 1) })
		);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.password).toContain(String(PASSWORD_MAX_LENGTH));
	});

	it('treats a missing field and a file upload as empty text', () => {
		const data = new FormData();
		data.set('email', new Blob(['a@b.org']), 'email.txt');
		const result = parseLoginForm(data);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['email', 'password']);
	});
});

describe('where to go after signing in', () => {
	it.each([
		['/countries/NPL', '/countries/NPL'],
		['/matrix?instrument=C097#top', '/matrix?instrument=C097#top'],
		['/admin/users', '/admin/users']
	])('keeps the same-site path %s', (given, kept) => {
		expect(safeNextPath(given)).toBe(kept);
	});

	it.each([
		'https://evil.example/',
		'//evil.example/path',
		'/\\evil.example',
		'\\\\evil.example',
		'javascript:alert(1)',
		'/\n/evil.example',
		'/\t/evil.example',
		'evil.example',
		'',
		'/login',
		'/logout',
		'/' + 'a'.repeat(3000)
	])('sends %j to the home page instead', (given) => {
		expect(safeNextPath(given)).toBe('/');
	});

	it('builds the login address with the page to come back to', () => {
		expect(loginPath('/countries/NPL/campaign')).toBe('/login?next=%2Fcountries%2FNPL%2Fcampaign');
		expect(loginPath('/')).toBe('/login');
		expect(loginPath('//evil.example')).toBe('/login');
	});
});
