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
	type PartOfDay,
	CHART_LABEL_MAX
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
	'attempted-attack-repelled',
	'apparent-break-in',
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
		note: v.optional(text),
		fact: v.optional(id)
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

/** An event's short label on the timeline: whole words the chart can always show whole. */
const chartLabel = v.pipe(
	text,
	v.check(
		(s) => [...s.trim()].length <= CHART_LABEL_MAX,
		(issue) =>
			say(
				`is ${[...String(issue.input).trim()].length} characters long, more than the ${CHART_LABEL_MAX} the timeline can show whole on a phone`,
				'Shorten it to a few words (e.g. "Teargas and water cannon"); the full title stays in the popover and the table.'
			)
	)
);

export const eventSchema = v.strictObject({
	id,
	title: text,
	chartLabel,
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

/** A dash, or nothing but punctuation: a placeholder where a source should be. */
const PLACEHOLDER = /^[\s\p{P}\p{S}]*$/u;
/** A domain name standing alone ("pledgetimes.com", "www.24.kg/"): a site, not an outlet's name. */
const BARE_DOMAIN = /^(?:https?:\/\/)?(?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,}\/?$/iu;
const CITATION_FIX =
	'Name the outlet that published it (e.g. "Al Jazeera"), the date it was published and, where it has them, the title and the full address of the page (see content/README.md).';

/** An outlet's name: not a dash, not a bare domain, not two outlets joined by "via". */
const outletName = (what: string, example: string) =>
	v.pipe(
		text,
		v.check(
			(s) => !PLACEHOLDER.test(s),
			say(
				`is a dash, not ${what}`,
				`A dash is not a source. ${CITATION_FIX} If nobody can be cited, remove the entry.`
			)
		),
		v.check(
			(s) => !BARE_DOMAIN.test(s.trim()),
			say(
				`is a bare site name, not ${what}`,
				`Write ${what}, e.g. "${example}" rather than "${example.toLowerCase().replace(/\s+/g, '')}.com", and put the full address of the page itself in url. If the site's name is its address, say what it is ("24.kg news agency").`
			)
		),
		v.check(
			(s) => !/\svia\s/i.test(s),
			say(
				'names two outlets',
				'Write the outlet whose page you cite in outlet, and the outlet whose report it republishes in republishes, e.g. outlet: Islam Times, republishes: US News.'
			)
		)
	);

/** A page's full address: https (or http), with a path that points at the page, not the site. */
const pageUrl = v.pipe(
	v.string(),
	v.url(
		say(
			'is not a full web address',
			'Write the whole address, starting with https:// (e.g. https://24.kg/english/169510).'
		)
	),
	v.check(
		(s) => /^https?:$/.test(new URL(s).protocol),
		say('is not a web address', 'Write the address of the page, starting with https://.')
	),
	v.check(
		(s) => new URL(s).pathname.replace(/\/+$/, '') !== '',
		say(
			'is the address of a whole site, not of the page that says this',
			'Link the article or entry itself (e.g. https://24.kg/english/169510), not the site\'s home page.'
		)
	)
);

/**
 * One citation. A report (the default) needs its date; a reference work (`kind: reference`: an
 * encyclopaedia entry, a database) needs the title of its entry instead.
 */
export const citationSchema = v.pipe(
	v.strictObject({
		outlet: outletName('the name of an outlet', 'Al Jazeera'),
		kind: v.optional(v.picklist(['report', 'reference'])),
		date: v.optional(
			v.pipe(
				v.string(),
				v.isoDate(
					say(
						'is not a date written as YYYY-MM-DD',
						'Write the date the source was published, in quotes, like "2020-10-15".'
					)
				)
			)
		),
		title: v.optional(text),
		url: v.optional(pageUrl),
		republishes: v.optional(outletName("the name of the original report's outlet", 'Reuters')),
		note: v.optional(text)
	}),
	v.forward(
		v.check(
			(c) => c.kind === 'reference' || c.date !== undefined,
			say(
				'is missing: a report needs the date it was published',
				'Add date: "YYYY-MM-DD", the date of publication. If this is a reference work with no publication date (an encyclopaedia entry, a database), write kind: reference and give the entry\'s title.'
			)
		),
		['date']
	),
	v.forward(
		v.check(
			(c) => c.kind !== 'reference' || c.title !== undefined,
			say(
				'is missing: a reference work needs the title of its entry',
				'Add title: the name of the entry or article, e.g. "Bishkek" or "Asia/Bishkek".'
			)
		),
		['title']
	)
);

/** One or more citations (a dash, a line of text or an empty list is not a source). */
const citations = v.pipe(
	v.array(citationSchema, (issue) =>
		say(
			`should be a list of citations, but is ${issue.received}`,
			`Write each source on its own lines, starting "- outlet:". A dash is not a source: if nobody can be cited, remove the entry. ${CITATION_FIX}`
		)
	),
	v.minLength(
		1,
		say('has no citations', `Add at least one; if nobody can be cited, remove the entry. ${CITATION_FIX}`)
	)
);

export const factSchema = v.strictObject({ id, fact: text, value: text, citations });

export const nextSchema = v.strictObject({ id, date: text, text, citations });

/**
 * One entry of the corrections log (`content/corrections.yaml`): the date the change was made,
 * what changed and why, in words a reader understands. A date and a reason are required.
 */
export const correctionSchema = v.pipe(
	v.strictObject({
		date: v.optional(
			v.pipe(
				v.string(),
				v.isoDate(
					say(
						'is not a date written as YYYY-MM-DD',
						'Write the day the correction was made, in quotes, like "2026-12-08".'
					)
				)
			)
		),
		what: text,
		why: v.optional(text)
	}),
	v.forward(
		v.check(
			(c) => c.date !== undefined,
			say(
				'is missing: every correction needs the date it was made',
				'Add date: "YYYY-MM-DD", the day the change went live, e.g. date: "2026-12-08".'
			)
		),
		['date']
	),
	v.forward(
		v.check(
			(c) => c.why !== undefined,
			say(
				'is missing: every correction needs its reason',
				'Add why: in plain words, what was wrong and what the source says, so readers can judge the change.'
			)
		),
		['why']
	)
);

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
		let fix = `Remove it or correct its spelling${known.length ? `; the fields here are: ${known.join(', ')}` : ''}.`;
		if (key === 'chart') fix = 'Remove it: a step takes its chart from its section.';
		else if (key === 'source' && known.includes('citations'))
			fix =
				'A source is now written as citations, each with its outlet, date, title and address: move it there (see content/README.md).';
		return { path, message: 'is not a field this file uses (a typo?)', fix };
	}
	if (issue.received === 'undefined' && key === 'chartLabel') {
		return {
			path,
			message: 'is missing',
			fix: `Add chartLabel: the event in a few words (at most ${CHART_LABEL_MAX} characters) for the timeline, e.g. "Teargas and water cannon", saying no more than the quote.`
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
