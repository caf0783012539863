/**
 * The time axis: the days (name, band, midnight rule) and the hour ticks, in Kyrgyzstan time
 * whatever the reader's zone: d3-time's UTC intervals and d3-time-format's UTC formats on dates
 * that hold wall-clock time in their UTC fields (see `../shared/time.ts`).
 */
import { utcDay, utcHour } from 'd3-time';
import type { IsoDate } from '$lib/content/types';
import type { MeasureText } from '../shared/text';
import { formatDayShort, formatDayShorter, formatHour, parseLocal } from '../shared/time';
import { BOLD, type Type } from './metrics';
import { inside } from './scales';
import type { DayGuide, DayLayout, TickLayout } from './types';

interface AxisFrame {
	days: readonly IsoDate[];
	domain: readonly [number, number];
	x: (t: number) => number;
	left: number;
	right: number;
	measure: MeasureText;
	type: Type;
}

/** Every day in full (unclipped), for the bands and rules that move with the window. */
export function dayGuides(days: readonly IsoDate[], x: (t: number) => number): DayGuide[] {
	return days.map((day, i) => {
		const start = parseLocal(day);
		return { day, x0: x(+start), x1: x(+utcDay.offset(start, 1)), shaded: i % 2 === 1 };
	});
}

/**
 * The days inside the window, clipped to the plot, each named as long as it fits ("Tue 6 Oct",
 * then "Tue 6", then nothing).
 */
export function layoutDays(a: AxisFrame): DayLayout[] {
	const out: DayLayout[] = [];
	a.days.forEach((day, i) => {
		const date = parseLocal(day);
		const start = +date;
		const end = +utcDay.offset(date, 1);
		if (!inside(start, end, a.domain)) return;
		const sx = a.x(start);
		const x0 = Math.max(sx, a.left);
		const x1 = Math.min(a.x(end), a.right);
		if (x1 - x0 < 1) return;
		const room = x1 - x0 - 8;
		const label =
			[formatDayShort(date), formatDayShorter(date)].find(
				(s) => a.measure(s, a.type.size, BOLD) <= room
			) ?? null;
		const boundary = sx >= a.left && sx <= a.right ? sx : null;
		out.push({ day, x0, x1, boundary, label, labelX: x0 + 4, shaded: i % 2 === 1 });
	});
	return out;
}

/** The hour step (3, 6 or 12) whose labels fit, or null when even 12 h is too dense. */
function tickStep(pxPerHour: number, measure: MeasureText, type: Type): number | null {
	const need = measure('00:00', type.size) + 14;
	return [3, 6, 12].find((h) => h * pxPerHour >= need) ?? null;
}

/**
 * Hour ticks every 3, 6 or 12 hours (whatever fits), skipping midnight (the day's rule and name
 * are there). A tick whose label would touch a day name or the plot's edge is drawn unlabelled.
 */
export function layoutTicks(a: AxisFrame, days: readonly DayLayout[]): TickLayout[] {
	const hours = (a.domain[1] - a.domain[0]) / 3_600_000;
	const step = tickStep((a.right - a.left) / hours, a.measure, a.type);
	if (step === null) return [];
	const dayBoxes = days
		.filter((d) => d.label)
		.map((d) => [d.labelX, d.labelX + a.measure(d.label ?? '', a.type.size, BOLD)] as const);
	const interval = utcHour.every(step);
	const times = interval?.range(new Date(a.domain[0]), new Date(a.domain[1])) ?? [];
	const ticks: TickLayout[] = [];
	for (const time of times) {
		if (time.getUTCHours() === 0) continue;
		const x = a.x(+time);
		if (x < a.left || x > a.right) continue;
		const text = formatHour(time);
		const half = a.measure(text, a.type.size) / 2;
		const clear =
			x - half >= a.left &&
			x + half <= a.right &&
			dayBoxes.every(([l, r]) => x + half + 6 < l || x - half - 6 > r);
		ticks.push({ x, label: clear ? text : null });
	}
	return ticks;
}
