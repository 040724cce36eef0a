import { describe, expect, it } from 'vitest';
import { DEFAULT_MAP_WIDTH, type MapQuery } from '$lib/domain/map-query';
import { DOWNLOAD_PNG_WIDTH, mapSnippets } from '../../../src/routes/maps/(map)/embed-snippets';

const TODAY = '2026-11-23';
const query = (over: Partial<MapQuery> = {}): MapQuery => ({
	asOf: TODAY,
	asOfExplicit: false,
	view: 'africa',
	group: 'AU',
	sort: 'status',
	dir: 'desc',
	width: DEFAULT_MAP_WIDTH,
	plain: false,
	dark: false,
	transparent: false,
	...over
});
const snippets = (over: Partial<MapQuery> = {}) =>
	mapSnippets({
		origin: 'https://tracker.example.org',
		map: 'C097',
		instrument: 'C097',
		query: query(over),
		today: TODAY,
		title: 'C097 Migration for employment: status by State in Africa',
		description: 'Unknown means "no record", <not> "not ratified" & so on',
		mapHeight: 648
	});

describe('mapSnippets', () => {
	it('gives a live frame that follows updates and a frozen one pinned to today', () => {
		const { live, frozen, frozenOn } = snippets();
		expect(live).toContain(
			'src="https://tracker.example.org/embed/maps/C097?view=africa&amp;group=AU"'
		);
		expect(live).not.toContain('as_of');
		expect(frozenOn).toBe(TODAY);
		expect(frozen).toContain(`as_of=${TODAY}`);
		expect(frozen).toContain('/embed.js');
	});

	it('pins the frozen frame to the day a historical page shows', () => {
		expect(snippets({ asOf: '2010-12-31', asOfExplicit: true }).frozen).toContain(
			'as_of=2010-12-31'
		);
	});

	it('leaves the table order out of embeds and images, which have no table', () => {
		const all = Object.values(snippets()).join('\n');
		expect(all).not.toContain('sort=');
		expect(all).not.toContain('dir=');
	});

	it('escapes the words it puts into attributes', () => {
		const { image } = snippets();
		expect(image).toContain(
			'alt="Unknown means &quot;no record&quot;, &lt;not&gt; &quot;not ratified&quot; &amp; so on"'
		);
		expect(image).toContain(`width=${DOWNLOAD_PNG_WIDTH}`);
	});

	it('links the CSV of the same day and instrument', () => {
		expect(snippets({ asOf: '2010-12-31', asOfExplicit: true }).csv).toBe(
			'https://tracker.example.org/data/matrix.csv?as_of=2010-12-31&instrument=C097'
		);
	});
});
