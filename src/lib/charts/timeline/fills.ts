/**
 * How the timeline's marks are filled: a category's colour, or grey for an event that is not
 * highlighted; hatched (a pattern of `TimelinePatterns.svelte`, by id) when the report does not
 * give the time and it is placed from context.
 */
import { CATEGORIES } from '$lib/content/vocabulary';
import type { MarkLayout } from './types';

/** The hatch patterns the chart defines: one per category, grey, and the key's. */
export const HATCH_KEYS = [...CATEGORIES, 'recede', 'key'] as const;
export type HatchKey = (typeof HATCH_KEYS)[number];

/** A hatch pattern's colour. */
export const hatchColour = (k: HatchKey): string =>
	k === 'recede' ? 'var(--recede)' : k === 'key' ? 'var(--muted)' : `var(--cat-${k})`;

/** The id of a hatch pattern of the chart whose ids start with `uid`. */
export const hatchId = (uid: string, k: HatchKey): string => `${uid}-hatch-${k}`;

/** A bar's (or its label swatch's) fill, in the chart whose ids start with `uid`. */
export function barFill(m: MarkLayout, uid: string): string {
	const key = m.focused ? m.category : 'recede';
	if (m.inferred) return `url(#${hatchId(uid, key)})`;
	return m.focused ? `var(--cat-${m.category})` : 'var(--recede)';
}
