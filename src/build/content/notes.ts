/**
 * Teacher's notes: `content/notes/<section id>.yaml`, one file per section of the story, shown in
 * the presenter view only when the teacher asks for them (key `n`). They are NOT reporting: they
 * hold discussion questions and key facts, and every key fact cites its source, either a quote
 * from the report (checked word for word and resolved to its paragraph, like every data file) or
 * the id of an outside fact in `content/data/facts.yaml`. Numbers written in digits must come from
 * the report or the outside facts, as in the story prose. Build time only (Node).
 *
 * The folder is optional: without it the story has no notes and nothing else changes.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { suggest, type CheckContext } from './checking.ts';
import { checkQuote } from './data.ts';
import { findNumbers } from './numbers.ts';
import type { NoteFact, Section, SectionNotes } from '../../lib/content/types';

/** At most this many questions and facts per section: notes are a prompt, not a lesson plan. */
export const MAX_QUESTIONS = 6;
export const MAX_FACTS = 8;

const FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.yaml$/;

const text = v.pipe(
	v.string(),
	v.check((s) => s.trim() !== '', 'is empty||Write the text, or remove the entry.')
);

const factEntry = v.pipe(
	v.strictObject({ text, quote: v.optional(text), fact: v.optional(text) }),
	v.forward(
		v.check(
			(f) => (f.quote === undefined) !== (f.fact === undefined),
			'needs exactly one source: a quote from the report or the id of an outside fact||' +
				'Add either quote: "…" (words copied from content/report/article.txt) or fact: <id> (an id from content/data/facts.yaml), not both.'
		),
		['text']
	)
);

/** The shape of one notes file. */
export const notesSchema = v.strictObject({
	questions: v.pipe(
		v.array(text),
		v.minLength(1, 'has no questions||Write at least one discussion question.'),
		v.maxLength(
			MAX_QUESTIONS,
			`has too many questions||Keep at most ${MAX_QUESTIONS}: a teacher reads them from a projector screen.`
		)
	),
	facts: v.pipe(
		v.array(factEntry),
		v.minLength(1, 'has no key facts||List at least one key fact, with its source.'),
		v.maxLength(MAX_FACTS, `has too many key facts||Keep at most ${MAX_FACTS}.`)
	)
});

/** What the notes may refer to. */
export interface NotesRefs {
	/** The story's sections (notes are only shown for sections with steps). */
	sections: readonly Section[];
	/** Ids in content/data/facts.yaml (undefined when that file is unreadable: not checked then). */
	facts: ReadonlySet<string> | undefined;
	/** The report's paragraphs (index n - 1 is paragraph n). */
	paragraphs: readonly string[];
	/**
	 * Canonical numbers the notes may write in digits (from the report and the outside facts);
	 * undefined when those files are unreadable (not checked then).
	 */
	numbers: ReadonlySet<string> | undefined;
}

/**
 * Loads and checks `content/notes/`, in the story's section order. Returns an empty list when the
 * folder does not exist; records a problem for every file it cannot use.
 */
export function loadNotes(ctx: CheckContext, contentDir: string, refs: NotesRefs): SectionNotes[] {
	const dir = path.join(contentDir, 'notes');
	if (!fs.existsSync(dir)) return [];
	const sectionIds = refs.sections.map((s) => s.id);
	const found = new Map<string, SectionNotes>();

	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		if (entry.name.startsWith('.') || entry.name.toLowerCase() === 'readme.md') continue;
		const file = path.join(dir, entry.name);
		const match = entry.isFile() ? FILE.exec(entry.name) : null;
		if (!match) {
			ctx.problems.add({
				file: ctx.rel(file),
				message: 'is not a notes file',
				fix: `Name each notes file after its section, e.g. content/notes/timeline.yaml (sections: ${sectionIds.join(', ')}).`
			});
			continue;
		}
		const sectionId = match[1] as string;
		const section = refs.sections.find((s) => s.id === sectionId);
		if (!section) {
			ctx.problems.add({
				file: ctx.rel(file),
				message: `"${sectionId}" is not a section of the story`,
				fix: `Name the file after one of the sections: ${sectionIds.join(', ')}.${suggest(sectionId, sectionIds)}`
			});
			continue;
		}
		if (section.steps.length === 0) {
			ctx.problems.add({
				file: ctx.rel(file),
				message: `section "${sectionId}" has no scroll steps, so it has no slides and its notes would never be shown`,
				fix: 'Move these notes to a section with steps, or delete the file.'
			});
			continue;
		}
		const notes = loadNotesFile(ctx, file, sectionId, refs);
		if (notes) found.set(sectionId, notes);
	}

	return sectionIds.flatMap((id) => {
		const notes = found.get(id);
		return notes ? [notes] : [];
	});
}

/** Loads one notes file; undefined when it cannot be used (the problems are recorded). */
function loadNotesFile(
	ctx: CheckContext,
	file: string,
	section: string,
	refs: NotesRefs
): SectionNotes | undefined {
	const raw = ctx.read(file, '');
	if (raw === undefined) return undefined;
	const source = ctx.yaml(file, raw);
	if (source.data === undefined) return undefined;
	const value = ctx.validate(notesSchema, source.data, { file, source });
	if (!value) return undefined;
	const rel = ctx.rel(file);
	let ok = true;

	const checkNumbers = (written: string, at: (string | number)[], field: string) => {
		for (const number of findNumbers(written)) {
			if (!refs.numbers || refs.numbers.has(number.value)) continue;
			ok = false;
			ctx.problems.add({
				file: rel,
				line: source.lineOf(at),
				field,
				message: `the number ${number.written} is not in the report or in the outside facts`,
				fix: 'Every number written in digits must come from content/report/article.txt or content/data/facts.yaml: check it against them.'
			});
		}
	};

	value.questions.forEach((question, i) => {
		checkNumbers(question, ['questions', i], `questions (item ${i + 1})`);
	});

	const facts: NoteFact[] = [];
	value.facts.forEach((fact, i) => {
		const field = `facts (item ${i + 1})`;
		checkNumbers(fact.text, ['facts', i, 'text'], `${field}.text`);
		if (fact.quote !== undefined) {
			const paragraph = checkQuote(ctx, {
				quote: fact.quote,
				paragraphs: refs.paragraphs,
				file: rel,
				line: source.lineOf(['facts', i, 'quote']),
				entry: field
			});
			if (paragraph === undefined) {
				ok = false;
				return;
			}
			facts.push({ text: fact.text, quote: fact.quote, paragraph });
		} else if (fact.fact !== undefined) {
			if (refs.facts && !refs.facts.has(fact.fact)) {
				ok = false;
				ctx.problems.add({
					file: rel,
					line: source.lineOf(['facts', i, 'fact']),
					field: `${field}.fact`,
					message: `"${fact.fact}" is not an id in content/data/facts.yaml`,
					fix: `Use the id of an outside fact in content/data/facts.yaml (add it there, with its source, first).${suggest(fact.fact, refs.facts)}`
				});
				return;
			}
			facts.push({ text: fact.text, fact: fact.fact });
		}
	});

	return ok ? { section, questions: value.questions, facts } : undefined;
}
