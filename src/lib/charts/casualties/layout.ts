/**
 * Layout of the casualties unit chart: one mark per person in a grid that fits the chart's box,
 * with a label band above it and a band below for the written note or the time strip.
 * Pure functions (no DOM), so they run at prerender time and in unit tests.
 */

/** Height of the label band above the grid ("1 killed", "686 wounded"). */
export const LABEL_BAND = 34;
/** Font size (px) of the note under the grid, and its line height. */
export const NOTE_FONT = 14;
export const NOTE_LINE = 19;
/** A conservative average width of one character of the note (system sans, 14px). */
export const NOTE_CHAR = 7.6;
/** The smallest band under the grid: room for the time strip (ticks, span, two label rows). */
export const MIN_BOTTOM_BAND = 64;
/** Horizontal padding inside the chart's box. */
export const PAD_X = 8;
/** Marks never grow beyond this cell size, so a big screen shows a chart, not a polka-dot wall. */
export const MAX_CELL = 18;

/** A grid of `count` equal cells, laid out row by row from the top-left. */
export interface UnitGrid {
	count: number;
	cols: number;
	rows: number;
	/** Cell size (px): distance between the centres of neighbouring marks. */
	cell: number;
	/** Mark size (px): diameter of a circle / side of a square. */
	mark: number;
	/** Top-left corner of the grid. */
	x: number;
	y: number;
	/** Width and height of the grid (cols x cell, rows x cell). */
	width: number;
	height: number;
}

/**
 * The grid of `count` cells that makes the cells as large as possible inside a box, capped at
 * `maxCell`; it is centred horizontally and top-aligned (the labels sit right above it).
 */
export function unitGrid(opts: {
	count: number;
	x: number;
	y: number;
	width: number;
	height: number;
	maxCell?: number;
}): UnitGrid {
	const { count, width, height } = opts;
	const maxCell = opts.maxCell ?? MAX_CELL;
	let best = { cols: 1, rows: count, cell: 0 };
	for (let cols = 1; cols <= count; cols++) {
		const rows = Math.ceil(count / cols);
		const cell = Math.min(width / cols, height / rows, maxCell);
		if (cell > best.cell + 1e-9) best = { cols, rows, cell };
	}
	const cell = Math.max(0, Math.floor(best.cell * 100) / 100);
	// Many column counts reach the capped size: take the widest, so the grid spans the box
	// instead of standing in a narrow column.
	const cols =
		cell > 0 ? Math.max(best.cols, Math.min(count, Math.floor(width / cell))) : best.cols;
	const rows = Math.ceil(count / cols);
	// The gap: about a quarter of a cell, but never so much that a mark shrinks under 4 px when a
	// 1 px gap would keep it at 4 px or more.
	const gap = Math.min(cell * 0.28, Math.max(1, cell - 4));
	return {
		count,
		cols,
		rows,
		cell,
		mark: cell - gap,
		x: opts.x + (width - cols * cell) / 2,
		y: opts.y,
		width: cols * cell,
		height: rows * cell
	};
}

/** Centre of cell `i` (0 = top-left, row by row). */
export function cellCenter(grid: UnitGrid, i: number): { x: number; y: number } {
	const col = i % grid.cols;
	const row = Math.floor(i / grid.cols);
	return {
		x: grid.x + (col + 0.5) * grid.cell,
		y: grid.y + (row + 0.5) * grid.cell
	};
}

/** A number for SVG path data: at most two decimals, no trailing zeros. */
function num(v: number): string {
	return String(Math.round(v * 100) / 100);
}

/**
 * One SVG path that draws a round mark in each of the cells `from` … `from + count - 1`: per row,
 * a move to the first mark's left edge, then each circle as two half-circle arcs followed by a
 * relative move of one cell. One element for hundreds of marks keeps the prerendered page small
 * and makes hydration cheap, where an element per mark would not; the repeating text compresses
 * to almost nothing.
 */
