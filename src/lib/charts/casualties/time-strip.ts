/**
 * The small time strip of the casualties chart's `timeline` phase: the story's days side by side
 * and a span over the part of the day the count refers to ("by Tuesday afternoon").
 * Pure functions (no DOM).
 */
import { scaleLinear } from 'd3-scale';
import { formatDayShort, parseLocal } from '../shared/time';
import type { IsoDate, When } from '$lib/content/types';
import { PART_OF_DAY_HOURS } from '$lib/content/vocabulary';

/** "2020-10-04" → "Sun 4 Oct" (a story date, formatted in UTC: no time zone can shift the day). */
export function dayLabel(day: IsoDate): string {
	return formatDayShort(parseLocal(day));
}

/** The distinct days of a list of dates, in calendar order. */
export function storyDays(days: IsoDate[]): IsoDate[] {
	return [...new Set(days)].sort();
}

export interface TimeStrip {
	/** One tick per day: where it starts and ends, and its label. */
	days: { day: IsoDate; x0: number; x1: number; label: string }[];
	/** The span the count refers to. */
	span: {
		x0: number;
		x1: number;
		label: string;
		anchor: 'start' | 'middle' | 'end';
		labelX: number;
	};
}

/**
 * Lay the strip out between `left` and `right` px: `days` side by side (each 24 hours wide) and a
 * span over `asOf`'s part of the day, labelled with its words ("by Tuesday afternoon"). The label
 * is anchored so it never runs off either edge (`labelWidth` is its estimated width).
 */
export function timeStrip(
	days: IsoDate[],
	asOf: When,
	left: number,
	right: number,
	labelWidth: number
): TimeStrip {
	const index = days.indexOf(asOf.day);
	if (index < 0) throw new Error(`time strip: ${asOf.day} is not one of the story's days`);
	const x = scaleLinear([0, days.length * 24], [left, right]);
	const [h0, h1] = PART_OF_DAY_HOURS[asOf.part];
	const x0 = x(index * 24 + h0);
	const x1 = x(index * 24 + h1);
	const mid = (x0 + x1) / 2;
	let anchor: TimeStrip['span']['anchor'] = 'middle';
	let labelX = mid;
	if (mid + labelWidth / 2 > right) {
		anchor = 'end';
		labelX = Math.min(right, x1);
	} else if (mid - labelWidth / 2 < left) {
		anchor = 'start';
		labelX = Math.max(left, x0);
	}
	return {
		days: days.map((day, i) => ({
			day,
			x0: x(i * 24),
			x1: x((i + 1) * 24),
			label: dayLabel(day)
		})),
		span: { x0, x1, label: asOf.label, anchor, labelX }
	};
}
