/**
 * `npm run users -- <command>`: accounts from the server's shell, for the first admin and for when
 * the web pages cannot be reached. scripts/users.ts opens the configured database and calls
 * `runUsersCommand`; tests call it on their own database. Bad arguments exit with code 2 and a
 * message naming the argument, the value given and what is accepted.
 */
import { passwordProblem } from '../../domain/forms/password-form';
import { emailProblem, normalizeEmail } from '../../domain/forms/login-form';
import {
	countriesProblem,
	countriesFor,
	isRole,
	parseCountryList
} from '../../domain/forms/user-form';
import { ROLES, type Role } from '../../domain/roles';
import type { TrackerDb } from '../db';
import * as countries from '../db/queries/countries';
import * as users from '../db/queries/users';
import { invite, issueAccessLink } from './one-time-tokens';
import { hashPassword } from './passwords';

export const USAGE = `Usage: npm run users -- <command> [options]

  add --email E --role admin|editor [--country ISO3 ...] [--name N] [--password-stdin]
        Without --password-stdin, prints a one-time invitation link (valid 7 days).
  list
  disable --email E
  enable --email E
  set-role --email E --role admin|editor [--country ISO3 ...]
  reset-link --email E
        Prints a one-time password-reset link (valid 2 hours), or a new invitation
        link if the account never chose a password.

--country may be repeated or given a list: --country NPL --country IND, or --country NPL,IND.
The database is DATABASE_FILE (default db/tracker.db); links use ORIGIN.`;

/** A mistake in the command line: exit code 2. */
export class UsageError extends Error {}

export interface CliIo {
	out: (line: string) => void;
	/** The whole of standard input, for --password-stdin. */
	readStdin: () => Promise<string>;
}

export interface CliContext {
	db: TrackerDb;
	/** Public origin of the site, for the links. */
	origin: string;
}

interface ParsedArgs {
	command: string;
	options: Map<string, string[]>;
	flags: Set<string>;
}

const COMMANDS: Record<string, { options: string[]; flags: string[] }> = {
	add: { options: ['email', 'role', 'country', 'name'], flags: ['password-stdin'] },
	list: { options: [], flags: [] },
	disable: { options: ['email'], flags: [] },
	enable: { options: ['email'], flags: [] },
	'set-role': { options: ['email', 'role', 'country'], flags: [] },
	'reset-link': { options: ['email'], flags: [] }
};

export function parseArgs(argv: readonly string[]): ParsedArgs {
	const [command, ...rest] = argv;
	if (!command) throw new UsageError(`No command given.\n\n${USAGE}`);
	const spec = COMMANDS[command];
	if (!spec)
		throw new UsageError(
			`"${command}" is not a command: use one of ${Object.keys(COMMANDS).join(', ')}.\n\n${USAGE}`
		);
	const options = new Map<string, string[]>();
	const flags = new Set<string>();
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i];
		const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
		if (!match)
			throw new UsageError(
				`"${arg}" is not an option of "${command}": options start with --. ${acceptedFor(command)}`
			);
		const [, name, inline] = match;
		if (spec.flags.includes(name)) {
			if (inline !== undefined)
				throw new UsageError(`--${name} takes no value (given "${inline}").`);
			flags.add(name);
			continue;
		}
		if (!spec.options.includes(name))
			throw new UsageError(`--${name} is not an option of "${command}". ${acceptedFor(command)}`);
		const value = inline ?? rest[++i];
		if (value === undefined || (inline === undefined && value.startsWith('--')))
			throw new UsageError(`--${name} needs a value, e.g. ${example(name)}.`);
		options.set(name, [...(options.get(name) ?? []), value]);
	}
	return { command, options, flags };
}

function acceptedFor(command: string): string {
	const spec = COMMANDS[command];
	const all = [...spec.options, ...spec.flags].map((o) => `--${o}`);
	return all.length ? `Accepted: ${all.join(', ')}.` : `"${command}" takes no options.`;
}

function example(name: string): string {
	return (
		{
			email: '--email centre@union.org',
			role: `--role ${ROLES.join('|')}`,
			country: '--country NPL',
			name: '--name "GEFONT Nepal"'
		}[name] ?? `--${name} VALUE`
	);
}

function single(args: ParsedArgs, name: string, required: true): string;
function single(args: ParsedArgs, name: string, required: false): string | undefined;
function single(args: ParsedArgs, name: string, required: boolean): string | undefined {
	const values = args.options.get(name) ?? [];
	if (values.length > 1)
		throw new UsageError(
			`--${name} was given ${values.length} times (${values.join(', ')}): give it once.`
		);
	if (required && values.length === 0)
		throw new UsageError(`"${args.command}" needs --${name}, e.g. ${example(name)}.`);
	return values[0];
}

function emailArg(args: ParsedArgs): string {
	const email = normalizeEmail(single(args, 'email', true));
	const problem = emailProblem(email);
	if (problem) throw new UsageError(`--email "${email}": ${problem}`);
	return email;
}