export function dotsPath(grid: UnitGrid, from: number, count: number): string {
	const r = grid.mark / 2;
	if (!(r > 0) || count <= 0) return '';
	const circle = `a${num(r)} ${num(r)} 0 1 0 ${num(2 * r)} 0a${num(r)} ${num(r)} 0 1 0 ${num(-2 * r)} 0`;
	const step = `m${num(grid.cell)} 0`;
	const parts: string[] = [];
	let i = from;
	const end = from + count;
	while (i < end) {
		const rowEnd = Math.min(end, (Math.floor(i / grid.cols) + 1) * grid.cols);
		const { x, y } = cellCenter(grid, i);
		const marks = Array.from({ length: rowEnd - i }, () => circle);
		parts.push(`M${num(x - r)} ${num(y)}${marks.join(step)}`);
		i = rowEnd;
	}
	return parts.join('');
}

/**
 * The fill-in sweep: a band of the chart's own background colour lies over the wounded marks and
 * slides away diagonally (one composited transform animation, so it stays smooth on slow phones),
 * uncovering the marks in a wave from the top-left; its soft edge fades each mark in. All lengths
 * in px, in the grid's own coordinates (origin at its top-left corner):
 *   - the cover is a square `size` px wide, placed `offset` px left of the grid;
 *   - along a 135° gradient it is clear up to `clear`, solid from `clear + edge` on (measured as
 *     x + y, the grid's diagonal distance, before the √2 of the CSS gradient line);
 *   - it travels `travel` px to the right.
 * At the start only the first (killed) cell is clear; at the end nothing is covered.
 */
export interface Sweep {
	offset: number;
	size: number;
	clear: number;
	edge: number;
	travel: number;
}

/** The sweep for a grid (see `Sweep`). */
export function sweepGeometry(grid: UnitGrid): Sweep {
	const span = grid.width + grid.height;
	const c0 = 2 * grid.cell; // x + y beyond which the first cell ends
	const edge = 0.24 * span;
	const travel = span + edge - c0;
	return { offset: travel, size: grid.width + travel, clear: travel + c0, edge, travel };
}

/**
 * The width the sweep cover is drawn at: three times its travel, so that its move is a third of its
 * own width (CSS `translateX(calc(100% / 3))`), which stays the same value at every size: a new
 * size moves nothing. Wider than `size` (what it has to cover), solid beyond it.
 */
export function sweepWidth(s: Sweep): number {
	return 3 * s.travel;
}

/**
 * How much of the cover lies over grid point (x, y) when the sweep has travelled `t` px:
 * 0 = clear, 1 = fully covered. The CSS gradient draws exactly this.
 */
export function sweepCover(s: Sweep, x: number, y: number, t: number): number {
	// In the cover's own coordinates the point sits at (x + offset - t, y).
	const u = x + s.offset - t + y;
	if (x + s.offset - t < 0 || x + s.offset - t > s.size || y < 0 || y > s.size) return 0;
	return Math.max(0, Math.min(1, (u - s.clear) / s.edge));
}

/** How many lines `chars` characters of note text take in `width` px (conservative estimate). */
export function noteLines(chars: number, width: number): number {
	const perLine = Math.max(1, Math.floor(width / NOTE_CHAR));
	return Math.ceil(chars / perLine);
}

/** The whole chart: bands and grid. */
export interface CasualtiesLayout {
	width: number;
	height: number;
	/** Left and right edges of the content (inside the padding). */
	left: number;
	right: number;
	/** Baseline of the labels above the grid. */
	labelY: number;
	grid: UnitGrid;
	/** The band under the grid, for the note (snapshot) or the time strip (timeline). */
	bottom: { y: number; height: number };
}

/**
 * Lay out the chart in a `width` x `height` box for `count` people, leaving room under the grid
 * for a note of `noteChars` characters (and never less than the time strip needs).
 */
