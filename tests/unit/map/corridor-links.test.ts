import { describe, expect, it } from 'vitest';
import {
	AGREEMENT_BEND,
	corridorLinks,
	curvePath,
	FLOW_BEND,
	linkWidth,
	MAX_LINK_WIDTH,
	MIN_LINK_WIDTH
} from '$lib/map/corridor-links';
import { readSeedCsv } from '../../support/seed-rows';

const seed = readSeedCsv('corridors.csv')
	.filter((r) => r.origin_iso3 === 'LKA')
	.slice(0, 5);
const names = Object.fromEntries(readSeedCsv('migrant_stock.csv').map((r) => [r.iso3, r.country]));
const flows = seed.map((r) => ({
	originIso3: r.origin_iso3,
	destinationIso3: r.destination_iso3,
	originName: names[r.origin_iso3],
	destinationName: names[r.destination_iso3],
	migrants: Number(r.migrants),
	year: Number(r.year)
}));
/** Points on a made-up 400 × 200 drawing: the maths does not depend on the projection. */
const points = new Map<string, readonly [number, number]>(
	['LKA', ...seed.map((r) => r.destination_iso3), 'KWT'].map((iso3, i) => [
		iso3,
		[20 + i * 40, 20 + (i % 3) * 60]
	])
);

describe('corridor links', () => {
	it('curve from the origin to the destination through a control point to the left', () => {
		const d = curvePath([0, 0], [100, 0], FLOW_BEND);
		expect(d).toBe(`M0 0Q50 ${-100 * FLOW_BEND} 100 0`);
		expect(curvePath([0, 0], [100, 0], AGREEMENT_BEND)).toBe(
			`M0 0Q50 ${-100 * AGREEMENT_BEND} 100 0`
		);
	});

	it('grow in width with the people on the corridor, from the thinnest to the thickest', () => {
		expect(linkWidth(100, 100)).toBe(MAX_LINK_WIDTH);
		expect(linkWidth(0, 100)).toBe(MIN_LINK_WIDTH);
		expect(linkWidth(25, 100)).toBeGreaterThan(MIN_LINK_WIDTH);
		expect(linkWidth(25, 100)).toBeLessThan(linkWidth(64, 100));
	});

	it('draw the largest of Sri Lanka’s corridors in the seed the widest, and name its figure', () => {
		const links = corridorLinks(flows, [], points);
		expect(links).toHaveLength(flows.length);
		const largest = flows.reduce((a, b) => (b.migrants > a.migrants ? b : a));
		const widest = links[0];
		expect(widest).toMatchObject({
			kind: 'flow',
			destinationIso3: largest.destinationIso3,
			width: MAX_LINK_WIDTH
		});
		expect(widest.label).toContain(names[largest.destinationIso3]);
		expect(widest.label).toContain('UN DESA 2020');
	});

	it('draw an agreement as its own link, and leave out any end not on the map', () => {
		const agreement = {
			originIso3: 'LKA',
			destinationIso3: 'KWT',
			originName: 'Sri Lanka',
			destinationName: 'Kuwait',
			signedOn: '2009-05-07'
		};
		const offMap = { ...agreement, destinationIso3: 'JOR', destinationName: 'Jordan' };
		const links = corridorLinks(flows, [agreement, offMap], points);
		const agreements = links.filter((l) => l.kind === 'agreement');
		expect(agreements.map((l) => l.destinationIso3)).toEqual(['KWT']);
		expect(agreements[0].label).toContain('7 May 2009');
	});
});
