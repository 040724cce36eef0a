/**
 * Countries a mistyped address may have meant, for the 404 page: names that contain what was asked
 * ("nepal", "cote"), then codes one letter away ("NPA" → NPL). Pure and cheap: 235 areas.
 */
import { searchKey } from '$lib/domain/search-key';

interface Named {
	iso3: string;
	name: string;
}

function oneLetterAway(a: string, b: string): boolean {
	if (a.length !== b.length) return false;
	let differences = 0;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differences++;
	return differences === 1;
}

export function closeMatches<T extends Named>(
	asked: string,
	countries: readonly T[],
	limit = 5
): T[] {
	const key = searchKey(asked.trim());
	if (key.length < 2) return [];
	const byName = countries.filter((c) => searchKey(c.name).includes(key));
	const byCode = countries.filter(
		(c) => !byName.includes(c) && oneLetterAway(c.iso3.toLowerCase(), key)
	);
	return [...byName, ...byCode].slice(0, limit);
}
