/**
 * The content model: what `content/` holds once it has been loaded and checked at build time.
 *
 * These are plain data types (no validation code), so they can be imported anywhere, in the
 * browser too. The checks live in `schema.ts` / `load.ts` and run only in Node, at build time;
 * the browser receives the checked data through the `virtual:story-content` module.
 */

/** A calendar date in Kyrgyzstan time (UTC+6), `YYYY-MM-DD`. */
export type IsoDate = string;

/**
 * A local date-time in Kyrgyzstan time (UTC+6), `YYYY-MM-DDTHH:mm`, used only for chart windows,
 * never for events (the report gives no clock times).
 */
export type LocalDateTime = string;

/** The names of the scroll-driven graphics. Each is a `<figure data-chart="<name>">`. */
export type ChartName = 'timeline' | 'casualties' | 'mines';

/** How a line of the report is used in the original. */
export type ParagraphKind = 'body' | 'caption' | 'head' | 'note';

/** One non-empty line of the report, numbered from 1 in reading order; anchored as `#p-<n>`. */
export interface Paragraph {
	n: number;
	/** `p-<n>`, the anchor id in the page's copy of the report. */
	anchor: string;
	kind: ParagraphKind;
	/** The line exactly as in the report. */
	text: string;
}

/** The source report and its metadata. */
export interface Report {
	publisher: string;
	/** Date of the report. */
	date: IsoDate;
	/** Date written out for readers, e.g. "6 October 2020". */
	dateLabel: string;
	/** Headline as republished (the report reached us without its own headline). */
	headline: string;
	/** Where the republished copy can be read. */
	url: string;
	/** Who republished it, e.g. "National Post". */
	republishedBy: string;
	/** Byline policy, e.g. "Reuters" only. */
	credit: string;
	paragraphs: Paragraph[];
}

/** Every entry that makes a claim carries a verbatim quote and the paragraph it was found in. */
export interface Sourced {
	/** Verbatim words from the report (typographic quotes and whitespace may differ). */
	quote: string;
	/** The paragraph number the quote was found in (resolved at build time, never typed by hand). */
	paragraph: number;
}

/** Event categories; each is a lane on the timeline. */
export type Category = 'election' | 'protest' | 'prisoners' | 'government' | 'economy' | 'international';

/**
 * How precisely the report times something. `day` means only the day is known. Each part maps to
 * a span of hours (see `PART_OF_DAY_HOURS`), drawn as a span, never a point.
 */
export type PartOfDay = 'day' | 'early-morning' | 'morning' | 'afternoon' | 'evening' | 'night';

/** Hours (local time, 0 to 24) that each part of day is drawn over. */
export const PART_OF_DAY_HOURS: Record<PartOfDay, readonly [number, number]> = {
	day: [0, 24],
	'early-morning': [0, 9],
	morning: [6, 12],
	afternoon: [12, 18],
	evening: [17, 23],
	night: [20, 24]
};

/** When something happened, as precisely as the report says and no more. */
export interface When {
	day: IsoDate;
	part: PartOfDay;
	/** The time in words as the report gives it, e.g. "early on Tuesday", "by Tuesday afternoon". */
	label: string;
	/**
	 * True when the report does not state the time outright and we placed it from context
	 * (for example, listed among Tuesday's events). Drawn differently and explained in `note`.
	 */
	inferred: boolean;
	/** Why the time is what it is, when `inferred` (required then). */
	note?: string;
	/**
	 * Id of the outside fact (facts.yaml) that gives the part of the day when the quote does not
	 * (e.g. a later report's "late on Tuesday"). The checker requires one or the other for any
	 * part but `day`.
	 */
	fact?: string;
}

/**
 * Longest chart label of an event, in characters. The narrowest timeline (a 320 px phone: a
 * 304 px box, about 200 px of plot beside the lane names) fits about 24 characters of 13 px
 * semibold on a line, so 30 characters wrap onto two lines there (three when the reader has
 * enlarged the text to 16 px): a label the chart can always show whole, beside its bar, on a
 * phone. Longer than that and labels stack into towers a reader cannot take in at a glance.
 */
export const CHART_LABEL_MAX = 30;

