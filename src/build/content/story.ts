/**
 * Loads the story prose in `content/story/`: the story's front matter, its sections (folders
 * `<nn>-<id>/index.md`) and their scroll steps (`<nn>-<slug>.md`), in the order of the numeric
 * prefixes. Checks front matter, ids, chart states and the numbers in the prose. Build time only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { suggest, type CheckContext } from './checking.ts';
import { checkState, type StateRefs } from './step-state.ts';
import { splitFrontMatter } from './frontmatter.ts';
import { findNumbers, prepareProse } from './numbers.ts';
import { sectionSchema, stepSchema, storyMetaSchema } from '../../lib/content/schema.ts';
import type { ChartName, Section, Step, StoryMeta } from '../../lib/content/types';
import type { YamlSource } from './yaml-source';

const SECTION_DIR = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const STEP_FILE = /^(\d+)-[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;

/** Ids the story may refer to, and the numbers it may use. */
export interface StoryRefs extends StateRefs {
	/** Canonical numbers from the report, facts.yaml and next.yaml (undefined: not checked). */
	numbers: Set<string> | undefined;
	/** How many paragraphs the report has (0 when it is missing). */
	paragraphCount: number;
}

/** The loaded story. */
export interface LoadedStory {
	story: StoryMeta | undefined;
	sections: Section[];
	steps: Step[];
}

/** A front matter + body file, parsed. */
interface StoryFile {
	file: string;
	data: unknown;
	source: YamlSource;
	body: string;
	bodyLine: number;
}

/** Loads and checks `content/story/`. */
export function loadStory(ctx: CheckContext, contentDir: string, refs: StoryRefs): LoadedStory {
	const storyDir = path.join(contentDir, 'story');
	const result: LoadedStory = { story: undefined, sections: [], steps: [] };

	const indexFile = path.join(storyDir, 'index.md');
	const index = readStoryFile(
		ctx,
		indexFile,
		'Create content/story/index.md with headline, standfirst and description in its front matter.'
	);
	if (index) {
		result.story = ctx.validate(storyMetaSchema, index.data, { file: indexFile, source: index.source });
		checkProse(ctx, index, ['headline', 'standfirst', 'description'], refs);
	}
	if (!fs.existsSync(storyDir)) return result;

	const sectionDirs = ordered(
		ctx,
		storyDir,
		fs.readdirSync(storyDir, { withFileTypes: true }).flatMap((entry) => {
			if (entry.name.startsWith('.') || entry.name === 'index.md') return [];
			const match = SECTION_DIR.exec(entry.name);
			if (entry.isDirectory() && match) return [{ name: entry.name, order: Number(match[1]) }];
			if (entry.isDirectory() || entry.name.endsWith('.md')) {
				ctx.problems.add({
					file: ctx.rel(path.join(storyDir, entry.name)),
					message: 'is not part of the story',
					fix: 'Put each section in a folder named <number>-<section id>, e.g. 02-timeline, with its steps inside.'
				});
			}
			return [];
		})
	);

	const seen = { sections: new Map<string, string>(), steps: new Map<string, string>() };
	for (const dir of sectionDirs) {
		const loaded = loadSection(ctx, path.join(storyDir, dir.name), refs, seen);
		if (!loaded) continue;
		result.sections.push(loaded.section);
		result.steps.push(...loaded.steps);
	}
	return result;
}

/**
 * Loads one section folder: its front matter and its steps, in order. `seen` holds the section
 * and step ids met so far (ids are unique across the story). Undefined when its front matter is
 * broken (its problems are recorded).
 */
