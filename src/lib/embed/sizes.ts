/**
 * Sizes of the embeds. The graphic's height follows the embed's width (never the viewport's
 * height, which inside an iframe is the height we report: that would feed back on itself).
 */
import type { ChartName } from '$lib/content/types';

/**
 * Height written in the embed code, before the embed reports its own: about what each embed
 * measures in a 640 px column, so the page barely moves when the real height arrives.
 */
export const EMBED_HEIGHT: Record<ChartName, number> = {
	timeline: 970,
	casualties: 790,
	mines: 860
};
