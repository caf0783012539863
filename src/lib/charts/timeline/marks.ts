/**
 * Vertical geometry and the marks: each lane's band and name, each event's bar and label
 * position in its sub-row, and the 44 px tap targets of the focused events. O(n log n).
 */
import type { Category } from '$lib/content/types';
import { CATEGORY_LABEL } from './categories';
import { CATEGORIES } from '$lib/content/vocabulary';
import { spacing, type Plan } from './fit';
import { rowKey, type RowEvent } from './labels';
import { BAR_INSET, CONTEXT_BAR, FOCUS_BAR, MIN_TARGET, type Type } from './metrics';
import { inside } from './scales';
import type { LabelLayout, LaneLayout, MarkLayout } from './types';

interface Band {
	y: number;
	h: number;
}

/** Lanes stacked from `top`, each `extra` px taller than the plan; every sub-row's band. */
export function layoutLanes(
	plan: Plan,
	rowsPerLane: readonly number[],
	names: Record<Category, string>,
	type: Type,
	top: number,
	extra: number
): { lanes: LaneLayout[]; bands: Map<string, Band>; bottom: number } {
	const space = spacing(plan.config, type.line);
	const lanes: LaneLayout[] = [];
	const bands = new Map<string, Band>();
	let y = top;
	CATEGORIES.forEach((category, lane) => {
		const height = (plan.laneHeights[lane] ?? space.laneMin) + extra;
		const rows = rowsPerLane[lane] ?? 1;
		let rowsHeight = 0;
		for (let row = 0; row < rows; row++) rowsHeight += plan.rowHeight(lane, row);
		let ry = y + (height - rowsHeight) / 2;
		for (let row = 0; row < rows; row++) {
			const h = plan.rowHeight(lane, row);
			bands.set(rowKey({ lane, row }), { y: ry, h });
			ry += h;
		}
		const labelY = y + space.lanePad + type.ascent + 1;
		lanes.push({
			category,
			name: names[category],
			fullName: CATEGORY_LABEL[category],
			y,
			height,
			labelY,
			rows
		});
		y += height;
	});
	return { lanes, bands, bottom: y };
}

/** Bar and label baseline in a band: focused rows stack labels above; grey rows are strips. */
function barIn(band: Band, m: RowEvent, index: number, plan: Plan, type: Type) {
	const key = rowKey(m);
	if (plan.focusRows.has(key)) {
		const lines = plan.rowLines.get(key) ?? 0;
		const height = m.focused ? FOCUS_BAR : CONTEXT_BAR;
		const top = band.y + (band.h - (lines * type.line + 2 + FOCUS_BAR)) / 2;
		const labelY = top + type.ascent + (plan.offsets.get(index) ?? 0) * type.line;
		return { y: top + lines * type.line + 2 + (FOCUS_BAR - height) / 2, height, labelY };
	}
	if (plan.config.context) {
		const labelY = band.y + 2 + type.ascent;
		return { y: band.y + band.h - CONTEXT_BAR - 2, height: CONTEXT_BAR, labelY };
	}
	const height = Math.max(2, Math.min(3, plan.config.compactRow - 1));
	return { y: band.y + (band.h - height) / 2, height, labelY: band.y + type.ascent };
}

/** A focused, visible event's tap area: its bar and label, widened to 44 px if narrower. */
function hitArea(
	x0: number,
	x1: number,
	label: LabelLayout | null,
	left: number,
	right: number,
	width: number
) {
	let h0 = Math.max(x0, left);
	let h1 = Math.min(x1, right);
	if (label) {
		h0 = Math.min(h0, label.x);
		h1 = Math.max(h1, label.x + label.width);
	}
	if (h1 - h0 < MIN_TARGET) {
		h0 = Math.min(Math.max((h0 + h1) / 2 - MIN_TARGET / 2, 0), width - MIN_TARGET);
		h1 = h0 + MIN_TARGET;
	}
	return { x: h0, width: h1 - h0 };
}

export interface MarksFrame {
	plan: Plan;
	bands: Map<string, Band>;
	x: (t: number) => number;
	domain: readonly [number, number];
	labels: Map<number, LabelLayout>;
	type: Type;
	left: number;
	right: number;
	width: number;
}

/** One mark per event, in input order. */
export function layoutMarks(events: readonly RowEvent[], f: MarksFrame): MarkLayout[] {
	const marks = events.map((m, index): MarkLayout => {
		const band = f.bands.get(rowKey(m)) ?? { y: 0, h: 0 };
		const bar = barIn(band, m, index, f.plan, f.type);
		const x0 = f.x(m.start) + BAR_INSET;
		const x1 = f.x(m.end) - BAR_INSET;
		const visible = inside(m.start, m.end, f.domain);
		const label = f.labels.get(index) ?? null;
		const hit = m.focused && visible ? hitArea(x0, x1, label, f.left, f.right, f.width) : null;
		const { event, lane, row, start, end, focused } = m;
		return {
			id: event.id,
			event,
			category: event.category,
			focused,
			inferred: event.when.inferred,
			lane,
			row,
			start,
			end,
			x0,
			x1,
			visible,
			rowY: band.y,
			rowHeight: band.h,
			...bar,
			label,
			hit
		};
	});
	separateHits(marks);
	return marks;
}

/**
 * Two focused events in the same sub-row whose widened tap areas overlap: split the overlap
 * between them where both keep at least 44 px.
 */
function separateHits(marks: MarkLayout[]): void {
	const byRow = new Map<string, MarkLayout[]>();
	for (const m of marks) {
		if (!m.hit) continue;
		const row = byRow.get(rowKey(m)) ?? [];
		row.push(m);
		byRow.set(rowKey(m), row);
	}
	for (const row of byRow.values()) {
		row.sort((a, b) => (a.hit?.x ?? 0) - (b.hit?.x ?? 0));
		for (let i = 0; i + 1 < row.length; i++) {
			const a = row[i]?.hit;
			const b = row[i + 1]?.hit;
			if (!a || !b || a.x + a.width <= b.x) continue;
			const bEnd = b.x + b.width;
			const lo = a.x + MIN_TARGET;
			const hi = bEnd - MIN_TARGET;
			if (lo > hi) continue; // no split keeps both at 44 px: leave them (tests watch for this)
			const cut = Math.min(Math.max((a.x + a.width + b.x) / 2, lo), hi);
			a.width = cut - a.x;
			b.x = cut;
			b.width = bEnd - b.x;
		}
	}
}
