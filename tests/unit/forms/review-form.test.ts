import { describe, expect, it } from 'vitest';
import { parseReviewForm } from '../../../src/lib/domain/forms/review-form';
import { parseRevertForm } from '../../../src/lib/domain/forms/revert-form';
import { formData } from './form-data';

describe('the review form', () => {
	it('approves without a reason', () => {
		expect(
			parseReviewForm(formData({ id: '4', version: '1', decision: 'approve', reason: '' }))
		).toEqual({
			ok: true,
			value: { id: 4, version: 1, decision: 'approve', reason: null }
		});
	});

	it('rejects only with a reason, which the centre will read', () => {
		const without = parseReviewForm(
			formData({ id: '4', version: '1', decision: 'reject', reason: ' ' })
		);
		expect(!without.ok && without.errors.reason).toMatch(/reason is empty/i);
		expect(
			parseReviewForm(
				formData({ id: '4', version: '1', decision: 'reject', reason: 'Source is a blog' })
			)
		).toMatchObject({
			ok: true,
			value: { decision: 'reject', reason: 'Source is a blog' }
		});
	});

	it('refuses any decision but approve or reject, and a missing version', () => {
		const result = parseReviewForm(
			formData({ id: '4', version: '', decision: 'delete', reason: '' })
		);
		expect(result).toMatchObject({
			ok: false,
			errors: {
				decision: expect.stringContaining('“delete”'),
				version: expect.stringMatching(/reload/)
			}
		});
	});
});

describe('the revert form', () => {
	it('names the change to take back by its number', () => {
		expect(parseRevertForm(formData({ auditId: '12' }))).toEqual({
			ok: true,
			value: { auditId: 12 }
		});
		expect(parseRevertForm(formData({ auditId: '12; DROP TABLE' })).ok).toBe(false);
	});
});