function loadSection(
	ctx: CheckContext,
	sectionDir: string,
	refs: StoryRefs,
	seen: { sections: Map<string, string>; steps: Map<string, string> }
): { section: Section; steps: Step[] } | undefined {
	const expectedId = (SECTION_DIR.exec(path.basename(sectionDir)) as RegExpExecArray)[2] as string;
	const sectionFile = path.join(sectionDir, 'index.md');
	const parsed = readStoryFile(
		ctx,
		sectionFile,
		'Every section folder needs an index.md with id, title and chart in its front matter.'
	);
	const meta = parsed
		? ctx.validate(sectionSchema, parsed.data, { file: sectionFile, source: parsed.source })
		: undefined;
	if (parsed) checkProse(ctx, parsed, ['title', 'caption', 'limits'], refs);
	if (meta && meta.id !== expectedId) {
		ctx.problems.add({
			file: ctx.rel(sectionFile),
			line: parsed?.source.lineOf(['id']),
			field: 'id',
			message: `is "${meta.id}", but the folder is named for "${expectedId}"`,
			fix: `Use the same id in both places: rename the folder or write id: ${expectedId}.`
		});
	}
	if (meta) {
		const other = seen.sections.get(meta.id);
		if (other) {
			ctx.problems.add({
				file: ctx.rel(sectionFile),
				field: 'id',
				message: `the section id "${meta.id}" is already used by ${other}`,
				fix: 'Give each section its own id.'
			});
		} else {
			seen.sections.set(meta.id, ctx.rel(sectionFile));
		}
	}

	const stepNames = ordered(
		ctx,
		sectionDir,
		fs.readdirSync(sectionDir, { withFileTypes: true }).flatMap((entry) => {
			if (!entry.isFile() || !entry.name.endsWith('.md') || entry.name === 'index.md') return [];
			const match = STEP_FILE.exec(entry.name);
			if (match) return [{ name: entry.name, order: Number(match[1]) }];
			ctx.problems.add({
				file: ctx.rel(path.join(sectionDir, entry.name)),
				message: 'is not named like a step file',
				fix: 'Name step files <number>-<slug>.md, with a lowercase slug, e.g. 03-storming.md.'
			});
			return [];
		})
	);

	const sectionSteps: Step[] = [];
	const declaredIds: string[] = [];
	for (const { name } of stepNames) {
		const { id, step } = loadStep(ctx, path.join(sectionDir, name), meta, refs, seen.steps);
		if (id !== undefined) declaredIds.push(id);
		if (step) sectionSteps.push(step);
	}
	if (meta && meta.chart !== null && stepNames.length === 0) {
		ctx.problems.add({
			file: ctx.rel(sectionFile),
			field: 'chart',
			message: `section "${meta.id}" shows the ${meta.chart} chart but has no steps`,
			fix: `Add step files named <number>-<slug>.md to ${ctx.rel(sectionDir)}/, or write chart: null.`
		});
	}
	if (meta?.overview !== undefined && !declaredIds.includes(meta.overview)) {
		ctx.problems.add({
			file: ctx.rel(sectionFile),
			line: parsed?.source.lineOf(['overview']),
			field: 'overview',
			message: `"${meta.overview}" is not a step of this section`,
			fix:
				`Use the id of one of the section's steps${suggest(meta.overview, declaredIds)}`.trim() +
				' (or remove it: the first step is the default).'
		});
	}
	if (meta) {
		const section: Section = {
			id: meta.id,
			title: meta.title,
			chart: meta.chart,
			steps: sectionSteps.map((step) => step.id),
			file: ctx.rel(sectionFile)
		};
		if (meta.caption !== undefined) section.caption = meta.caption;
		if (meta.limits !== undefined) section.limits = meta.limits;
		if (meta.overview !== undefined) section.overview = meta.overview;
		return { section, steps: sectionSteps };
	}
	return undefined;
}

/**
 * Loads one step file: its id (when its front matter is valid) and the step (when everything
 * is). `section` is undefined when the section's own front matter is broken.
 */
