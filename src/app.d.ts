// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** For 400s: each rejected parameter with what is accepted. */
			errors?: { param: string; value: string; accepted: string; message: string }[];
			/** For 404s: where to find the right thing. */
			hint?: string;
		}
	}
}

export {};
