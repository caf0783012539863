/**
 * The content model: what `content/` holds once it has been loaded and checked at build time.
 * Each entry's type is inferred from the schema that checks its file (`schema.ts`), plus what the
 * loader adds (the paragraph a quote was found in, a citation's one-line label). Types only: the
 * browser gets the checked data through `virtual:story-content`, never the schemas.
 */
import type * as v from 'valibot';
import type * as schema from './schema';
import type { ChartName, ParagraphKind } from './vocabulary';

export type {
	Category,
	ChartName,
	MineStatus,
	ParagraphKind,
	PartOfDay
} from './vocabulary';

type Out<S extends v.GenericSchema> = v.InferOutput<S>;

/** A calendar date in Kyrgyzstan time (UTC+6), `YYYY-MM-DD`. */
export type IsoDate = string;

/** A local date-time in Kyrgyzstan time, `YYYY-MM-DDTHH:mm`: chart windows only, never events. */
export type LocalDateTime = string;

/** One non-empty line of the report, numbered from 1 in reading order; anchored as `#p-<n>`. */
export interface Paragraph {
	n: number;
	/** `p-<n>`, the anchor id in the page's copy of the report. */
	anchor: string;
	kind: ParagraphKind;
	/** The line exactly as in the report. */
	text: string;
}

/** The source report and its metadata; `paragraphs` replaces the file's `kinds`. */
export type Report = Omit<Out<typeof schema.reportSchema>, 'kinds'> & { paragraphs: Paragraph[] };

/** Every entry that makes a claim carries a verbatim quote and the paragraph it was found in. */
export interface Sourced {
	quote: string;
	/** Resolved at build time, never typed by hand. */
	paragraph: number;
}

export type StoryEvent = Out<typeof schema.eventSchema> & Sourced;
/** When something happened, as precisely as the report says and no more. */
export type When = StoryEvent['when'];
export type Casualty = Out<typeof schema.casualtySchema> & Sourced;
export type Mine = Out<typeof schema.mineSchema> & Sourced;
/** A position from the reference facts (never from the report), with its source. */
export type Position = NonNullable<Mine['position']>;
export type Person = Out<typeof schema.personSchema> & Sourced;
/** One source of an outside fact, specific enough for a standards desk (see `citation.ts`). */
export type Citation = Out<typeof schema.citationSchema>;

/** The citations as one short line, derived at build time, for plain-text places (`sourcesLabel`). */
interface Labelled {
	source: string;
}
/** A fact from outside the report, with its citations. */
export type OutsideFact = Out<typeof schema.factSchema> & Labelled;
/** One item of "What happened next" (from later reports, never from this one). */
export type NextItem = Out<typeof schema.nextSchema> & Labelled;
/** One entry of the corrections log: what changed after publication, when and why. */
export type Correction = Required<Out<typeof schema.correctionSchema>>;

type States = typeof schema.stateSchemas;
export type TimelineState = { chart: 'timeline' } & Out<States['timeline']>;
export type CasualtiesState = { chart: 'casualties' } & Out<States['casualties']>;
export type MinesState = { chart: 'mines' } & Out<States['mines']>;
export type ChartState = TimelineState | CasualtiesState | MinesState;

/** A section of the story, with its steps in reading order and the path of its intro prose. */
export type Section = Out<typeof schema.sectionSchema> & {
	chart: ChartName | null;
	steps: string[];
	file: string;
};

/** One scroll step: its chart state (null in a prose-only section) and the path of its prose. */
export type Step = Omit<Out<typeof schema.stepSchema>, 'state'> & {
	section: string;
	state: ChartState | null;
	file: string;
};

/** The story's own front matter, from `content/story/index.md`. */
export type StoryMeta = Out<typeof schema.storyMetaSchema>;

/**
 * A key fact in the teacher's notes, in the notes' own words, with its source: a verbatim quote
 * (resolved to its paragraph) or the id of an outside fact. Never shown as reporting.
 */
export type NoteFact = (Sourced & { text: string }) | { text: string; fact: string };

/** Teacher's notes for one section (`content/notes/<section id>.yaml`), for the presenter only. */
export interface SectionNotes {
	section: string;
	questions: string[];
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
	sections: Section[];
	steps: Step[];
	/** What changed after publication and why, newest first (`content/corrections.yaml`). */
	corrections: Correction[];
	/** Teacher's notes in section order (absent without `content/notes/`). */
	notes?: SectionNotes[];
}
