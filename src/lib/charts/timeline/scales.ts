/**
 * The timeline's horizontal frame: the gutter that holds the lane names, and the time scale
 * (d3-scale's `scaleUtc`, as the story's dates hold Kyrgyzstan wall-clock time in their UTC
 * fields; see `../shared/time.ts`) that maps a time window onto the plot between them.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { Category } from '$lib/content/types';
import type { MeasureText } from '../shared/text';
import { CATEGORY_LABEL, CATEGORY_SHORT } from './categories';
import { CATEGORIES } from '$lib/content/vocabulary';
import { BOLD, EDGE, type Type } from './metrics';

export interface Gutter {
	/** Lane names as shown (full, or short when full names would take over a quarter). */
	names: Record<Category, string>;
	/** The plot's left and right edges, px. */
	left: number;
	right: number;
}

/** Full lane names unless they would take more than a quarter of the width. */
export function gutter(width: number, measure: MeasureText, type: Type): Gutter {
	const widest = (names: Record<Category, string>) =>
		Math.max(...CATEGORIES.map((c) => measure(names[c], type.size, BOLD)));
	const names =
		EDGE + widest(CATEGORY_LABEL) + 12 <= width * 0.25 ? CATEGORY_LABEL : CATEGORY_SHORT;
	return { names, left: Math.round(EDGE + widest(names) + 12), right: width - EDGE };
}

/** A time window (ms) onto the plot, px. Extrapolates outside the window (the chart clips). */
export function timeScale(
	domain: readonly [number, number],
	left: number,
	right: number
): ScaleTime<number, number> {
	return scaleUtc()
		.domain([new Date(domain[0]), new Date(domain[1])])
		.range([left, right]);
}

/** Whether a span (ms) reaches into a window. */
export function inside(start: number, end: number, domain: readonly [number, number]): boolean {
	return end > domain[0] && start < domain[1];
}

/** The times shown at some point of a move of the window from `shown` to `to` (ms). */
export function sweepOf(shown: readonly number[], to: readonly number[]): [number, number] {
	const [t0 = 0, t1 = 0] = to;
	const [c0 = t0, c1 = t1] = shown;
	return [Math.min(c0, t0), Math.max(c1, t1)];
}

/** A horizontal stretch of the plot: x' = k·x + dx (px). */
export interface Shift {
	k: number;
	dx: number;
}

/**
 * The stretch that shows a plot laid out for the window `to` as the window `shown` (mid-move): it
 * takes each x (px) to where its time is in `shown`, with k the ratio of the two spans. No
 * stretch (`{ k: 1, dx: 0 }`) once they are the same.
 */
export function windowShift(
	shown: readonly number[],
	to: readonly number[],
	plot: { left: number; right: number }
): Shift {
	const [c0 = 0, c1 = 1] = shown;
	const [t0 = 0, t1 = 1] = to;
	if (c0 === t0 && c1 === t1) return { k: 1, dx: 0 };
	const { left, right } = plot;
	const k = (t1 - t0) / (c1 - c0);
	const dx = left * (1 - k) + ((t0 - c0) * (right - left)) / (c1 - c0);
	return { k, dx };
}

/** The window (ms) a plot laid out for `to` shows under `shift`: `windowShift` undone. */
export function windowShown(
	shift: Shift,
	to: readonly number[],
	plot: { left: number; right: number }
): [number, number] {
	const [t0 = 0, t1 = 1] = to;
	const { left, right } = plot;
	const span = (t1 - t0) / shift.k;
	const c0 = t0 - ((shift.dx - left * (1 - shift.k)) * span) / (right - left);
	return [c0, c0 + span];
}
