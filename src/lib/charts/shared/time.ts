/**
 * Story time for the charts.
 *
 * Time zone: every time in the story is Kyrgyzstan wall-clock time (UTC+6, no daylight saving in
 * 2020). The report gives days and parts of days, never clock times, and the page never needs the
 * real instant, so we keep wall-clock times as they are: a local "2020-10-06T09:00" becomes the
 * JavaScript Date 2020-10-06T09:00Z and is formatted from its UTC fields. Nothing is converted,
 * so the labels are the same on every reader's machine, in every time zone, in Node and in the
 * browser. This is D3's "UTC variants on dates shifted by +6 h": format and tick them only with
 * d3's UTC functions (`utcFormat`, `utcHour`, `scaleUtc`), never with local-time ones (`timeFormat`,
 * `timeHour`, `scaleTime`, `toLocaleString`), which would use the reader's zone.
 */
import { utcFormat } from 'd3-time-format';
import type { IsoDate, LocalDateTime, When } from '$lib/content/types';
import { PART_OF_DAY_HOURS, WINDOW_MAX, WINDOW_MIN } from '$lib/content/vocabulary';

const HOUR = 3_600_000;

/** The full window of the story: Sunday 4 October 00:00 to Wednesday 7 October 00:00, local time. */
export const STORY_WINDOW: readonly [LocalDateTime, LocalDateTime] = [WINDOW_MIN, WINDOW_MAX];

/** Timestamps of the dates parsed so far: a transition lays the timeline out on every frame. */
const parsed = new Map<string, number>();

/**
 * A local date (`YYYY-MM-DD`) or date-time (`YYYY-MM-DDTHH:mm`) as a Date holding the same
 * wall-clock reading in UTC (see the module comment). Throws on anything else.
 */
export function parseLocal(value: IsoDate | LocalDateTime): Date {
	let ms = parsed.get(value);
	if (ms === undefined) {
		const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
		if (!match) throw new Error(`Not a local date or date-time: "${value}"`);
		const [, y, mo, d, h = '0', mi = '0'] = match;
		ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi));
		parsed.set(value, ms);
	}
	return new Date(ms);
}

/** The span a `When` is drawn over: its day plus the hours of its part of the day. */
export function whenSpan(when: When): [Date, Date] {
	const day = parseLocal(when.day).getTime();
	const [from, to] = PART_OF_DAY_HOURS[when.part];
	return [new Date(day + from * HOUR), new Date(day + to * HOUR)];
}

/** A window of local date-times as ms timestamps; `null` means the whole story. */
export function windowDomain(
	window: readonly [LocalDateTime, LocalDateTime] | null
): [number, number] {
	const [from, to] = window ?? STORY_WINDOW;
	return [parseLocal(from).getTime(), parseLocal(to).getTime()];
}

// Formats from d3-time-format, in their UTC variants: the dates hold Kyrgyzstan wall-clock time
// in their UTC fields (see the module comment), so UTC formatting prints Kyrgyzstan time in any
// browser. D3's local-time `timeFormat` would print the reader's own zone.

/** "Tue 6 Oct" */
export const formatDayShort: (d: Date) => string = utcFormat('%a %-d %b');
/** "Tue 6" */
export const formatDayShorter: (d: Date) => string = utcFormat('%a %-d');
/** "Tuesday 6 October" */
export const formatDayLong: (d: Date) => string = utcFormat('%A %-d %B');
/** "06:00" (24-hour clock, Kyrgyzstan time) */
export const formatHour: (d: Date) => string = utcFormat('%H:%M');

/** Kyrgyzstan's offset from UTC in 2020 (no daylight saving). */
export const KYRGYZSTAN_UTC_OFFSET_HOURS = 6;

/**
 * A real instant as a story date: shifted by +6 h so that its UTC fields read Kyrgyzstan
 * wall-clock time (the content never needs it, as the report gives no clock times; for data
 * that does carry instants).
 */
export function wallClock(instant: Date): Date {
	return new Date(instant.getTime() + KYRGYZSTAN_UTC_OFFSET_HOURS * HOUR);
}
