// See https://svelte.dev/docs/kit/types#app.d.ts
import type { SessionUser } from '$lib/domain/authorization';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** For 400s: each rejected parameter with what is accepted. */
			errors?: { param: string; value: string; accepted: string; message: string }[];
			/** For 404s: where to find the right thing. */
			hint?: string;
		}
		interface Locals {
			/** The signed-in user, resolved from the session cookie in hooks.server.ts; null when anonymous. */
			user: SessionUser | null;
		}
	}
}

export {};
