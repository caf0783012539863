/**
 * Where the casualties chart's buttons and pointers go: the tap targets over the marks, the
 * popover's anchor and the leader from the killed count to its mark. Pure functions (no DOM).
 */
import { line } from 'd3-shape';
import { countsBox, type CasualtiesLayout, type UnitGrid } from './layout';

/** The smallest tap target (CSS px). */
export const TAP = 44;

/** A box in the chart's pixels. */
export interface TapBox {
	left: number;
	top: number;
	width: number;
	height: number;
}

/** A 44 px tap target centred on a point, kept inside the `width` x `height` box. */
export function tapBox(x: number, y: number, width: number, height: number): TapBox {
	return {
		left: Math.max(0, Math.min(x - TAP / 2, width - TAP)),
		top: Math.max(0, Math.min(y - TAP / 2, height - TAP)),
		width: TAP,
		height: TAP
	};
}

/** The tap target over the whole group of wounded marks (the grid, and a little more). */
export function woundedTapBox(grid: UnitGrid): TapBox {
	return {
		left: grid.x,
		top: Math.max(0, grid.y - 6),
		width: grid.width,
		height: Math.max(TAP, grid.height + 12)
	};
}

/** Where the wounded group's popover points: the grid's middle, or 60 px down a tall grid. */
export function woundedAnchor(grid: UnitGrid): { x: number; y: number } {
	return { x: grid.x + grid.width / 2, y: grid.y + Math.min(grid.height / 2, 60) };
}

/** The leader from the killed count (just under its line box) down to its mark (d3-shape). */
export function leaderPath(layout: CasualtiesLayout, mark: { x: number; y: number }): string {
	return (
		line()([
			[mark.x, countsBox(layout).bottomY + 1.5],
			[mark.x, mark.y - layout.grid.mark / 2 - 4]
		]) ?? ''
	);
}
