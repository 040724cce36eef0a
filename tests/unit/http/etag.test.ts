import { describe, expect, it } from 'vitest';
import { ifNoneMatchMatches, strongEtag } from '../../../src/lib/server/http/etag';

describe('entity tags', () => {
	const tag = strongEtag('iso3,name\r\nQAT,Qatar\r\n');

	it('are strong, quoted and the same for the same body', () => {
		expect(tag).toMatch(/^"[A-Za-z0-9_-]{22}"$/);
		expect(strongEtag('iso3,name\r\nQAT,Qatar\r\n')).toBe(tag);
	});

	it('change when one character of the body changes', () => {
		expect(strongEtag('iso3,name\r\nQAT,Qatar \r\n')).not.toBe(tag);
	});
});

describe('If-None-Match', () => {
	const tag = strongEtag('{}');

	it('matches the current tag, alone or in a list', () => {
		expect(ifNoneMatchMatches(tag, tag)).toBe(true);
		expect(ifNoneMatchMatches(`"old", ${tag}`, tag)).toBe(true);
	});

	it('compares weakly, so a tag a proxy marked W/ still matches', () => {
		expect(ifNoneMatchMatches(`W/${tag}`, tag)).toBe(true);
	});

	it('matches anything with *', () => {
		expect(ifNoneMatchMatches('*', tag)).toBe(true);
	});

	it('does not match another tag, an empty header or no header', () => {
		expect(ifNoneMatchMatches('"other"', tag)).toBe(false);
		expect(ifNoneMatchMatches('', tag)).toBe(false);
		expect(ifNoneMatchMatches(null, tag)).toBe(false);
	});
});