function roleArg(args: ParsedArgs): Role {
	const role = single(args, 'role', true);
	if (!isRole(role))
		throw new UsageError(`--role "${role}" is not a role: accepted are ${ROLES.join(', ')}.`);
	return role;
}

function countriesArg(args: ParsedArgs, role: Role, db: TrackerDb): string[] {
	const given = args.options.get('country') ?? [];
	const list = parseCountryList(given.join(' '));
	if (role === 'admin' && list.length)
		throw new UsageError(
			`--country ${list.join(',')}: an admin edits every country, so give no --country for --role admin.`
		);
	const known = new Set(countries.list(db).map((c) => c.iso3));
	const problem = countriesProblem(role, list, known);
	if (problem) throw new UsageError(`--country ${given.join(',') || '(none)'}: ${problem}`);
	return countriesFor(role, list);
}

function existing(db: TrackerDb, email: string): users.UserRecord {
	const user = users.getByEmail(db, email);
	if (!user)
		throw new UsageError(
			`--email "${email}": no account has this address; accepted is an existing account's e-mail (see "npm run users -- list").`
		);
	return user;
}

/** A password piped in: one trailing line break (from echo or a file) is not part of it. */
function passwordFromStdin(raw: string): string {
	const password = raw.replace(/\r?\n$/, '');
	const problem = passwordProblem(password);
	if (problem) throw new UsageError(`--password-stdin: ${problem}`);
	return password;
}

function describeUser(u: users.UserSummary): string {
	const access = u.role === 'admin' ? 'admin' : `editor ${u.countries.join(',')}`;
	const state = u.disabled ? 'disabled' : u.hasPassword ? 'active' : 'invited';
	return [
		String(u.id).padStart(4),
		u.email.padEnd(36),
		access.padEnd(22),
		state.padEnd(9),
		u.lastSignInAt ?? '—'
	].join('  ');
}

/** Run one command; throws UsageError (exit 2) or users.UserChangeError (exit 1). */
export async function runUsersCommand(
	argv: readonly string[],
	ctx: CliContext,
	io: CliIo
): Promise<void> {
	const args = parseArgs(argv);
	const { db } = ctx;
	switch (args.command) {
		case 'add': {
			const email = emailArg(args);
			const role = roleArg(args);
			const held = countriesArg(args, role, db);
			const displayName = single(args, 'name', false) ?? '';
			if (args.flags.has('password-stdin')) {
				const password = passwordFromStdin(await io.readStdin());
				const user = users.create(
					db,
					{ email, displayName, role, countries: held, passwordHash: await hashPassword(password) },
					null
				);
				io.out(
					`Added ${user.email} (${role}${held.length ? ` for ${held.join(', ')}` : ''}); they can sign in now.`
				);
				return;
			}
			const { user, link } = invite(
				db,
				{ email, displayName, role, countries: held, origin: ctx.origin },
				null
			);
			io.out(`Invited ${user.email} (${role}${held.length ? ` for ${held.join(', ')}` : ''}).`);
			io.out(
				`Send them this link yourself (no e-mail is sent); it works once, until ${link.expiresAt.toISOString()}:`
			);
			io.out(link.url);
			return;
		}
		case 'list': {
			const all = users.list(db);
			io.out(
				['  id', 'email'.padEnd(36), 'role'.padEnd(22), 'status'.padEnd(9), 'last sign-in'].join(
					'  '
				)
			);
			for (const u of all) io.out(describeUser(u));
			io.out(`${all.length} account${all.length === 1 ? '' : 's'}.`);
			return;
		}
		case 'disable':
		case 'enable': {
			const user = existing(db, emailArg(args));
			if (args.command === 'disable') users.disable(db, { id: user.id }, null);
			else users.enable(db, { id: user.id }, null);
			io.out(
				args.command === 'disable'
					? `Disabled ${user.email}: its sessions have ended and it cannot sign in.`
					: `Enabled ${user.email}.`
			);
			return;
		}
		case 'set-role': {
			const user = existing(db, emailArg(args));
			const role = roleArg(args);
			const held = countriesArg(args, role, db);
			users.setRole(db, { id: user.id, role, countries: held }, null);
			io.out(
				`${user.email} is now ${role === 'admin' ? 'an admin' : `an editor for ${held.join(', ')}`}.`
			);
			return;
		}
		case 'reset-link': {
			const user = existing(db, emailArg(args));
			const link = issueAccessLink(db, { userId: user.id, origin: ctx.origin }, null);
			io.out(
				`${link.purpose === 'invite' ? 'New invitation' : 'Password-reset'} link for ${user.email}; send it yourself (no e-mail is sent). It works once, until ${link.expiresAt.toISOString()}:`
			);
			io.out(link.url);
			return;
		}
	}
}
