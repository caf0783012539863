/**
 * The shapes of the files in `content/`, as valibot schemas, and the translation of schema
 * failures into problems a journalist can fix. Build time only (Node): never import this from
 * browser code (the browser gets plain data through `virtual:story-content`).
 */
import * as v from 'valibot';
import {
	PART_OF_DAY_HOURS,
	type Category,
	type ChartName,
	type MineStatus,
	type PartOfDay
} from './types.ts';

/** The story's days (Kyrgyzstan time) and their weekday names, from the reference facts. */
export const STORY_DAYS: Readonly<Record<string, string>> = {
	'2020-10-04': 'Sunday',
	'2020-10-05': 'Monday',
	'2020-10-06': 'Tuesday'
};

/** A timeline window must lie between these local times (the start and end of the three days). */
export const WINDOW_MIN = '2020-10-04T00:00';
export const WINDOW_MAX = '2020-10-07T00:00';

export const CATEGORIES = [
	'election',
	'protest',
	'prisoners',
	'government',
	'economy',
	'international'
] as const satisfies readonly Category[];
export const PARTS = Object.keys(PART_OF_DAY_HOURS) as PartOfDay[];
export const STATUSES = [
	'halted',
	'attacked',
	'threatened',
	'operating'
] as const satisfies readonly MineStatus[];
export const CHARTS = ['timeline', 'casualties', 'mines'] as const satisfies readonly ChartName[];
export const CASUALTY_PHASES = ['killed', 'wounded', 'snapshot', 'timeline'] as const;
export const PARAGRAPH_KINDS = ['caption', 'head', 'note'] as const;

