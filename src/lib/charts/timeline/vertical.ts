/**
 * The timeline's rows changing height, frame by frame, without laying out or re-rendering the
 * chart: the chart is drawn at its target layout, and each sub-row of bars, each sub-row of labels
 * and each lane's rule and name is carried from where it is now to where it lands by a transform
 * written straight to its group (`drawVertical`, called by the chart's d3-timer loop). A frame
 * writes one attribute per moving row or lane (not per event) and reads nothing from the page;
 * whatever is already where it lands loses its transform.
 *
 * `values` are a layout's vertical numbers in `verticalOf`'s order (per lane: y, height, labelY;
 * per mark: rowY, rowHeight, y, height, labelY), as they are at this moment of the move.
 */
import { rowKey } from './labels';
import { inside } from './scales';
import type { MarkLayout, TimelineLayout } from './types';

const LANE_FIELDS = 3;
const MARK_FIELDS = 5;

/**
 * A sub-row of marks: its key (`lane/row`), its middle (px: what its bars and labels are drawn
 * from, see `rowAt`) and its marks in input order.
 */
export interface RowGroup {
	key: string;
	y: number;
	marks: MarkLayout[];
}

/** The marks by sub-row, lane by lane, top row first. O(n log n). */
export function groupRows(marks: readonly MarkLayout[]): RowGroup[] {
	const rows = new Map<string, RowGroup>();
	for (const m of marks) {
		const key = rowKey(m);
		let row = rows.get(key);
		if (!row) rows.set(key, (row = { key, y: rowMiddle(m), marks: [] }));
		row.marks.push(m);
	}
	return [...rows.values()].sort(
		(a, b) =>
			(a.marks[0]?.lane ?? 0) - (b.marks[0]?.lane ?? 0) ||
			(a.marks[0]?.row ?? 0) - (b.marks[0]?.row ?? 0)
	);
}

/** Per row key: the index of its first mark, and of its first mark with a label (or -1). */
interface RowIndex {
	first: number;
	labelled: number;
}
const indexes = new WeakMap<TimelineLayout, Map<string, RowIndex>>();
function rowIndex(layout: TimelineLayout): Map<string, RowIndex> {
	let map = indexes.get(layout);
	if (!map) {
		map = new Map();
		layout.marks.forEach((m, i) => {
			const key = rowKey(m);
			const row = map!.get(key);
			if (!row) map!.set(key, { first: i, labelled: m.label ? i : -1 });
			else if (row.labelled < 0 && m.label) row.labelled = i;
		});
		indexes.set(layout, map);
	}
	return map;
}

/**
 * The transform last written to each element here. Svelte writes a row's resting transform when
 * a step changes, so `movingElements` forgets these when a move starts.
 */
const written = new WeakMap<Element, string | null>();

/** Sets or (when null) removes an element's transform, writing only when it changes. */
function setTransform(el: Element, transform: string | null): void {
	if (written.has(el) && written.get(el) === transform) return;
	written.set(el, transform);
	if (transform === null) el.removeAttribute('transform');
	else el.setAttribute('transform', transform);
}

const round = (v: number) => Math.round(v * 100) / 100;

/** The middle of a mark's sub-row, px. */
export const rowMiddle = (m: { rowY: number; rowHeight: number }): number =>
	m.rowY + m.rowHeight / 2;

/**
 * Where a sub-row's group is drawn at rest, `y` its middle: its bars and labels are drawn from
 * there (a row's content is centred in it, or fixed to a row of fixed height), so a step that
 * moves or resizes a row moves one group, and leaves its elements as they are.
 */
export const rowAt = (y: number): string => `translate(0 ${y})`;

/** A vertical move by `dy` px, or null for none. */
export function lift(dy: number): string | null {
	const d = round(dy);
	return d === 0 ? null : `translate(0 ${d})`;
}

/**
 * A sub-row's bars, drawn from its middle (`rowAt`) for its band at the target (top `y`,
 * `height`), shown in its band now (`yNow`, `heightNow`): stretched about its middle and moved;
 * exactly `rowAt` once it has landed.
 */
