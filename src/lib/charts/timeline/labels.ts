/**
 * Event labels: where each one goes and how it wraps. Focused events get bold labels on lines of
 * their own above their bars; grey events, when the chart is wide enough, share one muted line
 * per row. Labels never overlap each other or leave the plot; a label with no room is dropped
 * (the popover and the step text carry the words). O(n log n) in the number of events (one sort;
 * each label is wrapped once).
 */
import type { StoryEvent } from '$lib/content/types';
import { wrapText, type MeasureText } from '../shared/text';
import { BOLD, LABEL_GAP, swatchSize, type Type } from './metrics';
import type { Placed } from './rows';
import { inside } from './scales';
import type { LabelLayout } from './types';

/** An event with its row and whether the step highlights it. */
export interface RowEvent extends Placed {
	event: StoryEvent;
	focused: boolean;
}

/** What labels are fitted against: the plot's edges and the type. */
export interface LabelFrame {
	left: number;
	right: number;
	measure: MeasureText;
	type: Type;
}

export const rowKey = (m: { lane: number; row: number }): string => `${m.lane}/${m.row}`;

interface LabelRequest {
	index: number;
	anchor: number;
	text: string;
}

/**
 * Places the one-line labels of one sub-row left to right: each starts at its bar (clamped into
 * the plot), is cut to the space before the next label's bar, and slides left if it would spill
 * past the right edge.
 */
function placeRowLabels(requests: LabelRequest[], f: LabelFrame): Map<number, LabelLayout> {
	const out = new Map<number, LabelLayout>();
	const sorted = [...requests].sort((a, b) => a.anchor - b.anchor);
	const size = (s: string) => f.measure(s, f.type.size, 400);
	let lo = f.left;
	sorted.forEach((req, i) => {
		const next = sorted[i + 1];
		const hi = next ? Math.min(f.right, next.anchor - LABEL_GAP) : f.right;
		const lines = hi - lo > 0 ? wrapText(req.text, hi - lo, 1, size) : [];
		if (lines.length === 0) return;
		const width = Math.max(...lines.map(size));
		const x = Math.min(Math.max(req.anchor, lo), hi - width);
		out.set(req.index, { x, textX: x, swatch: false, width, lines, weight: 400 });
		lo = x + width + LABEL_GAP;
	});
	return out;
}

/**
 * A focused label on lines of its own: wrapped to the room right of its bar if that fits in
 * `maxLines`, else to the whole plot width (sliding left as far as needed), else cut with "…".
 * It starts with a swatch drawn like its bar, so a label that had to slide left over other
 * days still points at the right bar.
 */
export function fitFocusLabel(
	text: string,
	anchor: number,
	maxLines: number,
	f: LabelFrame
): LabelLayout | null {
	if (maxLines < 1) return null;
	const size = (s: string) => f.measure(s, f.type.size, BOLD);
	const swatch = swatchSize(f.type) + 5;
	const complete = (lines: string[]) => lines.join(' ') === text.split(/\s+/).join(' ');
	let lines = wrapText(text, f.right - anchor - swatch, maxLines, size);
	if (!complete(lines)) lines = wrapText(text, f.right - f.left - swatch, maxLines, size);
	if (lines.length === 0) return null;
	const width = swatch + Math.max(...lines.map(size));
	const x = Math.min(Math.max(anchor, f.left), f.right - width);
	return { x, textX: x + swatch, swatch: true, width, lines, weight: BOLD };
}

export interface RowLabels {
	/** By index in the events list. */
	labels: Map<number, LabelLayout>;
	/** For focused labels: how many lines above theirs in the row (earliest event on top). */
	offsets: Map<number, number>;
	/** Rows (`rowKey`) that hold a focused event inside the window. */
	focusRows: Set<string>;
	/** Lines of focused labels per focused row. */
	rowLines: Map<string, number>;
}

/**
 * The labels of the events inside `domain`, placed with scale `x`. In a row holding focused
 * events, each focused label gets lines of its own (at most `maxLines`, or its entry in `budget`,
 * the target layout's count, so rows keep their height while the window changes); in other rows,
 * grey labels share one line (only with `context`).
 */
export function layoutLabels(
	events: readonly RowEvent[],
	x: (t: number) => number,
	domain: readonly [number, number],
	options: { context: boolean; maxLines: number; budget?: Map<number, number> },
	f: LabelFrame
): RowLabels {
	const visible = events
		.map((m, index) => ({ m, index }))
		.filter(({ m }) => inside(m.start, m.end, domain))
		.sort((a, b) => a.m.start - b.m.start || a.m.end - b.m.end || a.index - b.index);
	const focusRows = new Set(visible.filter(({ m }) => m.focused).map(({ m }) => rowKey(m)));
	const out: RowLabels = { labels: new Map(), offsets: new Map(), focusRows, rowLines: new Map() };
	const contextRows = new Map<string, LabelRequest[]>();
	const anchorOf = (start: number) => Math.min(Math.max(x(start), f.left), f.right);
	for (const { m, index } of visible) {
		const key = rowKey(m);
		if (focusRows.has(key)) {
			if (!m.focused) continue;
			const maxLines = options.budget ? (options.budget.get(index) ?? 0) : options.maxLines;
			const label = fitFocusLabel(m.event.title, anchorOf(m.start), maxLines, f);
			if (!label) continue;
			const offset = out.rowLines.get(key) ?? 0;
			out.labels.set(index, label);
			out.offsets.set(index, offset);
			out.rowLines.set(key, offset + label.lines.length);
		} else if (options.context) {
			const requests = contextRows.get(key) ?? [];
			requests.push({ index, anchor: anchorOf(m.start), text: m.event.title });
			contextRows.set(key, requests);
		}
	}
	for (const requests of contextRows.values()) {
		for (const [i, label] of placeRowLabels(requests, f)) out.labels.set(i, label);
	}
	return out;
}
