/**
 * The shapes of the files in `content/`, as valibot schemas, and the translation of schema
 * failures into problems a journalist can fix. Build time only (Node): never import this from
 * browser code (the browser gets plain data through `virtual:story-content`).
 */
import * as v from 'valibot';
import {
	CASUALTY_PHASES,
	CATEGORIES,
	CHART_LABEL_MAX,
	CHARTS,
	PARTS,
	STATUSES,
	STORY_DAYS,
	WINDOW_MAX,
	WINDOW_MIN
} from './vocabulary.ts';

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
		(day) => Object.hasOwn(STORY_DAYS, day),
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

/** True when `value` is a real calendar date written `YYYY-MM-DD` (not 2026-02-30). */
export function isRealDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** What to write when a correction lacks one of its fields (valibot names the object, not the key). */
const CORRECTION_MISSING: Record<string, string> = {
	date: say(
		'is missing: every correction needs the date it was made',
		'Add date: the day the story was changed, in quotes, like date: "2026-12-08".'
	),
	what: say(
		'is missing: say what changed',
		'Add what: the change in a sentence a reader understands, e.g. what: The map marks the refinery as an apparent break-in, not attacked.'
	),
	why: say(
		'is missing: every correction needs its reason',
		'Add why: what was wrong or unsupported, and what the change rests on, e.g. why: The report says another group appeared to have broken into the refinery.'
	)
};

/** One entry of the corrections log (`content/corrections.yaml`): when, what changed and why. */
export const correctionSchema = v.strictObject(
	{
		date: v.pipe(
			v.string(),
			v.check(
				isRealDate,
				say(
					'is not a real date written as YYYY-MM-DD',
					'Write the day the story was changed, in quotes, like "2026-12-08".'
				)
			)
		),
		what: text,
		why: text
	},
	(issue) => {
		const key = issue.path?.at(-1)?.key;
		const missing = issue.received === 'undefined' && typeof key === 'string';
		return (missing && CORRECTION_MISSING[key]) || issue.expected || 'is not valid';
	}
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
			kind: v.picklist(['caption', 'head', 'note']),
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
