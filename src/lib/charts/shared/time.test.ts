import { describe, expect, it } from 'vitest';
import type { When } from '$lib/content/types';
import {
	formatDayLong,
	formatDayShort,
	formatHour,
	parseLocal,
	STORY_WINDOW,
	whenSpan,
	wallClock,
	windowDomain
} from './time';

const when = (day: string, part: When['part']): When => ({
	day,
	part,
	label: 'x',
	inferred: false
});
const iso = (d: Date) => d.toISOString().slice(0, 16);

describe('story time (Kyrgyzstan wall-clock held as UTC)', () => {
	it('reads local dates and date-times without shifting them', () => {
		expect(iso(parseLocal('2020-10-06'))).toBe('2020-10-06T00:00');
		expect(iso(parseLocal('2020-10-05T12:00'))).toBe('2020-10-05T12:00');
		expect(() => parseLocal('6 Oct 2020')).toThrow(/Not a local date/);
	});

	it('draws each part of the day over its hours', () => {
		expect(whenSpan(when('2020-10-06', 'early-morning')).map(iso)).toEqual([
			'2020-10-06T00:00',
			'2020-10-06T09:00'
		]);
		expect(whenSpan(when('2020-10-06', 'afternoon')).map(iso)).toEqual([
			'2020-10-06T12:00',
			'2020-10-06T18:00'
		]);
		expect(whenSpan(when('2020-10-06', 'night')).map(iso)).toEqual([
			'2020-10-06T20:00',
			'2020-10-07T00:00'
		]);
		// only the day known: the whole day, never a point
		expect(whenSpan(when('2020-10-04', 'day')).map(iso)).toEqual([
			'2020-10-04T00:00',
			'2020-10-05T00:00'
		]);
	});

	it('the whole story runs from Sunday 4 October 00:00 to Wednesday 7 October 00:00', () => {
		expect(STORY_WINDOW).toEqual(['2020-10-04T00:00', '2020-10-07T00:00']);
		const [a, b] = windowDomain(null);
		expect(b - a).toBe(3 * 86_400_000);
		expect(windowDomain(['2020-10-05T00:00', '2020-10-06T00:00'])).toEqual([
			Date.UTC(2020, 9, 5),
			Date.UTC(2020, 9, 6)
		]);
	});

	it('formats the way readers see it, whatever the machine time zone', () => {
		const tuesday = parseLocal('2020-10-06T21:00');
		expect(formatDayShort(tuesday)).toBe('Tue 6 Oct');
		expect(formatDayLong(tuesday)).toBe('Tuesday 6 October');
		expect(formatHour(tuesday)).toBe('21:00');
	});
});

describe('wall clock', () => {
	it('shifts a real instant by +6 h so its UTC fields read Kyrgyzstan time', () => {
		// 03:00 UTC on 6 October is 09:00 in Bishkek.
		const d = wallClock(new Date(Date.UTC(2020, 9, 6, 3)));
		expect(formatHour(d)).toBe('09:00');
		expect(formatDayShort(wallClock(new Date(Date.UTC(2020, 9, 5, 20))))).toBe('Tue 6 Oct');
	});
});
