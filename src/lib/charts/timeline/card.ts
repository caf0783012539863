/**
 * Where an event's card (`EventPopover.svelte`) opens over the timeline: under its row if it fits
 * there, else above it, else over the chart's middle.
 */
import type { MarkLayout } from './types';

/** A card's place in the chart's box (px), as `EventPopover` takes it. */
export interface CardPosition {
	left: number;
	width: number;
	top?: number;
	bottom?: number;
	maxHeight: number;
}

/**
 * The place of the card of `m` in a chart `width` by `height` px, for a card `cardHeight` px tall
 * (0 when not measured yet: 260 is assumed). Null for a mark that is not a button.
 */
export function cardPosition(
	m: MarkLayout,
	width: number,
	height: number,
	cardHeight: number
): CardPosition | null {
	if (!m.hit) return null;
	const w = Math.min(320, width - 16);
	const centre = m.hit.x + m.hit.width / 2;
	const left = Math.min(Math.max(centre - w / 2, 8), width - w - 8);
	const H = height;
	const need = cardHeight || 260;
	const below = H - (m.rowY + m.rowHeight) - 12;
	const above = m.rowY - 12;
	if (need <= below) return { left, width: w, top: m.rowY + m.rowHeight + 4, maxHeight: below };
	if (need <= above) return { left, width: w, bottom: H - m.rowY + 4, maxHeight: above };
	// Fits on neither side: cover the chart rather than hide the link below a scroll.
	return { left, width: w, top: Math.max(8, (H - need) / 2), maxHeight: H - 16 };
}
