/**
 * The shapes of the timeline's layout: what `layoutTimeline` takes and what it returns for the
 * component to draw. All positions in px, all times in ms (Kyrgyzstan wall-clock held as UTC).
 */
import type { Category, IsoDate, LocalDateTime, StoryEvent } from '$lib/content/types';
import type { MeasureText } from '../shared/text';

export interface LayoutInput {
	/** All events, in any order. */
	events: readonly StoryEvent[];
	/** Chart size in px. */
	width: number;
	height: number;
	/** Target time window (local time); null = the whole story, Sun 4 to Wed 7 Oct 00:00. */
	window: readonly [LocalDateTime, LocalDateTime] | null;
	/** Ids of the highlighted events. */
	focus: readonly string[];
	/** Current (tweened) time domain in ms; defaults to the target window. */
	domain?: readonly [number, number];
	/** Text measurer; defaults to a generous estimate (used when prerendering). */
	measure?: MeasureText;
	/** Label font size in px, as rendered (readers may enlarge text); default 13. */
	fontSize?: number;
	/**
	 * Least height of a row holding a focused event; default 44 px, the tap target. Only the
	 * prerender passes less: its targets do nothing until the chart's code runs.
	 */
	minRow?: number;
}

export interface LabelLayout {
	/** Left edge of the label (of its swatch, when it has one). */
	x: number;
	/** Where the text lines are set from: their left edge, or their right edge when `align` is end. */
	textX: number;
	/**
	 * `start`: swatch, then text, from the label's left. `end`: text set flush right, then the
	 * swatch (a label slid left of its bar ends next to it).
	 */
	align: 'start' | 'end';
	/** Focused labels carry a small swatch drawn like their bar, tying label to bar. */
	swatch: boolean;
	/** Whole label (swatch and widest line), px. */
	width: number;
	lines: string[];
	weight: number;
}

export interface MarkLayout {
	id: string;
	event: StoryEvent;
	category: Category;
	focused: boolean;
	/** The report does not state the time; drawn hatched with a dashed outline. */
	inferred: boolean;
	/** Index in CATEGORIES, and sub-row inside the lane (0 = top). */
	lane: number;
	row: number;
	/** The span in ms (wall-clock as UTC). */
	start: number;
	end: number;
	/** Bar ends in px at the current domain (not clipped to the plot; the chart clips). */
	x0: number;
	x1: number;
	/** Whether any of the span is inside the current domain. */
	visible: boolean;
	/** The sub-row band. */
	rowY: number;
	rowHeight: number;
	/** The bar. */
	y: number;
	height: number;
	/** Baseline of the label's first line (kept even without a label, so it can fade in in place). */
	labelY: number;
	label: LabelLayout | null;
	/** Tap/click area (x only; y and height are the row band). Only for focused, visible events. */
	hit: { x: number; width: number } | null;
}

export interface LaneLayout {
	category: Category;
	/** Name shown in the gutter (shortened when the chart is narrow). */
	name: string;
	/** Full name (for tooltips and the table). */
	fullName: string;
	y: number;
	height: number;
	/** Baseline of the lane name. */
	labelY: number;
	rows: number;
}

export interface DayLayout {
	day: IsoDate;
	/** Visible part of the day inside the plot, px. */
	x0: number;
	x1: number;
	/** Midnight at the start of the day, if inside the plot. */
	boundary: number | null;
	label: string | null;
	labelX: number;
	/** Alternate days get a faint band. */
	shaded: boolean;
}

/**
 * A day drawn in full, not clipped to the plot (the chart clips it): its faint band and the rule
 * at its midnight, which move with the time window while it changes.
 */
export interface DayGuide {
	day: IsoDate;
	x0: number;
	x1: number;
	shaded: boolean;
}

export interface TickLayout {
	x: number;
	/** "06:00"; null when the tick is drawn without a label. */
	label: string | null;
}

export type KeyKind = 'solid' | 'dashed' | 'width' | 'zone';

export interface KeyItemLayout {
	kind: KeyKind;
	/** Left of the swatch (or of the text when there is none). */
	x: number;
	/** Baseline of the first text line. */
	y: number;
	textX: number;
	lines: string[];
}

export interface TimelineLayout {
	width: number;
	/** Height the layout uses: the given height, or more when it could not fit (`overflow`). */
	height: number;
	overflow: boolean;
	plot: { left: number; right: number; top: number; bottom: number };
	/** Label font size and line height the layout was made for. */
	fontSize: number;
	lineHeight: number;
	/** Baseline of the day labels and hour ticks. */
	axisY: number;
	/** Grey events carry one-line labels. */
	contextLabels: boolean;
	/** Most lines of focused labels in one row. */
	focusLines: number;
	/** Current domain, ms. */
	domain: [number, number];
	lanes: LaneLayout[];
	days: DayLayout[];
	/** Every story day, unclipped (see DayGuide). */
	guides: DayGuide[];
	ticks: TickLayout[];
	/** One per event, in the order of `input.events`. */
	marks: MarkLayout[];
	key: { y: number; height: number; items: KeyItemLayout[] };
}
