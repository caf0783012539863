/**
 * Loads everything in `content/` and checks it: shapes, ids, quotes against the report, cross-
 * references, chart states and the numbers in the prose. Build time only (Node); the Vite plugin
 * (`vite-plugin.ts`) serves the result to the browser as `virtual:story-content`.
 *
 * Uses only node:fs, node:path, valibot and yaml.
 */
import path from 'node:path';
import { CheckContext, suggest } from './checking.ts';
import { loadCorrections } from './corrections.ts';
import { sourcesLabel } from '../../lib/content/citation.ts';
import { loadList, loadReport } from './data.ts';
import { loadNotes } from './notes.ts';
import { numbersIn } from './numbers.ts';
import {
	casualtySchema,
	eventSchema,
	factSchema,
	mineSchema,
	nextSchema,
	personSchema
} from '../../lib/content/schema.ts';
import { loadStory } from './story.ts';
import type { Casualty, Content, Mine, NextItem, OutsideFact, Person, StoryEvent } from '../../lib/content/types';

/** Where a mine may be drawn: Kyrgyzstan with a margin (a guard against swapped lat/lon). */
const MAP_BOUNDS = { minLat: 39, maxLat: 44, minLon: 69, maxLon: 81 };

/**
 * Loads and checks `contentDir` (the project's `content/` folder). Returns the checked content and
 * every file read (for the dev server to watch). Throws `ContentError` listing every problem found.
 */
export function loadContent(contentDir: string): { content: Content; files: string[] } {
	const ctx = new CheckContext(path.dirname(path.resolve(contentDir)));
	const dir = path.resolve(contentDir);

	const { report, paragraphs, article } = loadReport(ctx, dir);
	const people = loadList(ctx, dir, 'people', personSchema, paragraphs);
	const events = loadList(ctx, dir, 'events', eventSchema, paragraphs);
	const casualties = loadList(ctx, dir, 'casualties', casualtySchema, paragraphs);
	const facts = loadList(ctx, dir, 'facts', factSchema, undefined);
	const mines = loadList(ctx, dir, 'mines', mineSchema, paragraphs);
	const next = loadList(ctx, dir, 'next', nextSchema, undefined);

	// Cross-references between the data files.
	for (const { value, index } of events.entries) {
		value.people.forEach((id, i) => {
			if (!people.readable || people.ids.has(id)) return;
			ctx.problems.add({
				file: ctx.rel(events.file),
				line: events.source?.lineOf([index, 'people', i]),
				entry: value.id,
				field: `people (item ${i + 1})`,
				message: `"${id}" is not an id in content/data/people.yaml`,
				fix: `Use an id from content/data/people.yaml, or add the person there first.${suggest(id, people.ids)}`
			});
		});
	}
	for (const { value, index } of mines.entries) {
		value.events.forEach((id, i) => {
			if (!events.readable || events.ids.has(id)) return;
			ctx.problems.add({
				file: ctx.rel(mines.file),
				line: mines.source?.lineOf([index, 'events', i]),
				entry: value.id,
				field: `events (item ${i + 1})`,
				message: `"${id}" is not an id in content/data/events.yaml`,
				fix: `Use an id from content/data/events.yaml.${suggest(id, events.ids)}`
			});
		});
		const position = value.position;
		if (!position) continue;
		if (facts.readable && !facts.ids.has(position.fact)) {
			ctx.problems.add({
				file: ctx.rel(mines.file),
				line: mines.source?.lineOf([index, 'position', 'fact']),
				entry: value.id,
				field: 'position.fact',
				message: `"${position.fact}" is not an id in content/data/facts.yaml`,
				fix: `Positions come from outside facts: use the id of the fact in content/data/facts.yaml that gives this position.${suggest(position.fact, facts.ids)}`
			});
		}
		const b = MAP_BOUNDS;
		if (position.lat < b.minLat || position.lat > b.maxLat || position.lon < b.minLon || position.lon > b.maxLon) {
			ctx.problems.add({
				file: ctx.rel(mines.file),
				line: mines.source?.lineOf([index, 'position']),
				entry: value.id,
				field: 'position',
				message: `${position.lat} N, ${position.lon} E is outside Kyrgyzstan`,
				fix: 'Check the numbers against the fact in facts.yaml (are lat and lon swapped?).'
			});
		}
	}

	// Numbers the prose may use: those in the report and in the outside facts.
	const factTexts = [...facts.raw, ...next.raw].flatMap((item) =>
		item && typeof item === 'object'
			? Object.entries(item).flatMap(([key, value]) =>
					['fact', 'value', 'date', 'text'].includes(key) && typeof value === 'string' ? [value] : []
				)
			: []
	);
	const numbers =
		facts.readable && next.readable && paragraphs.length > 0
			? numbersIn([article, ...factTexts])
			: undefined;
	const story = loadStory(ctx, dir, {
		events: events.readable ? events.ids : undefined,
		mines: mines.readable ? mines.ids : undefined,
		numbers,
		paragraphCount: paragraphs.length
	});
	// What changed after publication, and why (content/corrections.yaml).
	const corrections = loadCorrections(ctx, dir);
	// Teacher's notes (optional folder content/notes/): see notes.ts.
	const notes = loadNotes(ctx, dir, {
		sections: story.sections,
		facts: facts.readable ? facts.ids : undefined,
		paragraphs,
		numbers
	});

	ctx.problems.throwIfAny();
	if (!report || !story.story) {
		// Unreachable: a missing part always records a problem. Kept for the type checker.
		throw new Error('Content incomplete without a recorded problem.');
	}
	const content: Content = {
		story: story.story,
		report,
		events: events.entries.map(({ value }) => value as StoryEvent),
		casualties: casualties.entries.map(({ value }) => value as Casualty),
		mines: mines.entries.map(({ value }) => value as Mine),
		people: people.entries.map(({ value }) => value as Person),
		facts: facts.entries.map(
			({ value }): OutsideFact => ({ ...value, source: sourcesLabel(value.citations) })
		),
		next: next.entries.map(
			({ value }): NextItem => ({ ...value, source: sourcesLabel(value.citations) })
		),
		sections: story.sections,
		steps: story.steps,
		corrections
	};
	if (notes.length > 0) content.notes = notes;
	return { content, files: ctx.files };
}
