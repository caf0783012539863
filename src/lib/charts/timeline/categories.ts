/** Names and order of the timeline's lanes (one per event category). */
import type { Category } from '$lib/content/types';

/** Lanes top to bottom: the vote, the street, the prisons, power, money, abroad. */
export const LANE_ORDER: readonly Category[] = [
	'election',
	'protest',
	'prisoners',
	'government',
	'economy',
	'international'
];

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
