import { describe, expect, it } from 'vitest';
import { escapeXml, renderAtomFeed, tagUri, type AtomFeed } from '../../src/lib/domain/atom-feed';
import { wellFormednessProblem } from '../support/xml-well-formed';

const XSS = `<script>alert("x")</script> & <img src=x onerror='alert(1)'> <svg onload=alert(1)>`;

const feed = (title: string, content: string): AtomFeed => ({
	id: 'http://localhost:3000/feeds/countries/NPL.atom',
	title: 'Nepal: published changes',
	updated: '2026-11-23T15:41:47.000Z',
	selfUrl: 'http://localhost:3000/feeds/countries/NPL.atom',
	alternateUrl: 'http://localhost:3000/countries/NPL/history',
	author: 'Ratification tracker',
	entries: [
		{
			id: tagUri('localhost:3000', '2026-11-23', 'change/1'),
			title,
			updated: '2026-11-23T15:41:47.000Z',
			author: 'GEFONT',
			content,
			link: 'http://localhost:3000/countries/NPL?a=1&b=2',
			categories: ['NPL', 'C097']
		}
	]
});

describe('the Atom writer', () => {
	it('escapes the five XML special characters', () => {
		expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;'
		);
	});

	it('drops control characters XML cannot carry, keeping tabs and line breaks', () => {
		expect(escapeXml('a\u0000b\u0007c\u001Bd\te\nf\u007F\uFFFE')).toBe('abcd\te\nf');
		// A lone half of a surrogate pair is dropped; a whole pair (an emoji) is kept.
		expect(escapeXml('x\uD800y 🎉')).toBe('xy 🎉');
	});

	it('writes a well-formed feed whatever a centre typed', () => {
		const xml = renderAtomFeed(feed(XSS, `${XSS}\u0000\u0008 ]]> --> <!-- &nbsp; &#0;`));
		expect(wellFormednessProblem(xml)).toBeNull();
		expect(xml).not.toContain('<script>');
		expect(xml).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
		expect(xml).toContain('href="http://localhost:3000/countries/NPL?a=1&amp;b=2"');
	});

	it('has what Atom 1.0 requires of a feed and its entries', () => {
		const xml = renderAtomFeed(feed('Campaign step recorded', 'Stage: Ministry study'));
		expect(
			xml.startsWith(
				'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
			)
		).toBe(true);
		for (const required of [
			'<id>',
			'<title type="text">',
			'<updated>',
			'<link rel="self"',
			'<author><name>'
		])
			expect(xml).toContain(required);
		const entry = xml.slice(xml.indexOf('<entry>'), xml.indexOf('</entry>'));
		expect(entry).toContain('<id>tag:localhost,2026-11-23:change/1</id>');
		expect(entry).toContain('<content type="text">Stage: Ministry study</content>');
		expect(entry).toContain('<link rel="alternate" type="text/html"');
	});

	it('the well-formedness check itself catches broken documents', () => {
		expect(wellFormednessProblem('<feed><title>a & b</title></feed>')).toMatch(/&/);
		expect(wellFormednessProblem('<feed><title>a</feed></title>')).toMatch(/close/);
		expect(wellFormednessProblem('<feed><title>a < b</title></feed>')).toMatch(/</);
		expect(wellFormednessProblem('<feed/><feed/>')).toMatch(/root/);
	});
});
