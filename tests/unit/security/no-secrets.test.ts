/**
 * No secret in the repository (issue 6 §8): every file git tracks, or would add (untracked and not
 * ignored), is scanned for private keys and the token formats of common services, and no
 * environment file is tracked. A false alarm is fixed by changing the file, never by loosening this.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

const SECRET_PATTERNS: [string, RegExp][] = [
	[
		'a private key',
		/-----BEGIN (?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY( BLOCK)?-----/
	],
	['an AWS access key id', /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/],
	['a GitHub token', /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{50,})\b/],
	['a GitLab token', /\bglpat-[A-Za-z0-9_-]{20,}\b/],
	['an npm token', /\bnpm_[A-Za-z0-9]{36}\b/],
	['a Slack token', /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/],
	['a Google API key', /\bAIza[0-9A-Za-z_-]{35}\b/],
	['a Stripe live key', /\b[rs]k_live_[0-9A-Za-z]{20,}\b/],
	['an OpenAI-style key', /\bsk-(?:proj-)?[A-Za-z0-9]{32,}\b/],
	['a JSON web token', /\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/],
	['a URL with a password', /\b[a-z][a-z0-9+.-]*:\/\/[^\s/:@'"]+:[^\s/@'"]{6,}@[^\s'"]+/i],
	['a session cookie value', /\bsession=[A-Za-z0-9_-]{40,}/]
];

function repositoryFiles(): string[] {
	const out = execFileSync(
		'git',
		['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
		{
			encoding: 'utf8'
		}
	);
	return out.split('\0').filter((f) => f && fs.existsSync(f) && fs.statSync(f).isFile());
}

describe('the repository', () => {
	const files = repositoryFiles();

	it('tracks no environment file, database or key file', () => {
		const risky = files.filter(
			(f) =>
				(/(^|\/)\.env(\.|$)/.test(f) && !f.endsWith('.env.example')) ||
				/\.(pem|key|p12|pfx|db|sqlite)$/i.test(f) ||
				/(^|\/)id_(rsa|ed25519|ecdsa)$/.test(f)
		);
		expect(risky).toEqual([]);
	});

	it('holds no private key or access token in any file', () => {
		expect(files.length).toBeGreaterThan(50);
		const found: string[] = [];
		for (const file of files) {
			const bytes = fs.readFileSync(file);
			if (bytes.includes(0)) continue; // binary (fonts, images)
			const text = bytes.toString('utf8');
			for (const [what, pattern] of SECRET_PATTERNS) {
				const m = pattern.exec(text);
				if (m) {
					const line = text.slice(0, m.index).split('\n').length;
					found.push(`${file}:${line}: ${what}`);
				}
			}
		}
		expect(found).toEqual([]);
	});

	it('would catch a key if one were added', () => {
		const sample = ['-----BEGIN', 'OPENSSH PRIVATE KEY-----'].join(' ');
		expect(SECRET_PATTERNS.some(([, p]) => p.test(sample))).toBe(true);
		expect(SECRET_PATTERNS.some(([, p]) => p.test(`AKIA${'ABCDEFGHIJKLMNOP'}`))).toBe(true);
	});
});
