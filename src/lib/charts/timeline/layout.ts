/**
 * Timeline layout: pure maths, no DOM, the same code at build time (prerender) and in the
 * browser. D3 computes the time scale (`scales.ts`), the ticks and their labels (`axis.ts`); the
 * Svelte component only draws what this returns.
 *
 * Times are Kyrgyzstan wall-clock times held as UTC dates (see `../shared/time.ts`).
 *
 * The picture, top to bottom: a row of day labels and hour ticks; one lane per category, its name
 * in a left gutter; inside a lane, events stacked in sub-rows so that overlapping spans never sit
 * on top of each other (`rows.ts`); a written key at the bottom (`key.ts`). Each event is a span
 * over the part of the day the report gives (a whole day when only the day is known), never a
 * point. Rows holding a focused event open up for its label, always whole (`labels.ts`); the
 * others shrink to thin strips, falling back step by step when the height is short (`fit.ts`);
 * bars, label positions and tap targets follow (`marks.ts`). No text is ever cut short.
 *
 * Vertical geometry depends only on the target state (focus, window, size); horizontal geometry
 * follows `input.domain` (default: the target window). The chart animates a change of window
 * with one transform over the target layout, not a layout per frame.
 *
 * Every step is O(n log n) in the number of events (see layout.test.ts, "scales").
 */
import { estimateTextWidth } from '../shared/text';
import { DAYS } from '$lib/content/vocabulary';
import { windowDomain } from '../shared/time';
import { dayGuides, layoutDays, layoutTicks } from './axis';
import { fitPlan, laneExtra, spacing } from './fit';
import { layoutKey } from './key';
import { layoutLabels, type RowEvent } from './labels';
import { layoutLanes, layoutMarks } from './marks';
import { FONT_SIZE, MIN_TARGET, typeFor } from './metrics';
import { assignRows } from './rows';
import { gutter, timeScale } from './scales';
import type { LayoutInput, TimelineLayout } from './types';

export { layoutKey } from './key';
export { FONT_SIZE, MIN_TARGET, swatchSize } from './metrics';
export { assignRows, sortByTime } from './rows';
export type * from './types';

/** The whole layout (see the module comment). */
export function layoutTimeline(input: LayoutInput): TimelineLayout {
	const { events, width, height } = input;
	const measure = input.measure ?? estimateTextWidth;
	const type = typeFor(input.fontSize ?? FONT_SIZE);
	const target = windowDomain(input.window);
	const domain: [number, number] = input.domain ? [input.domain[0], input.domain[1]] : target;
	const { names, left, right } = gutter(width, measure, type);
	const frame = { left, right, measure, type };

	const { placed, rowsPerLane } = assignRows(events);
	const focus = new Set(input.focus);
	const rowEvents: RowEvent[] = events.map((event) => {
		const p = placed.get(event.id);
		if (!p) throw new Error(`unplaced event ${event.id}`);
		return { event, ...p, focused: focus.has(event.id) };
	});

	// Vertical: fitted to the target window, whatever the current domain.
	const key = layoutKey(width, measure, type.size);
	const xTarget = timeScale(target, left, right);
	const minRow = input.minRow ?? MIN_TARGET;
	const plan = fitPlan(
		{
			events: rowEvents,
			rowsPerLane,
			target,
			xTarget,
			keyHeight: key.height,
			width,
			frame,
			minRow
		},
		height,
		[events, measure, width, height, type.size, target[0], target[1], input.focus.join(' '), minRow]
	);
	const usedHeight = Math.max(height, Math.ceil(plan.total));
	const { extra, shift } = laneExtra(plan, height);
	const space = spacing(plan.config, type.line);
	const top = shift + space.axis;
	const { lanes, bands, bottom } = layoutLanes(plan, rowsPerLane, names, type, top, extra);

	// Horizontal: at the current domain, labels within the lines the plan gave each.
	const x = timeScale(domain, left, right);
	const options = {
		context: plan.config.context,
		beside: plan.config.beside,
		budget: plan.budget
	};
	const { labels } = layoutLabels(rowEvents, x, domain, options, frame);
	const marks = layoutMarks(rowEvents, {
		plan,
		bands,
		x,
		domain,
		labels,
		type,
		left,
		right,
		width
	});
	const axis = { days: DAYS, domain, x, left, right, measure, type };
	const days = layoutDays(axis);

	const keyY = bottom + space.keyGap;
	return {
		width,
		height: usedHeight,
		overflow: plan.total > height,
		plot: { left, right, top, bottom },
		lineHeight: type.line,
		fontSize: type.size,
		axisY: shift + 4 + type.ascent,
		contextLabels: plan.config.context,
		focusLines: Math.max(0, ...[...plan.rowLines.values()]),
		domain,
		lanes,
		days,
		guides: dayGuides(DAYS, x),
		ticks: layoutTicks(axis, days),
		marks,
		key: {
			y: keyY,
			height: key.height,
			items: key.items.map((item) => ({ ...item, y: item.y + keyY }))
		}
	};
}

/** Vertical numbers of a layout in a fixed order, for tweening between states. */
export function verticalOf(layout: TimelineLayout): number[] {
	const out: number[] = [];
	for (const lane of layout.lanes) out.push(lane.y, lane.height, lane.labelY);
	for (const m of layout.marks) out.push(m.rowY, m.rowHeight, m.y, m.height, m.labelY);
	return out;
}
