/**
 * The story's fixed words: every list that the content files may use (categories, statuses, parts
 * of the day…), written once. The schemas check the files against these lists, the types are
 * inferred from them, and the charts, tables and downloads import them. Plain data: safe in the
 * browser (no valibot here).
 */

/** The story's days (Kyrgyzstan time), from the reference facts, and their weekday names. */
export const STORY_DAYS = {
	'2020-10-04': 'Sunday',
	'2020-10-05': 'Monday',
	'2020-10-06': 'Tuesday'
} as const satisfies Record<string, string>;

/** The story's days in order, `YYYY-MM-DD`. */
export const DAYS = /* @__PURE__ */ Object.keys(STORY_DAYS) as (keyof typeof STORY_DAYS)[];

/** A timeline window must lie between these local times (the start and end of the three days). */
export const WINDOW_MIN = '2020-10-04T00:00';
export const WINDOW_MAX = '2020-10-07T00:00';

/** Event categories, in the timeline's lane order: the vote, the street, the prisons, power, money, abroad. */
export const CATEGORIES = [
	'election',
	'protest',
	'prisoners',
	'government',
	'economy',
	'international'
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * How precisely the report times something, and the hours (local time, 0 to 24) each part is
 * drawn over: a span, never a point. `day` means only the day is known.
 */
export const PART_OF_DAY_HOURS = {
	day: [0, 24],
	'early-morning': [0, 9],
	morning: [6, 12],
	afternoon: [12, 18],
	evening: [17, 23],
	night: [20, 24]
} as const satisfies Record<string, readonly [number, number]>;
export type PartOfDay = keyof typeof PART_OF_DAY_HOURS;
export const PARTS = /* @__PURE__ */ Object.keys(PART_OF_DAY_HOURS) as PartOfDay[];

/**
 * What happened at a mine, in display order: from the worst hit to business as usual. The words
 * keep the report's hedges ("attempted", "appeared"): never a bare "attacked" (content/claims.ts).
 */
export const STATUSES = [
	'halted',
	'attempted-attack-repelled',
	'apparent-break-in',
	'threatened',
	'operating'
] as const;
export type MineStatus = (typeof STATUSES)[number];

/** The scroll-driven graphics. Each is a `<figure data-chart="<name>">`. */
export const CHARTS = ['timeline', 'casualties', 'mines'] as const;
export type ChartName = (typeof CHARTS)[number];

/** The casualties chart's steps: the death, the wounded, the snapshot, its place in time. */
export const CASUALTY_PHASES = ['killed', 'wounded', 'snapshot', 'timeline'] as const;

/** How a line of the report is used: body text, photo caption, section head, editor's note. */
export const PARAGRAPH_KINDS = ['body', 'caption', 'head', 'note'] as const;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];

/**
 * Longest chart label of an event, in characters. The narrowest timeline (a 320 px phone) fits
 * about 24 characters of 13 px semibold on a line, so 30 wrap onto two lines there (three at the
 * reader's 16 px): a label the chart can always show whole, beside its bar.
 */
export const CHART_LABEL_MAX = 30;

/** The link to paragraph `n` of the report, on `page` (default: this page). */
export function paragraphHref(n: number, page = ''): string {
	return `${page}#p-${n}`;
}
