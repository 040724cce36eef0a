import { describe, expect, it } from 'vitest';
import {
	CENTRE_NAME_MAX,
	OBSTACLES_MAX,
	parseContactForm
} from '../../../src/lib/domain/forms/contact-form';
import { formData } from './form-data';

const valid = {
	centreName: 'GEFONT',
	centreUrl: 'https://gefont.org',
	obstacles: '',
	version: '2'
};

describe('the campaign contact form', () => {
	it('keeps the centre, its public address, the obstacles and the version opened', () => {
		expect(parseContactForm(formData(valid))).toEqual({
			ok: true,
			value: { centreName: 'GEFONT', centreUrl: 'https://gefont.org', obstacles: '', version: 2 }
		});
	});

	it('reads an empty version as a contact created for the first time', () => {
		const result = parseContactForm(formData({ ...valid, version: '' }));
		expect(result.ok && result.value.version).toBeNull();
	});

	it(`needs the centre's name, at most ${CENTRE_NAME_MAX} characters`, () => {
		expect(parseContactForm(formData({ ...valid, centreName: '' }))).toMatchObject({
			ok: false,
			errors: { centreName: expect.stringMatching(/empty/) }
		});
		const long = parseContactForm(
			formData({ ...valid, centreName: 'x'.repeat(CENTRE_NAME_MAX + 1) })
		);
		expect(!long.ok && long.errors.centreName).toContain(`${CENTRE_NAME_MAX + 1} characters`);
	});

	it(`takes obstacles of at most ${OBSTACLES_MAX} characters`, () => {
		const long = parseContactForm(formData({ ...valid, obstacles: 'x'.repeat(OBSTACLES_MAX + 1) }));
		expect(!long.ok && long.errors.obstacles).toContain(`at most ${OBSTACLES_MAX}`);
	});

	it('takes only an http or https public address, or none', () => {
		expect(parseContactForm(formData({ ...valid, centreUrl: '' }))).toMatchObject({
			ok: true,
			value: { centreUrl: null }
		});
		const script = parseContactForm(
			formData({ ...valid, centreUrl: 'javascript:alert(document.cookie)' })
		);
		expect(!script.ok && script.errors.centreUrl).toContain('“javascript:alert(document.cookie)”');
	});

	it('refuses a version that is not a number, keeping what was typed', () => {
		const result = parseContactForm(formData({ ...valid, version: 'abc', obstacles: 'Kept' }));
		expect(result).toMatchObject({
			ok: false,
			values: { obstacles: 'Kept' },
			errors: { version: expect.stringMatching(/“abc”/) }
		});
	});

	it('refuses invisible control characters, saying which and where', () => {
		const result = parseContactForm(formData({ ...valid, centreName: 'GE\u0000FONT' }));
		expect(!result.ok && result.errors.centreName).toMatch(
			/control character \(U\+0000, character 3\)/
		);
		// Line breaks in the obstacles are text, not noise.
		expect(parseContactForm(formData({ ...valid, obstacles: 'One\r\nTwo\tThree' })).ok).toBe(true);
	});
});