export function casualtiesLayout(
	width: number,
	height: number,
	count: number,
	noteChars: number
): CasualtiesLayout {
	const left = PAD_X;
	const right = Math.max(left, width - PAD_X);
	const inner = right - left;
	const bottomHeight = Math.max(MIN_BOTTOM_BAND, noteLines(noteChars, inner) * NOTE_LINE + 12);
	const gridHeight = Math.max(0, height - LABEL_BAND - bottomHeight - 8);
	const sized = unitGrid({ count, x: left, y: 0, width: inner, height: gridHeight });
	// Centre the whole composition (labels, grid, band) vertically when the grid is capped.
	const top = Math.max(0, (height - (LABEL_BAND + sized.height + 8 + bottomHeight)) / 2);
	const grid = { ...sized, y: top + LABEL_BAND };
	const bottomY = grid.y + grid.height + 8;
	return {
		width,
		height,
		left,
		right,
		labelY: top + LABEL_BAND - 12,
		grid,
		bottom: { y: bottomY, height: bottomHeight }
	};
}

/** Font size (px) of the counts above the grid ("1 killed", "686 wounded"), and its line box. */
export const COUNT_FONT = 15;
export const COUNT_LINE = 18;

/**
 * A position in the chart as CSS percentages of the chart's own box: `x` and `width` of its width,
 * `y` (a top edge) and `bottomY` (a bottom edge, written as the CSS `bottom` distance) of its
 * height. The chart's box keeps its aspect ratio and never grows wider than what holds it, so a
 * chart drawn at one size (the prerender, before the chart's code arrives) and shown in a narrower
 * box shrinks its marks with the box, while its text, placed at these percentages, keeps its size.
 * At the size it was laid out for, the percentages are its pixels.
 */
export function percentOf(
	layout: Pick<CasualtiesLayout, 'width' | 'height'>,
	px: { x?: number; y?: number; bottomY?: number; width?: number }
): { left?: string; top?: string; bottom?: string; width?: string } {
	const pct = (v: number, of: number) => `${of > 0 ? Math.round((v / of) * 1e5) / 1e3 : 0}%`;
	return {
		...(px.x !== undefined ? { left: pct(px.x, layout.width) } : {}),
		...(px.y !== undefined ? { top: pct(px.y, layout.height) } : {}),
		...(px.bottomY !== undefined ? { bottom: pct(layout.height - px.bottomY, layout.height) } : {}),
		...(px.width !== undefined ? { width: pct(px.width, layout.width) } : {})
	};
}

/**
 * Where the counts above the grid go: a line box whose baseline falls on `labelY`, spanning the
 * grid's width (the killed count at its left, the wounded count at its right). Placed by its
 * bottom edge, which stays above the leader to the killed mark however much the marks shrink
 * (the text grows upwards from there, into the empty band above).
 */
export function countsBox(layout: CasualtiesLayout): { x: number; bottomY: number; width: number } {
	// The baseline of a line box sits about (line - font) / 2 + 0.8 * font below its top.
	const baselineToBottom = COUNT_LINE - ((COUNT_LINE - COUNT_FONT) / 2 + 0.8 * COUNT_FONT);
	return {
		x: layout.grid.x,
		bottomY: layout.labelY + baselineToBottom,
		width: layout.grid.width
	};
}

/**
 * Where the note under the grid goes: from the grid's left edge, so note, counts and marks share
 * one left edge, to the right edge of the content; but from the content's left edge when the grid
 * stands so far in (a tall, narrow grid) that the note would need more lines than its band holds.
 */
export function noteBox(layout: CasualtiesLayout, noteChars: number): { x: number; width: number } {
	const full = layout.right - layout.left;
	const fromGrid = layout.right - layout.grid.x;
	const room = Math.floor((layout.bottom.height - 12) / NOTE_LINE);
	if (
		fromGrid > 0 &&
		noteLines(noteChars, fromGrid) <= Math.max(room, noteLines(noteChars, full))
	) {
		return { x: layout.grid.x, width: fromGrid };
	}
	return { x: layout.left, width: full };
}