export interface StoryEvent extends Sourced {
	/** Stable id, lowercase-kebab; used in step files and links (`#event-<id>`). */
	id: string;
	/** One line, plain, for a phone screen (popover, tables, screen readers). */
	title: string;
	/**
	 * The event in a few words, drawn on the timeline by its bar ("Teargas and water cannon"): at
	 * most `CHART_LABEL_MAX` characters, so it is always shown whole (never cut with "…").
	 */
	chartLabel: string;
	category: Category;
	when: When;
	/** Ids from people.yaml. */
	people: string[];
}

export interface Casualty extends Sourced {
	id: string;
	kind: 'killed' | 'wounded';
	count: number;
	/** "person" / "people". */
	unit: string;
	asOf: When;
	/** Who gave the figure, as the report says ("the health ministry"). */
	reportedBy: string;
}

/**
 * What happened at a mining site, in words that keep the report's hedges: `attempted-attack-repelled`
 * ("said it had repelled an attempted attack") and `apparent-break-in` ("appeared to have broken
 * into") never become a bare "attacked". The checker holds each status to its quote (schema.ts,
 * `STATUS_HEDGES`).
 */
export type MineStatus =
	| 'halted'
	| 'attempted-attack-repelled'
	| 'apparent-break-in'
	| 'threatened'
	| 'operating';

/** A position from the shared reference facts (not from the report), with its source. */
export interface Position {
	lat: number;
	lon: number;
	/** True when the reference facts say the position is approximate. */
	approximate: boolean;
	/** What the position is (e.g. "the town of Kara-Balta, not the plant"). */
	note?: string;
	/** Id of the outside fact it comes from (facts.yaml). */
	fact: string;
}

export interface Mine extends Sourced {
	id: string;
	/** Site name as readers know it, e.g. "Jeruy", "Bozymchak". */
	name: string;
	operator: string;
	/** Operator's country as the report gives it (e.g. "Russian-operated" → Russia; "London-listed" is a listing, not a country: say so). */
	operatorCountry: string;
	mineral: string;
	/** What happened, one plain line. */
	happened: string;
	status: MineStatus;
	/** Null when neither the report nor the reference facts place it (drawn off the map). */
	position: Position | null;
	/** Ids of related events, if any. */
	events: string[];
}

export interface Person extends Sourced {
	id: string;
	name: string;
	/** Role as the report describes it. */
	role: string;
}

/**
 * One source an outside fact or a "What happened next" item rests on, specific enough for a
 * standards desk: who published it, when, under what title, and where it can be read. Checked
 * at build time (schema.ts); shown in full wherever the fact is (views/notes/Citations.svelte,
 * the data downloads), always through `citation.ts`.
 */
export interface Citation {
	/**
	 * Who published the page at `url`, by name ("Al Jazeera", "National Post"), never a bare
	 * domain. For a republication this is the outlet that republished it; `republishes` names
	 * whose report it is.
	 */
	outlet: string;
	/**
	 * `report` (the default): a dated article, report or statement, so `date` is required.
	 * `reference`: a reference work (an encyclopaedia entry, a database): `title` names the entry
	 * and there is no publication date.
	 */
	kind?: 'report' | 'reference';
	/** Date of publication, `YYYY-MM-DD` (required for a report). */
	date?: IsoDate;
	/** The article's headline or the entry's name, where the source has one. */
	title?: string;
	/** The page's full address (`https://…`, with a path: never a whole site). */
	url?: string;
	/** The original outlet, when `url` is a republication of its report (e.g. "Reuters"). */
	republishes?: string;
	/** What this source supports or how it words it, when that helps (e.g. "a round-up of …"). */
	note?: string;
}

/** A fact from outside the report, with its citations (from shared/source/README.md). */
export interface OutsideFact {
	id: string;
	fact: string;
	value: string;
	/** One or more citations, each checked at build time. */
	citations: Citation[];
	/**
	 * The citations as one short line, without addresses or notes (`sourcesLabel` in citation.ts),
	 * derived at build time, for places that show plain text (a chart's popover or table).
	 */
	source: string;
}

/** One item of the "What happened next" epilogue (from later reports, never from this one). */
export interface NextItem {
	id: string;
	/** Display date, e.g. "15 October 2020". */
	date: string;
	text: string;
	/** One or more citations, each checked at build time. */
	citations: Citation[];
	/** The citations as one short line of text (derived at build time, as for `OutsideFact`). */
	source: string;
}

/**
 * One entry of the corrections log (`content/corrections.yaml`): what changed in the story after
 * publication and why, dated. Checked at build time (a date and a reason are required).
 */
