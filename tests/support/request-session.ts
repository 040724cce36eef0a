/**
 * HTTP clients for the security tests: one Playwright request context per role, signed in through
 * the real login form, sending what a browser's plain form post sends (an Origin header, Accept:
 * text/html), and never following redirects, so each answer's own status can be checked.
 */
import { request, type APIRequestContext } from '@playwright/test';
import { createUser, type TestAccount } from './accounts';

export type Role = 'anonymous' | 'editorNPL' | 'editorLKA' | 'admin';
export const ROLES: readonly Role[] = ['anonymous', 'editorNPL', 'editorLKA', 'admin'];

export interface Client {
	role: Role;
	account: TestAccount | null;
	http: APIRequestContext;
}

export async function newClient(
	baseURL: string,
	role: Role,
	account: TestAccount | null
): Promise<Client> {
	const http = await request.newContext({
		baseURL,
		maxRedirects: 0,
		extraHTTPHeaders: { origin: baseURL, accept: 'text/html' }
	});
	if (account) {
		const answer = await http.post('/login', {
			form: { email: account.email, password: account.password, next: '/' }
		});
		if (answer.status() !== 303)
			throw new Error(
				`Signing in ${account.email} answered ${answer.status()}, not 303: ${(await answer.text()).slice(0, 300)}`
			);
	}
	return { role, account, http };
}

/** The four roles of the authorization matrix: visitor, editor of Nepal, editor of Sri Lanka, admin. */
export async function roleClients(baseURL: string, label: string): Promise<Record<Role, Client>> {
	const [npl, lka, admin] = await Promise.all([
		createUser({ role: 'editor', countries: ['NPL'], displayName: `${label} NPL editor` }),
		createUser({ role: 'editor', countries: ['LKA'], displayName: `${label} LKA editor` }),
		createUser({ role: 'admin', displayName: `${label} admin` })
	]);
	return {
		anonymous: await newClient(baseURL, 'anonymous', null),
		editorNPL: await newClient(baseURL, 'editorNPL', npl),
		editorLKA: await newClient(baseURL, 'editorLKA', lka),
		admin: await newClient(baseURL, 'admin', admin)
	};
}

/** The value of a hidden input in an HTML answer (e.g. the import's stash_id). */
export function hiddenValue(html: string, name: string): string | null {
	const m = new RegExp(`name="${name}"[^>]*value="([^"]*)"`).exec(html);
	return m ? m[1] : null;
}