function loadStep(
	ctx: CheckContext,
	file: string,
	section: { id: string; chart: ChartName | null } | undefined,
	refs: StoryRefs,
	stepFiles: Map<string, string>
): { id?: string; step?: Step } {
	const parsed = readStoryFile(ctx, file, '');
	if (!parsed) return {};
	checkProse(ctx, parsed, ['title', 'graphic'], refs);
	const meta = ctx.validate(stepSchema, parsed.data, { file, source: parsed.source });
	if (!meta) return {};
	const rel = ctx.rel(file);
	const entry = meta.id;
	const other = stepFiles.get(meta.id);
	if (other) {
		ctx.problems.add({
			file: rel,
			line: parsed.source.lineOf(['id']),
			field: 'id',
			message: `the step id "${meta.id}" is already used by ${other}`,
			fix: 'Give each step an id of its own, across the whole story.'
		});
	} else {
		stepFiles.set(meta.id, rel);
	}
	if (!section) return { id: meta.id };

	const state = checkState(ctx, parsed, meta.state, section, refs, entry);
	if (state === false) return { id: meta.id };
	return {
		id: meta.id,
		step: {
			id: meta.id,
			section: section.id,
			title: meta.title,
			graphic: meta.graphic,
			state,
			file: rel
		}
	};
}

/** Reads a `.md` file and parses its front matter, recording problems. */
function readStoryFile(ctx: CheckContext, file: string, missingFix: string): StoryFile | undefined {
	const text = ctx.read(file, missingFix);
	if (text === undefined) return undefined;
	const split = splitFrontMatter(text);
	if (!split.ok) {
		ctx.problems.add({
			file: ctx.rel(file),
			line: 1,
			message: `has no front matter: ${split.reason}`,
			fix: 'Start the file with a line "---", the fields (one per line), then another line "---", then the text.'
		});
		return undefined;
	}
	const source = ctx.yaml(file, split.yaml, split.yamlLine);
	if (source.data === undefined) return undefined;
	return { file, data: source.data ?? {}, source, body: split.body, bodyLine: split.bodyLine };
}

/** Checks the numbers and paragraph references in a file's body and in the given front matter fields. */
function checkProse(ctx: CheckContext, parsed: StoryFile, fields: string[], refs: StoryRefs): void {
	const data = (parsed.data && typeof parsed.data === 'object' ? parsed.data : {}) as Record<string, unknown>;
	const texts: { text: string; line: number; field?: string }[] = [
		{ text: parsed.body, line: parsed.bodyLine }
	];
	for (const field of fields) {
		const value = data[field];
		if (typeof value === 'string') {
			texts.push({ text: value, line: parsed.source.lineOf([field]) ?? 1, field });
		}
	}
	for (const { text, line, field } of texts) {
		const { text: prose, references } = prepareProse(text);
		const lineOf = (relative: number) => (field ? line : line + relative - 1);
		for (const reference of references) {
			if (reference.paragraph >= 1 && reference.paragraph <= refs.paragraphCount) continue;
			if (refs.paragraphCount === 0) continue;
			ctx.problems.add({
				file: ctx.rel(parsed.file),
				line: lineOf(reference.line),
				field,
				message: `refers to paragraph ${reference.paragraph}, but the report has ${refs.paragraphCount}`,
				fix: 'Count the non-empty lines of content/report/article.txt from 1.'
			});
		}
		for (const number of refs.numbers ? findNumbers(prose) : []) {
			if (refs.numbers?.has(number.value)) continue;
			ctx.problems.add({
				file: ctx.rel(parsed.file),
				line: lineOf(number.line),
				field,
				message: `the number ${number.written} is not in the report or in the outside facts`,
				fix: 'Every number written in digits must come from content/report/article.txt, content/data/facts.yaml or content/data/next.yaml: check it against them (an outside fact goes into facts.yaml, with its source, first).'
			});
		}
	}
}

/** Sorts folder entries by their numeric prefix, reporting two entries with the same number. */
function ordered(
	ctx: CheckContext,
	dir: string,
	entries: { name: string; order: number }[]
): { name: string; order: number }[] {
	const sorted = [...entries].sort((a, b) => a.order - b.order || a.name.localeCompare(b.name));
	sorted.forEach((entry, i) => {
		const previous = sorted[i - 1];
		if (previous && previous.order === entry.order) {
			ctx.problems.add({
				file: ctx.rel(path.join(dir, entry.name)),
				message: `has the same number as ${previous.name}, so their order is unclear`,
				fix: 'Renumber the files (or folders) so each number is used once.'
			});
		}
	});
	return sorted;
}
