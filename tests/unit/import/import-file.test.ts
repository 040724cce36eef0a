import { describe, expect, it } from 'vitest';
import {
	checkHeader,
	checkUploadMeta,
	IMPORT_MAX_BYTES
} from '../../../src/lib/domain/import-file';
import { RATIFICATION_CSV_COLUMNS } from '../../../src/lib/domain/ratification-csv';
import { parseApplyForm, parseDryRunForm } from '../../../src/lib/domain/forms/import-form';

describe('checking an uploaded import file', () => {
	it('accepts the header of seeds/ratifications.csv', () => {
		expect(checkHeader([...RATIFICATION_CSV_COLUMNS])).toBeNull();
	});

	it('refuses a header with a missing, an extra or a moved column, naming what is expected', () => {
		const missing = checkHeader(RATIFICATION_CSV_COLUMNS.slice(1));
		expect(missing?.reason).toMatch(/missing iso3/);
		const extra = checkHeader([...RATIFICATION_CSV_COLUMNS, 'comment']);
		expect(extra?.reason).toMatch(/unexpected comment/);
		const moved = checkHeader([...RATIFICATION_CSV_COLUMNS].reverse());
		expect(moved?.reason).toMatch(/another order/);
		expect(moved?.reason).toContain(RATIFICATION_CSV_COLUMNS.join(','));
	});

	it('accepts a .csv whatever type the browser gives it, and text/csv whatever its name', () => {
		for (const type of ['', 'text/csv', 'application/vnd.ms-excel', 'text/plain'])
			expect(checkUploadMeta({ name: 'table.CSV', type, size: 10 })).toEqual([]);
		expect(checkUploadMeta({ name: 'upload', type: 'text/csv; charset=utf-8', size: 10 })).toEqual(
			[]
		);
	});

	it('refuses an empty file, a file over the limit and a file that is not a CSV', () => {
		expect(checkUploadMeta({ name: 'a.csv', type: 'text/csv', size: 0 })[0].reason).toMatch(
			/empty/
		);
		expect(
			checkUploadMeta({ name: 'a.csv', type: 'text/csv', size: IMPORT_MAX_BYTES + 1 })[0].reason
		).toMatch(/larger than/);
		expect(checkUploadMeta({ name: 'a.pdf', type: 'application/pdf', size: 10 })[0].reason).toMatch(
			/expected a CSV/
		);
		expect(checkUploadMeta({ name: 'a.csv', type: 'image/png', size: 10 })).toHaveLength(1);
	});
});

describe('reading the import forms', () => {
	it('asks for a file when the dry run posts none', () => {
		const result = parseDryRunForm(new FormData());
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.errors.file).toMatch(/Choose a CSV file/);
	});

	it('refuses an apply that does not name a dry run, keeping what was sent', () => {
		const form = new FormData();
		form.set('stash_id', '../../etc/passwd');
		form.set('sha256', 'x');
		const result = parseApplyForm(form);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(Object.keys(result.errors).sort()).toEqual(['digest', 'sha256', 'stash_id']);
			expect(result.values.stash_id).toBe('../../etc/passwd');
		}
	});
});
