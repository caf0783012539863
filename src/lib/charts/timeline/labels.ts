/**
 * Event labels: where each one goes and how it wraps. Every label is an event's short chart label
 * (`chartLabel`), shown whole or not at all: nothing here cuts text.
 *
 * Focused events always get their label, in bold, on lines of their own above their bars (the row
 * opens up for them, so no label can sit on a bar). Grey events, when the chart is wide enough,
 * share one muted line per row, each label starting over its own bar; a grey label with no room
 * there is left out (the events table lists every event). Labels never overlap each other or
 * leave the plot. O(n log n) in the number of events (one sort; each label is wrapped once or
 * twice).
 */
import type { StoryEvent } from '$lib/content/types';
import { widestLine, wrapText, type MeasureText } from '../shared/text';
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

/** A sub-row's key: lane and row. */
export const rowKey = (m: { lane: number; row: number }): string => `${m.lane}/${m.row}`;

/** A grey label asking for room in its row: it starts at `anchor`, and must start before `end`. */
interface LabelRequest {
	index: number;
	anchor: number;
	end: number;
	text: string;
}

/** A grey label starts at least this far (px) inside its own bar, so it reads as that bar's. */
const OWN_BAR = 4;

/**
 * Places the one-line grey labels of one sub-row left to right: each starts at its bar, or as
 * soon after the previous label as it can while still over its own bar; it slides left from the
 * plot's right edge if it must. A label that cannot start over its own bar is left out, whole.
 */
function placeRowLabels(requests: LabelRequest[], f: LabelFrame): Map<number, LabelLayout> {
	const out = new Map<number, LabelLayout>();
	const sorted = [...requests].sort((a, b) => a.anchor - b.anchor);
	let lo = f.left;
	for (const req of sorted) {
		const width = f.measure(req.text, f.type.size, 400);
		const x = Math.min(Math.max(req.anchor, lo), f.right - width);
		if (x < lo || x > Math.min(req.end, f.right) - OWN_BAR) continue;
		const lines = [req.text];
		out.set(req.index, { x, textX: x, align: 'start', swatch: false, width, lines, weight: 400 });
		lo = x + width + LABEL_GAP;
	}
	return out;
}

/**
 * A focused label, whole, on lines of its own: wrapped to the room right of its bar when that
 * takes at most `beside` lines, else to the whole plot width (the fewest lines), sliding left as
 * far as needed. A swatch drawn like its bar ties it to the bar: before the text when it starts
 * at its bar; after it, with the lines set flush right, when it had to slide left: it then ends
 * at the bar's end (`end`), so the swatch sits right over the bar, as far as the plot allows.
 */
export function fitFocusLabel(
	text: string,
	[anchor, end]: readonly [number, number],
	beside: number,
	f: LabelFrame
): LabelLayout {
	const size = (s: string) => f.measure(s, f.type.size, BOLD);
	const swatch = swatchSize(f.type) + 5;
	const room = f.right - anchor - swatch;
	let lines = wrapText(text, room, size);
	if (lines.length > beside || widestLine(lines, size) > room) {
		lines = wrapText(text, f.right - f.left - swatch, size);
	}
	const width = swatch + widestLine(lines, size);
	const fits = anchor + width <= f.right;
	const x = Math.max(f.left, fits ? anchor : Math.min(end, f.right) - width);
	const slid = x < anchor - 0.5;
	const textX = slid ? x + width - swatch : x + swatch;
	return { x, textX, align: slid ? 'end' : 'start', swatch: true, width, lines, weight: BOLD };
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

/** How labels are laid out: grey labels or not, and how many lines a label may take beside its bar. */
export interface LabelOptions {
	context: boolean;
	/** A focused label wraps beside its bar when it takes at most this many lines there. */
	beside: number;
	/**
	 * The target layout's line count per focused label: while the window moves, a label keeps to
	 * it where it can (so rows keep their height), and stays whole where it cannot.
	 */
	budget?: Map<number, number>;
}

/**
 * The labels of the events inside `domain`, placed with scale `x`. In a row holding focused
 * events, each focused label gets lines of its own; in other rows, grey labels share one line
 * (only with `context`).
 */
export function layoutLabels(
	events: readonly RowEvent[],
	x: (t: number) => number,
	domain: readonly [number, number],
	options: LabelOptions,
	f: LabelFrame
): RowLabels {
	const visible = events
		.map((m, index) => ({ m, index }))
		.filter(({ m }) => inside(m.start, m.end, domain))
		.sort((a, b) => a.m.start - b.m.start || a.m.end - b.m.end || a.index - b.index);
	const focusRows = new Set(visible.filter(({ m }) => m.focused).map(({ m }) => rowKey(m)));
	const out: RowLabels = { labels: new Map(), offsets: new Map(), focusRows, rowLines: new Map() };
	const contextRows = new Map<string, LabelRequest[]>();
	const clamp = (px: number) => Math.min(Math.max(px, f.left), f.right);
	for (const { m, index } of visible) {
		const key = rowKey(m);
		const text = m.event.chartLabel;
		if (focusRows.has(key)) {
			if (!m.focused) continue;
			const beside = options.budget?.get(index) ?? options.beside;
			const label = fitFocusLabel(text, [clamp(x(m.start)), clamp(x(m.end))], beside, f);
			const offset = out.rowLines.get(key) ?? 0;
			out.labels.set(index, label);
			out.offsets.set(index, offset);
			out.rowLines.set(key, offset + label.lines.length);
		} else if (options.context) {
			const requests = contextRows.get(key) ?? [];
			requests.push({ index, anchor: clamp(x(m.start)), end: clamp(x(m.end)), text });
			contextRows.set(key, requests);
		}
	}
	for (const requests of contextRows.values()) {
		for (const [i, label] of placeRowLabels(requests, f)) out.labels.set(i, label);
	}
	return out;
}
