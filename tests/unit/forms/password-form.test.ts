import { describe, expect, it } from 'vitest';
import {
	parsePasswordForm,
	PASSWORD_MAX_LENGTH,
	PASSWORD_MIN_LENGTH,
	passwordProblem
} from '../../../src/lib/domain/forms/password-form';

function form(password: string, confirm: string): FormData {
	const data = new FormData();
	data.set('password', password);
	data.set('confirm', confirm);
	return data;
}

describe('choosing a password', () => {
	it('accepts a passphrase typed twice', () => {
		const phrase = 'solidarity across borders';
		expect(parsePasswordForm(form(phrase, phrase))).toEqual({
			ok: true,
			value: { password: phrase }
		});
	});

	it('accepts exactly the minimum and the maximum length', () => {
		const shortest = 'a'.repeat(PASSWORD_MIN_LENGTH);
		const longest = 'b'.repeat(PASSWORD_MAX_LENGTH);
		expect(parsePasswordForm(form(shortest, shortest)).ok).toBe(true);
		expect(parsePasswordForm(form(longest, longest)).ok).toBe(true);
	});

	it('says how many characters a short password has and how many it needs', () => {
		const short = 'a'.repeat(PASSWORD_MIN_LENGTH - 1);
		const result = parsePasswordForm(form(short, short));
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.errors.password).toContain(`${PASSWORD_MIN_LENGTH - 1} characters`);
			expect(result.errors.password).toContain(`at least ${PASSWORD_MIN_LENGTH}`);
		}
	});

	it('refuses a password over the maximum, saying the maximum', () => {
		const long = 'c'.repeat(PASSWORD_MAX_LENGTH + 1);
		expect(passwordProblem(long)).toContain(`at most ${PASSWORD_MAX_LENGTH}`);
	});

	it('counts characters, not UTF-16 units, so an emoji passphrase is measured as typed', () => {
		const emoji = '✊🏽'.repeat(3);
		expect([...emoji].length).toBeLessThan(PASSWORD_MIN_LENGTH);
		expect(passwordProblem(emoji)).toContain(`${[...emoji].length} characters`);
	});

	it('refuses a password of spaces only', () => {
		expect(passwordProblem(' '.repeat(PASSWORD_MIN_LENGTH))).toContain('only spaces');
	});

	it('puts a mismatch on the confirmation field and refills neither password', () => {
		const result = parsePasswordForm(form('solidarity across borders', 'solidarity across border'));
		expect(result).toEqual({
			ok: false,
			errors: { confirm: expect.stringContaining('not the same') },
			values: {}
		});
	});

	it('asks for the confirmation when it is empty', () => {
		const result = parsePasswordForm(form('solidarity across borders', ''));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.confirm).toContain('again');
	});
});