export interface Correction {
	/** The day the change was made, `YYYY-MM-DD`. */
	date: IsoDate;
	/** What changed, in words a reader understands. */
	what: string;
	/** Why it changed. */
	why: string;
}

/** Chart state of one timeline step. */
export interface TimelineState {
	chart: 'timeline';
	/** Event ids highlighted in this step; everything else recedes. */
	focus: string[];
	/** The visible time window, local time; `null` = all three days. */
	window: [LocalDateTime, LocalDateTime] | null;
}

/** Chart state of one casualties step. */
export interface CasualtiesState {
	chart: 'casualties';
	/**
	 * - `killed`: the one death, on its own;
	 * - `wounded`: the 686 wounded fill in;
	 * - `snapshot`: the figure as a snapshot ("by Tuesday afternoon", health ministry);
	 * - `timeline`: where it sits on the timeline (Tuesday afternoon).
	 */
	phase: 'killed' | 'wounded' | 'snapshot' | 'timeline';
}

/** Chart state of one mines step. */
export interface MinesState {
	chart: 'mines';
	/** Mine ids highlighted; empty = none highlighted (overview). */
	focus: string[];
	/** Whether the status chart beside the map shows every status label at once. */
	summary: boolean;
}

export type ChartState = TimelineState | CasualtiesState | MinesState;

/** A section of the story, from `content/story/<nn>-<id>/index.md`. */
export interface Section {
	id: string;
	title: string;
	/** The graphic this section's steps drive, or null for a prose-only section. */
	chart: ChartName | null;
	/** Figure caption: what the graphic shows. */
	caption?: string;
	/** What the graphic does not know (e.g. "the report gives parts of the day, not clock times"). */
	limits?: string;
	/** Step ids in reading order. */
	steps: string[];
	/**
	 * The step whose state the graphic shows without JavaScript and in print (a sensible overview);
	 * defaults to the first step.
	 */
	overview?: string;
	/** Path of the section's intro prose (mdsvex), relative to the project root. */
	file: string;
}

/** One scroll step, from `content/story/<nn>-<section>/<nn>-<slug>.md`. */
export interface Step {
	/** Stable id, lowercase-kebab, unique across the story; used as `data-step` and `#<id>`. */
	id: string;
	section: string;
	/** Short title: live region, presenter view, step navigation. */
	title: string;
	/** Plain-text description of what the graphic shows in this step (text equivalent). */
	graphic: string;
	/** Null for a prose-only section. */
	state: ChartState | null;
	/** Path of the step's prose (mdsvex), relative to the project root. */
	file: string;
}

/** The story's own front matter, from `content/story/index.md`. */
export interface StoryMeta {
	headline: string;
	standfirst: string;
	/** Page description for search and sharing. */
	description: string;
}

/**
 * A key fact in the teacher's notes, in the notes' own words, with its source: either a verbatim
 * quote from the report (resolved to its paragraph at build time, like every data entry) or the
 * id of an outside fact in facts.yaml. Never shown as reporting.
 */
export type NoteFact =
	| (Sourced & {
			/** The fact as the notes put it, for the teacher. */
			text: string;
	  })
	| {
			/** The fact as the notes put it, for the teacher. */
			text: string;
			/** Id of the outside fact it comes from (facts.yaml). */
			fact: string;
	  };

/**
 * Teacher's notes for one section, from `content/notes/<section id>.yaml`. Shown only in the
 * presenter view, only when the teacher asks (key `n`), under a heading that says they are not
 * part of the reporting.
 */
export interface SectionNotes {
	/** Id of the section the notes belong to (the file name). */
	section: string;
	/** Discussion questions, in order. */
	questions: string[];
	/** Key facts, each with its source. */
	facts: NoteFact[];
}

/** Everything, checked. */
export interface Content {
	story: StoryMeta;
	report: Report;
	events: StoryEvent[];
	casualties: Casualty[];
	mines: Mine[];
	people: Person[];
	facts: OutsideFact[];
	next: NextItem[];
	/** The corrections log, in file order (`content/corrections.yaml`). */
	corrections: Correction[];
	sections: Section[];
	steps: Step[];
	/**
	 * Teacher's notes, in section order, for the presenter view (`content/notes/`, optional;
	 * absent when the folder does not exist). Not reporting: never shown on the story page.
	 */
	notes?: SectionNotes[];
}
