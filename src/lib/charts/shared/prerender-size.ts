/**
 * The size a chart is laid out at before its code runs (prerendered, or without JavaScript). The
 * same HTML reaches every screen, so a phone-sized request is laid out for the narrowest box the
 * chart may get, its proportions kept, and is never cut at the right on a small phone. Wider
 * requests (the presenter, the share image) keep their size; the live chart lays itself out for
 * its real box.
 */

/** A box asked for at most this wide is a phone's (or a narrow embed's). */
const PHONE_MAX = 480;

/** `width` x `height`, or, for a phone-sized request, `narrowest` wide with the same proportions. */
export function phonePrerenderSize(
	width: number,
	height: number,
	narrowest: number
): { width: number; height: number } {
	if (width <= narrowest || width > PHONE_MAX) return { width, height };
	return { width: narrowest, height: Math.round((height * narrowest) / width) };
}

/** Width and height a section's graphic is printed at: fits the text width of A4 and Letter. */
export const PRINT_SIZE = { width: 640, height: 400 } as const;