export function band(y: number, height: number, yNow: number, heightNow: number): string {
	if (yNow === y && heightNow === height) return rowAt(y + height / 2);
	const s = height > 0 ? heightNow / height : 1;
	return `matrix(1 0 0 ${round(s * 1e4) / 1e4} 0 ${round(yNow + heightNow / 2)})`;
}

/** A sub-row's labels, drawn from its middle `y` (`rowAt`), moved `dy` px from where they land. */
export function moved(y: number, dy: number): string {
	return round(dy) === 0 ? rowAt(y) : `translate(0 ${round(y + dy)})`;
}

/** The keys of the sub-rows with an event that reaches into `span` (ms). O(n). */
export function rowsShown(layout: TimelineLayout, span: readonly [number, number]): Set<string> {
	const keys = new Set<string>();
	for (const m of layout.marks) if (inside(m.start, m.end, span)) keys.add(rowKey(m));
	return keys;
}

/** An element that moves while rows change height, and what it follows. */
export interface Moving {
	el: Element;
	/** A lane's rule or name, a sub-row's bars or a sub-row's labels. */
	kind: 'rule' | 'name' | 'bars' | 'labels';
	/** The lane's index, or the index in `layout.marks` of the mark the row follows (-1: none). */
	index: number;
}

/**
 * The elements inside `root` that move while rows change height, for `drawVertical`: found once
 * when a move starts, so a frame reads nothing from the page. The chart draws them at `layout`;
 * `span` is the times shown at some point of the move (ms): a sub-row of bars none of whose events
 * reaches into it is left out (nothing of it is drawn).
 */
export function movingElements(
	root: Element,
	layout: TimelineLayout,
	span: readonly [number, number]
): Moving[] {
	const rows = rowIndex(layout);
	const drawn = rowsShown(layout, span);
	const out: Moving[] = [];
	for (const el of root.querySelectorAll('[data-lane], [data-row], [data-row-labels]')) {
		written.delete(el);
		const lane = el.getAttribute('data-lane');
		if (lane !== null) {
			out.push({ el, kind: el.classList.contains('lane-name') ? 'name' : 'rule', index: +lane });
			continue;
		}
		const bars = el.getAttribute('data-row');
		// A sub-row of bars with none in the times shown during the move has nothing to move.
		if (bars !== null && !drawn.has(bars)) continue;
		const row = rows.get(bars ?? el.getAttribute('data-row-labels') ?? '');
		if (bars !== null) out.push({ el, kind: 'bars', index: row?.first ?? -1 });
		else out.push({ el, kind: 'labels', index: row?.labelled ?? -1 });
	}
	return out;
}

/**
 * Writes the transforms that show the chart drawn at `layout` with its vertical numbers at
 * `values` (see the module comment): each sub-row's bars are stretched from the row's band now to
 * its band at the target, each sub-row's labels moved by as much as its first label, each lane's
 * rule and name moved. Values of another length (a layout of other events) put every element
 * where the layout draws it.
 */
export function drawVertical(
	elements: readonly Moving[],
	layout: TimelineLayout,
	values: readonly number[]
): void {
	const fits =
		values.length === layout.lanes.length * LANE_FIELDS + layout.marks.length * MARK_FIELDS;
	const at = (i: number) => values[i] ?? 0;
	const marksFrom = layout.lanes.length * LANE_FIELDS;
	for (const { el, kind, index } of elements) {
		const lane = kind === 'rule' || kind === 'name' ? layout.lanes[index] : undefined;
		const m = lane ? undefined : layout.marks[index];
		const base = marksFrom + index * MARK_FIELDS;
		let transform: string | null;
		if (lane && !fits) transform = null;
		else if (lane && kind === 'name') transform = lift(at(index * LANE_FIELDS + 2) - lane.labelY);
		else if (lane) transform = lift(at(index * LANE_FIELDS) - lane.y);
		else if (!m) continue;
		else if (!fits) transform = rowAt(rowMiddle(m));
		else if (kind === 'bars') transform = band(m.rowY, m.rowHeight, at(base), at(base + 1));
		else transform = moved(rowMiddle(m), at(base + 4) - m.labelY);
		setTransform(el, transform);
	}
}
