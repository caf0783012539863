/** The timeline's fixed sizes (px) and the type metrics that follow from the label font size. */

/** Default chart label size in px (the `--chart-label` token at a 16 px root). */
export const FONT_SIZE = 13;
/** Smallest tap target, px, both ways. */
export const MIN_TARGET = 44;
/** Margin at the chart's left and right edges. */
export const EDGE = 8;
/** Gap between two labels on one line. */
export const LABEL_GAP = 10;
/** Bar height of a focused event, and of a grey one in a focused row or a labelled grey row. */
export const FOCUS_BAR = 12;
export const CONTEXT_BAR = 5;
/** Bars are inset 1 px at each end, so spans that touch stay apart. */
export const BAR_INSET = 1;
/** Width of a swatch in the written key. */
export const KEY_SWATCH = 22;
/** Weight of focused labels, lane names and day names. */
export const BOLD = 600;

/** Type metrics derived from the label font size. */
export interface Type {
	size: number;
	/** Line height. */
	line: number;
	/** Baseline offset from the top of a line. */
	ascent: number;
}

export function typeFor(size: number): Type {
	return { size, line: Math.round((size * 16) / 13), ascent: Math.round(size * 0.92) };
}

/** Side of the square swatch that starts a focused label. */
export function swatchSize(type: { size: number }): number {
	return Math.round(type.size * 0.77);
}
