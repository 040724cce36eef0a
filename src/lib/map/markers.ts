/**
 * Small-State markers: a circle for each State too small (or absent) on the map to be seen and
 * picked. Circles have one fixed radius in pixels at every width and view, because they are a
 * reading aid rather than geography. Where they crowd (the Lesser Antilles on a world map), they
 * are pushed apart until they no longer overlap; each keeps its true position as an anchor so the
 * renderer can draw a leader line back to it.
 */

/** About a 3 × 3 px patch: below this, a fill's colour cannot be told apart or pointed at. */
export const MIN_VISIBLE_AREA_PX2 = 8;
export const MARKER_RADIUS_PX = 4;
/** Clear space between two markers' edges once spread. */
const MARKER_GAP_PX = 1;
/** Enough for the densest cluster (eight Caribbean States at 960 px) to settle; it stops sooner. */
const MAX_ITERATIONS = 300;

export interface MarkerPoint {
	x: number;
	y: number;
}

/**
 * Positions for circles of `radius` at `anchors`, moved apart the least needed so that no two
 * overlap, and kept inside a `width` × `height` drawing. Deterministic: the same input gives the
 * same output, so images and pages agree.
 */
export function spreadMarkers(
	anchors: readonly MarkerPoint[],
	radius: number,
	width: number,
	height: number
): MarkerPoint[] {
	const minDistance = 2 * radius + MARKER_GAP_PX;
	const inset = radius + 1;
	const clampX = (x: number) => Math.min(width - inset, Math.max(inset, x));
	const clampY = (y: number) => Math.min(height - inset, Math.max(inset, y));
	const placed = anchors.map((a) => ({ x: clampX(a.x), y: clampY(a.y) }));

	for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
		let moved = false;
		for (let i = 0; i < placed.length; i++) {
			for (let j = i + 1; j < placed.length; j++) {
				const a = placed[i];
				const b = placed[j];
				let dx = b.x - a.x;
				let dy = b.y - a.y;
				let distance = Math.hypot(dx, dy);
				if (distance >= minDistance - 1e-6) continue;
				if (distance < 1e-6) {
					// Coincident: part them along a direction fixed by their order, not at random.
					const angle = (j * 2.399963) % (2 * Math.PI);
					[dx, dy, distance] = [Math.cos(angle), Math.sin(angle), 1];
				}
				const push = (minDistance - distance) / 2 / distance;
				a.x = clampX(a.x - dx * push);
				a.y = clampY(a.y - dy * push);
				b.x = clampX(b.x + dx * push);
				b.y = clampY(b.y + dy * push);
				moved = true;
			}
		}
		if (!moved) break;
	}
	return placed;
}
