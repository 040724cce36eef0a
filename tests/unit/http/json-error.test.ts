import { describe, expect, it } from 'vitest';
import { paramError } from '../../../src/lib/domain/query-error';
import { badRequest, MAX_ECHO_LENGTH, notFound } from '../../../src/lib/server/http/json-error';

describe('JSON errors', () => {
	it('answer a bad parameter with 400, naming it, its value and what is accepted', async () => {
		const response = badRequest([paramError('group', 'XYZ', 'one of GCC, EU27')]);
		expect(response.status).toBe(400);
		expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
		const body = await response.json();
		expect(body.error.status).toBe(400);
		expect(body.error.errors).toEqual([
			{
				param: 'group',
				value: 'XYZ',
				accepted: 'one of GCC, EU27',
				message: expect.stringContaining('XYZ')
			}
		]);
	});

	it('echo at most a short piece of a very long value', async () => {
		const long = 'x'.repeat(10_000);
		const body = await badRequest([paramError(long, long, 'nothing')]).json();
		const [error] = body.error.errors;
		expect(error.value.length).toBeLessThanOrEqual(MAX_ECHO_LENGTH + 1);
		expect(error.param.length).toBeLessThanOrEqual(MAX_ECHO_LENGTH + 1);
		expect(error.message.length).toBeLessThan(4 * MAX_ECHO_LENGTH);
	});

	it('answer an unknown code with 404 and a hint', async () => {
		const response = notFound('No state has the code "XYZ".', 'see /api/v1/matrix.json');
		expect(response.status).toBe(404);
		expect(await response.json()).toEqual({
			error: {
				status: 404,
				message: 'No state has the code "XYZ".',
				hint: 'see /api/v1/matrix.json'
			}
		});
	});
});
