/** Fold case and accents so "cote" finds Côte d'Ivoire and "turkiye" finds Türkiye. */
export function searchKey(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase();
}
