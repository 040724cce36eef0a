/**
 * Progressive enhancement for the upload form: with JavaScript, send the form with XMLHttpRequest so
 * the page can show how much of a large file has gone, then hand the action's answer to SvelteKit as
 * `use:enhance` would. Without JavaScript the form posts as plain multipart and the browser shows its
 * own progress. The server checks everything again either way.
 */
import { applyAction, deserialize } from '$app/forms';
import { invalidateAll } from '$app/navigation';
import type { ActionResult } from '@sveltejs/kit';

export interface UploadProgressOptions {
	/** Called with 0…1 while the body is sent, and null when done. */
	onprogress: (fraction: number | null) => void;
	/** Refuse before sending (e.g. a file over the size limit); return a message or null. */
	precheck?: (form: HTMLFormElement) => string | null;
	onrefused?: (message: string) => void;
}

function send(form: HTMLFormElement, options: UploadProgressOptions): Promise<ActionResult> {
	return new Promise((resolve, reject) => {
		const xhr = new XMLHttpRequest();
		xhr.open('POST', form.action);
		xhr.setRequestHeader('accept', 'application/json');
		xhr.setRequestHeader('x-sveltekit-action', 'true');
		xhr.upload.onprogress = (e) => {
			if (e.lengthComputable) options.onprogress(e.loaded / e.total);
		};
		xhr.onload = () => {
			try {
				resolve(deserialize(xhr.responseText));
			} catch {
				// Not an action answer (e.g. the server's own body-size refusal): say so by the form.
				reject(
					new Error(
						`The server refused the upload (HTTP ${xhr.status}): ${xhr.responseText.slice(0, 200)}`
					)
				);
			}
		};
		xhr.onerror = () =>
			reject(new Error('The upload was interrupted: check the connection and try again.'));
		xhr.send(new FormData(form));
	});
}

export function uploadProgress(form: HTMLFormElement, options: UploadProgressOptions) {
	let current = options;
	async function submit(event: SubmitEvent) {
		event.preventDefault();
		const refusal = current.precheck?.(form);
		if (refusal) {
			current.onrefused?.(refusal);
			return;
		}
		current.onprogress(0);
		try {
			const result = await send(form, current);
			if (result.type === 'success') await invalidateAll();
			await applyAction(result);
		} catch (e) {
			current.onrefused?.((e as Error).message);
		} finally {
			current.onprogress(null);
		}
	}
	form.addEventListener('submit', submit);
	return {
		update(next: UploadProgressOptions) {
			current = next;
		},
		destroy() {
			form.removeEventListener('submit', submit);
		}
	};
}
