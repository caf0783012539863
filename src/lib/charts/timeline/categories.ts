/** The timeline's lane names (one lane per event category, in `CATEGORIES` order). */
import type { Category } from '$lib/content/vocabulary';

/** The category as readers see it (lane labels, table, popover). */
export const CATEGORY_LABEL: Record<Category, string> = {
	election: 'Election',
	protest: 'Protest',
	prisoners: 'Prisoners',
	government: 'Government',
	economy: 'Economy',
	international: 'International'
};

/** Short lane labels for narrow charts, where the full names would take a quarter of the width. */
export const CATEGORY_SHORT: Record<Category, string> = {
	election: 'Election',
	protest: 'Protest',
	prisoners: 'Prisoners',
	government: 'Gov’t',
	economy: 'Economy',
	international: 'Int’l'
};
