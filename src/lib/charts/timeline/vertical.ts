/**
 * The timeline's rows changing height without laying out or re-rendering the chart: the chart is
 * drawn at its target layout, and each sub-row of bars, each sub-row of labels and each lane's
 * rule and name is carried from where it is now to where it lands by one transform of its own
 * (`verticalPlace`; the chart flies each on a layer: `fly.ts`).
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

/** The middle of a mark's sub-row, px. */
export const rowMiddle = (m: { rowY: number; rowHeight: number }): number =>
	m.rowY + m.rowHeight / 2;

/**
 * Where a sub-row's group is drawn at rest, `y` its middle: its bars and labels are drawn from
 * there (a row's content is centred in it, or fixed to a row of fixed height), so a step that
 * moves or resizes a row moves one group, and leaves its elements as they are.
 */
export const rowAt = (y: number): string => `translate(0 ${y})`;

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
 * The elements inside `root` that move while rows change height, for `verticalPlace`: found once
 * when a move starts. The chart draws them at `layout`;
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

/** A piece's vertical transform: y' = sy·y + ty (px). */
export interface Vertical {
	sy: number;
	ty: number;
}

/**
 * Where `piece` of the chart drawn at `layout` is shown when its vertical numbers are `values`,
 * as the transform that replaces its own (see the module comment): a sub-row's bars stretched from
 * its band at the target to its band now, a sub-row's labels moved by as much as its first label,
 * a lane's rule or name moved. At the layout's own values, exactly where the chart draws it at
 * rest (a row's `rowAt`, no move for a lane); values of another length (a layout of other events)
 * put it there too.
 */
export function verticalPlace(
	piece: Moving,
	layout: TimelineLayout,
	values: readonly number[]
): Vertical {
	const { kind, index } = piece;
	const fits =
		values.length === layout.lanes.length * LANE_FIELDS + layout.marks.length * MARK_FIELDS;
	const at = (i: number) => values[i] ?? 0;
	if (kind === 'rule' || kind === 'name') {
		const lane = layout.lanes[index];
		if (!lane || !fits) return { sy: 1, ty: 0 };
		if (kind === 'name') return { sy: 1, ty: at(index * LANE_FIELDS + 2) - lane.labelY };
		return { sy: 1, ty: at(index * LANE_FIELDS) - lane.y };
	}
	const m = layout.marks[index];
	if (!m) return { sy: 1, ty: 0 };
	const rest = rowMiddle(m);
	if (!fits) return { sy: 1, ty: rest };
	const base = layout.lanes.length * LANE_FIELDS + index * MARK_FIELDS;
	if (kind === 'labels') return { sy: 1, ty: rest + at(base + 4) - m.labelY };
	const [yNow, heightNow] = [at(base), at(base + 1)];
	if (yNow === m.rowY && heightNow === m.rowHeight) return { sy: 1, ty: rest };
	return { sy: m.rowHeight > 0 ? heightNow / m.rowHeight : 1, ty: yNow + heightNow / 2 };
}