/** Custom messages carry the problem and its fix, separated by `||` (see `describeIssue`). */
function say(message: string, fix: string): string {
	return `${message}||${fix}`;
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;
const dayList = Object.entries(STORY_DAYS)
	.map(([day, name]) => `"${day}" (${name})`)
	.join(', ');

const id = v.pipe(
	v.string(),
	v.regex(
		ID_PATTERN,
		say(
			'is not a valid id',
			'Use lowercase letters, digits and single hyphens only, e.g. "white-house-stormed".'
		)
	)
);

const text = v.pipe(
	v.string(),
	v.check((s) => s.trim() !== '', say('is empty', 'Write the text, or remove the field if it is optional.'))
);

const isoDate = v.pipe(
	v.string(),
	v.isoDate(say('is not a date written as YYYY-MM-DD', 'Write it like "2020-10-06".'))
);

const storyDay = v.pipe(
	isoDate,
	v.check(
		(day) => day in STORY_DAYS,
		say("is not one of the story's days", `Use one of ${dayList}.`)
	)
);

/** True when `value` is a real local date-time `YYYY-MM-DDTHH:mm` (hours 00–23). */
function isRealDateTime(value: string): boolean {
	const match = LOCAL_DATE_TIME.exec(value);
	if (!match) return false;
	const [, day, hours, minutes] = match;
	const date = new Date(`${day}T00:00:00Z`);
	return (
		!Number.isNaN(date.getTime()) &&
		date.toISOString().slice(0, 10) === day &&
		Number(hours) <= 23 &&
		Number(minutes) <= 59
	);
}

const localDateTime = v.pipe(
	v.string(),
	v.check(
		isRealDateTime,
		say('is not a date and time written as YYYY-MM-DDTHH:mm', 'Write it like "2020-10-06T12:00".')
	),
	v.check(
		(value) => value >= WINDOW_MIN && value <= WINDOW_MAX,
		say(
			"is outside the story's three days",
			`Use a time from "${WINDOW_MIN}" (start of Sunday) to "${WINDOW_MAX}" (end of Tuesday).`
		)
	)
);

const when = v.pipe(
	v.strictObject({
		day: storyDay,
		part: v.picklist(PARTS),
		label: text,
		inferred: v.boolean(),
		note: v.optional(text)
	}),
	v.forward(
		v.check(
			(w) => !w.inferred || (w.note !== undefined && w.note.trim() !== ''),
			say(
				'is missing: an inferred time needs a note',
				'Add a note saying why the time is what it is, e.g. "The report does not say when; it lists this among Tuesday\'s events."'
			)
		),
		['note']
	)
);

export const eventSchema = v.strictObject({
	id,
	title: text,
	category: v.picklist(CATEGORIES),
	when,
	people: v.array(id),
	quote: text
});

export const casualtySchema = v.strictObject({
	id,
	kind: v.picklist(['killed', 'wounded']),
	count: v.pipe(
		v.number(),
		v.integer(say('is not a whole number', 'Write the count as the report gives it.')),
		v.minValue(0, say('is negative', 'Write the count as the report gives it.'))
	),
	unit: text,
	asOf: when,
	reportedBy: text,
	quote: text
});

const positionSchema = v.strictObject({
	lat: v.pipe(
		v.number(),
		v.minValue(-90, say('is not a latitude', 'Use degrees north, e.g. 42.875.')),
		v.maxValue(90, say('is not a latitude', 'Use degrees north, e.g. 42.875.'))
	),
	lon: v.pipe(
		v.number(),
		v.minValue(-180, say('is not a longitude', 'Use degrees east, e.g. 74.612.')),
		v.maxValue(180, say('is not a longitude', 'Use degrees east, e.g. 74.612.'))
	),
	approximate: v.boolean(),
	note: v.optional(text),
	fact: id
});

export const mineSchema = v.strictObject({
	id,
	name: text,
	operator: text,
	operatorCountry: text,
	mineral: text,
	happened: text,
	status: v.picklist(STATUSES),
	position: v.nullable(positionSchema),
	events: v.array(id),
	quote: text
});

export const personSchema = v.strictObject({ id, name: text, role: text, quote: text });

export const factSchema = v.strictObject({ id, fact: text, value: text, source: text });

export const nextSchema = v.strictObject({ id, date: text, text, source: text });

export const reportSchema = v.strictObject({
	publisher: text,
	date: isoDate,
	dateLabel: text,
	headline: text,
	republishedBy: text,
	url: v.pipe(
		v.string(),
		v.url(say('is not a web address', 'Write the full address, starting with https://.'))
	),
	credit: text,
	kinds: v.array(
		v.strictObject({
			paragraph: v.pipe(
				v.number(),
				v.integer(say('is not a whole number', 'Write the paragraph number, e.g. 17.'))
			),
			kind: v.picklist(PARAGRAPH_KINDS),
			startsWith: text
		})
	)
});

export const storyMetaSchema = v.strictObject({
	headline: text,
	standfirst: text,
	description: text
});

export const sectionSchema = v.strictObject({
	id,
	title: text,
	chart: v.nullable(v.picklist(CHARTS)),
	caption: v.optional(text),
	limits: v.optional(text),
	overview: v.optional(id)
});

export const stepSchema = v.strictObject({
	id,
	title: text,
	graphic: text,
	state: v.optional(v.unknown())
});

/** Step `state` schemas by chart (the file never holds the `chart` key: it comes from the section). */
export const stateSchemas = {
	timeline: v.strictObject({
		focus: v.array(id),
		window: v.nullable(v.strictTuple([localDateTime, localDateTime]))
	}),
	casualties: v.strictObject({ phase: v.picklist(CASUALTY_PHASES) }),
	mines: v.strictObject({ focus: v.array(id), summary: v.boolean() })
} as const;

/** What one schema failure means, with the path (keys and list indexes) where it happened. */
export interface IssueReport {
	path: (string | number)[];
	message: string;
	fix: string;
}

type AnyIssue = v.BaseIssue<unknown>;

/** Translates a valibot issue into a plain-language problem and fix. */
export function describeIssue(
	issue: AnyIssue,
	schema: v.GenericSchema,
	fieldHelp = 'See the comments at the top of the file, or content/README.md.'
): IssueReport {
	const path = (issue.path ?? []).map((item) => item.key as string | number);
	const key = path[path.length - 1];
	if (issue.message.includes('||')) {
		const [message = '', fix = ''] = issue.message.split('||');
		return { path, message, fix };
	}
	if (issue.type === 'strict_object' && issue.expected === 'never') {
		const known = knownKeys(schema, path.slice(0, -1));
		return {
			path,
			message: 'is not a field this file uses (a typo?)',
			fix:
				key === 'chart'
					? 'Remove it: a step takes its chart from its section.'
					: `Remove it or correct its spelling${known.length ? `; the fields here are: ${known.join(', ')}` : ''}.`
		};
	}
	if (issue.received === 'undefined') {
		return { path, message: 'is missing', fix: `Add it. ${fieldHelp}` };
	}
	switch (issue.type) {
		case 'picklist': {
			const options = issue.expected?.replace(/^\(|\)$/g, '').replace(/"/g, '').split(' | ') ?? [];
			return {
				path,
				message: `${issue.received} is not an allowed value`,
				fix: `Use one of: ${options.join(', ')}.`
			};
		}
		case 'string':
			return {
				path,
				message: `should be text, but is ${issue.received}`,
				fix: 'Put the value in double quotes, e.g. "2020".'
			};
		case 'number':
			return {
				path,
				message: `should be a number, but is ${issue.received}`,
				fix: 'Write the number without quotes, e.g. 686.'
			};
		case 'boolean':
			return {
				path,
				message: `should be true or false, but is ${issue.received}`,
				fix: 'Write true or false, without quotes.'
			};
		case 'array':
			return {
				path,
				message: `should be a list, but is ${issue.received}`,
				fix: 'Write a list in square brackets, e.g. [zhaparov, abdyldayev], or [] for none.'
			};
		case 'strict_tuple':
			return {
				path,
				message: `should be a list of exactly two times, but is ${issue.received}`,
				fix: 'Write it like ["2020-10-05T00:00", "2020-10-06T12:00"], or null for all three days.'
			};
		case 'strict_object':
		case 'object':
			return {
				path,
				message: `should be a group of fields, but is ${issue.received}`,
				fix: `Write the fields on their own indented lines. ${fieldHelp}`
			};
		default:
			return { path, message: issue.message, fix: fieldHelp };
	}
}

/** The field names an object schema allows at `path` (best effort, for typo hints). */
function knownKeys(schema: v.GenericSchema, path: readonly (string | number)[]): string[] {
	let node: unknown = schema;
	const unwrap = () => {
		while (node && typeof node === 'object' && 'wrapped' in node) {
			node = (node as { wrapped: unknown }).wrapped;
		}
	};
	for (const step of path) {
		unwrap();
		if (!node || typeof node !== 'object') return [];
		if (typeof step === 'number' && 'item' in node) node = (node as { item: unknown }).item;
		else if (typeof step === 'number' && 'items' in node)
			node = (node as { items: unknown[] }).items[step];
		else if ('entries' in node) node = (node as { entries: Record<string, unknown> }).entries[step];
		else return [];
	}
	unwrap();
	if (node && typeof node === 'object' && 'entries' in node) {
		return Object.keys((node as { entries: Record<string, unknown> }).entries);
	}
	return [];
}
