/**
 * Bulk import of ratification events for administrators: `dry_run` checks an uploaded CSV (the seed
 * format) row by row and shows what would change; `apply` writes exactly that plan in one
 * transaction, or nothing. The file stays on the server between the two (dry-run-stash.ts).
 * `revert` takes a recent import back. It lives here rather than only in a country's history
 * because an import of several countries' rows has no country, so no history page lists it.
 */
import { error, fail, redirect } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { IMPORT_MAX_BYTES } from '$lib/domain/import-file';
import { parseApplyForm, parseDryRunForm } from '$lib/domain/forms/import-form';
import { formValues } from '$lib/domain/forms/form-result';
import { parseRevertForm } from '$lib/domain/forms/revert-form';
import { revertRefusal } from '$lib/domain/revert-rule';
import { RATIFICATION_CSV_COLUMNS } from '$lib/domain/ratification-csv';
import { appDatabase } from '$lib/server/app-database';
import { requireAdmin } from '$lib/server/auth/guards';
import { readFormData, UNREADABLE_FORM } from '$lib/server/read-form-data';
import { auditLog } from '$lib/server/db/schema';
import * as history from '$lib/server/db/queries/audit-log';
import { dropUpload, findUpload, stashUpload } from '$lib/server/import/dry-run-stash';
import {
	applyImport,
	ImportRefused,
	planAgainstDatabase,
	planDigest
} from '$lib/server/import/import-events';
import { decodeUpload, readImportRecords, type ImportText } from '$lib/server/import/read-upload';
import type { ImportPlan } from '$lib/domain/import-plan';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireAdmin(event);
	const appliedParam = event.url.searchParams.get('applied');
	let applied: { id: number; summary: string; at: string } | null = null;
	if (appliedParam && /^\d{1,12}$/.test(appliedParam)) {
		const row = appDatabase()
			.select({ id: auditLog.id, summary: auditLog.summary, at: auditLog.at })
			.from(auditLog)
			.where(and(eq(auditLog.id, Number(appliedParam)), eq(auditLog.action, 'import.apply')))
			.get();
		applied = row ?? null;
	}
	const reverted = event.url.searchParams.get('reverted');
	const recent = history
		.listPublic(appDatabase(), { action: 'import.apply', limit: RECENT_IMPORTS })
		.map((e) => ({
			id: e.id,
			at: e.at,
			who: e.who,
			summary: e.summary,
			iso3: e.iso3,
			revertedBy: e.revertedBy,
			revertible: revertRefusal(e) === null
		}));
	return {
		applied,
		recent,
		reverted: reverted && /^\d{1,12}$/.test(reverted) ? Number(reverted) : null,
		maxBytes: IMPORT_MAX_BYTES,
		columns: [...RATIFICATION_CSV_COLUMNS]
	};
};

/** Imports listed for taking back: the newest; older ones are rarely undone whole. */
const RECENT_IMPORTS = 10;

/** A dry run as the page shows it and as apply names it. */
export interface DryRunView {
	stashId: string;
	name: string;
	sha256: string;
	bytes: number;
	digest: string;
	plan: ImportPlan;
}

const UNREADABLE = { errors: { _form: UNREADABLE_FORM }, values: {} };

function dryRunView(stashId: string, file: ImportText, plan: ImportPlan): DryRunView {
	return {
		stashId,
		name: file.name,
		sha256: file.sha256,
		bytes: file.bytes,
		digest: planDigest(plan),
		plan
	};
}

export const actions: Actions = {
	dry_run: async (event) => {
		const user = requireAdmin(event);
		const formData = await readFormData(event.request);
		if (!formData) return fail(400, UNREADABLE);
		const parsed = parseDryRunForm(formData);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { file } = parsed.value;
		if (file.size > IMPORT_MAX_BYTES)
			return fail(400, {
				errors: { file: 'The file is too large.' },
				fileErrors: [
					{
						line: null,
						value: `${file.size} bytes`,
						reason: `the file is larger than ${IMPORT_MAX_BYTES} bytes (2 MB): split it into smaller files`
					}
				],
				values: {}
			});
		const decoded = decodeUpload(new Uint8Array(await file.arrayBuffer()), {
			name: file.name,
			type: file.type,
			size: file.size
		});
		if (!decoded.ok)
			return fail(400, {
				errors: { file: `“${file.name}” cannot be imported: see the problems below.` },
				fileErrors: decoded.errors,
				values: {}
			});
		const records = readImportRecords(decoded.value);
		if (!records.ok)
			return fail(400, {
				errors: { file: `“${file.name}” cannot be imported: see the problems below.` },
				fileErrors: records.errors,
				values: {}
			});
		const plan = planAgainstDatabase(appDatabase(), records.value);
		const view = dryRunView(stashUpload(user.id, decoded.value), decoded.value, plan);
		return plan.canApply ? { dryRun: view } : fail(400, { dryRun: view });
	},

	apply: async (event) => {
		const user = requireAdmin(event);
		const formData = await readFormData(event.request);
		if (!formData) return fail(400, UNREADABLE);
		const parsed = parseApplyForm(formData);
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { stashId, sha256, digest } = parsed.value;
		const file = findUpload(stashId, user.id, sha256);
		if (!file)
			return fail(400, {
				errors: {
					_form:
						'This dry run is no longer kept (after 30 minutes, or a server restart, it is dropped): choose the file and run the dry run again. Nothing was changed.'
				},
				values: {}
			});
		const records = readImportRecords(file);
		if (!records.ok) return fail(400, { fileErrors: records.errors, values: {} });
		const db = appDatabase();
		try {
			const applied = applyImport(db, { file, records: records.value, actorId: user.id, digest });
			dropUpload(stashId);
			redirect(303, `/admin/import?applied=${applied.auditId}`);
		} catch (e) {
			if (!(e instanceof ImportRefused)) throw e;
			const view = dryRunView(stashId, file, e.plan);
			const errors = { _form: e.message };
			if (e.reason === 'stale') return fail(409, { dryRun: view, errors, values: {} });
			if (e.reason === 'empty') return { dryRun: view, notice: e.message };
			return fail(400, { dryRun: view, errors, values: {} });
		}
	},

	revert: async (event) => {
		const user = requireAdmin(event);
		const formData = await readFormData(event.request);
		if (!formData) return fail(400, { revertErrors: { _form: UNREADABLE_FORM }, values: {} });
		const parsed = parseRevertForm(formData);
		if (!parsed.ok) return fail(400, { revertErrors: parsed.errors, values: parsed.values });
		const db = appDatabase();
		const entry = history.get(db, parsed.value.auditId);
		if (!entry || entry.action !== 'import.apply' || !entry.public)
			error(404, { message: `There is no import recorded as change ${parsed.value.auditId}.` });
		const outcome = history.revert(db, entry.id, user);
		if (!outcome.ok)
			return fail(outcome.status, {
				revertErrors: { _form: `Import ${entry.id} was not reverted. ${outcome.message}` },
				values: formValues(formData, ['auditId'])
			});
		redirect(303, `/admin/import?reverted=${entry.id}#recent-imports`);
	}
};
