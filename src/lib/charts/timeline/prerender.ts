/**
 * The timeline as prerendered: what a reader sees before the chart's code runs, or without
 * JavaScript. The same HTML goes to every screen, from a 320 px phone to a desktop, so it cannot
 * be laid out for the reader's width. It is laid out for the narrowest phone's box instead, with
 * text measured on the wide side, and drawn to scale: the SVG fills the width it is given, up to
 * the width the page asked for, so it is never cut at the right edge and its text is never
 * smaller than the live chart's.
 */
import { estimateTextWidth, type MeasureText } from '../shared/text';
import { phonePrerenderSize } from '../shared/prerender-size';

/** The chart box of the narrowest phone the story supports: 320 px less the graphic's padding. */
export const NARROWEST_BOX = 304;

/**
 * Text measured wide enough for any sans-serif a reader's system-ui may be: bold DejaVu Sans
 * (Linux's usual system-ui, the widest common one) measures up to 8 % over the estimate.
 */
export const measureWide: MeasureText = (text, size, weight = 400) =>
	estimateTextWidth(text, size, weight) * (weight >= 600 ? 1.12 : 1.05);

/**
 * Least height of a focused row in the prerender: room for a label line above its bar. Its tap
 * targets do nothing until the chart's code runs (which lays it out again with 44 px rows), and
 * the shorter rows let the whole chart fit a 320 x 640 phone's graphic without being cut.
 */
export const PRERENDER_ROW = 34;

/**
 * Label size of the prerender at the narrowest box, px: the design's smallest chart text, so the
 * chart fits a 320 x 640 phone's graphic whole. Enlarged with the chart on wider phones.
 */
export const PRERENDER_FONT = 12;

/**
 * How far the prerender may be enlarged beyond the narrowest box (its text grows with it: 12 px
 * becomes 14 px). Enough to fill a 390 px phone's box nearly edge to edge, and not so far that it
 * grows taller than that phone's graphic.
 */
export const PRERENDER_MAX_SCALE = 1.15;

/** How a prerender is laid out and drawn. */
export interface Prerender {
	/** Layout size, px. */
	width: number;
	height: number;
	/** Label size and least focused-row height for the layout (undefined: the live chart's). */
	fontSize?: number;
	minRow?: number;
	/** Widest the SVG is drawn, px (it fills its box's width up to this). */
	maxWidth: number;
}

/**
 * How to prerender for a page that asked for `width` x `height`: a phone's request is laid out
 * for the narrowest phone; a wider one (presenter, share image) at its own size.
 */
export function prerenderFor(width: number, height: number): Prerender {
	const size = phonePrerenderSize(width, height, NARROWEST_BOX);
	if (size.width === width) return { width, height, maxWidth: width };
	return {
		...size,
		fontSize: PRERENDER_FONT,
		minRow: PRERENDER_ROW,
		maxWidth: Math.min(width, Math.round(NARROWEST_BOX * PRERENDER_MAX_SCALE))
	};
}
