/**
 * Teacher's notes: the real notes load and cite their sources; a copy of the minimal valid fixture
 * with a notes folder added is accepted, and each way of breaking a notes file is reported with
 * the file, the field and a fix. Without a notes folder nothing changes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from './errors';
import { loadContent } from './load';

const VALID = path.resolve('tests/fixtures/content/valid');
const temps: string[] = [];

afterEach(() => {
	for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Valid notes for the fixture's timeline section. */
const GOOD = `questions:
  - Why does the timeline draw spans?
facts:
  - text: Protesters stormed the White House early on Tuesday.
    quote: "stormed the main government building, known as the White House, early on Tuesday"
  - text: The report's Tuesday is 6 October 2020.
    fact: date-tuesday
`;

/** A copy of the valid fixture with `files` written into its `notes/` folder. */
function fixtureWith(files: Record<string, string>): string {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'notes-test-'));
	temps.push(root);
	const dir = path.join(root, 'content');
	fs.cpSync(VALID, dir, { recursive: true });
	fs.mkdirSync(path.join(dir, 'notes'));
	for (const [name, text] of Object.entries(files)) {
		fs.writeFileSync(path.join(dir, 'notes', name), text);
	}
	return dir;
}

/** The problems reported for `files` (fails the test if they load). */
function problemsWith(files: Record<string, string>): string {
	try {
		loadContent(fixtureWith(files));
	} catch (error) {
		if (error instanceof ContentError) return error.message;
		throw error;
	}
	throw new Error('expected the notes to be rejected, but they loaded');
}

describe('the real notes', () => {
	const { content } = loadContent(path.resolve('content'));

	it('exist for every section that has slides, in story order', () => {
		const withSteps = content.sections.filter((s) => s.steps.length > 0).map((s) => s.id);
		expect(content.notes?.map((n) => n.section)).toEqual(withSteps);
	});

	it('cite a real paragraph or a known outside fact for every key fact', () => {
		const factIds = new Set(content.facts.map((f) => f.id));
		for (const notes of content.notes ?? []) {
			expect(notes.questions.length).toBeGreaterThan(0);
			for (const fact of notes.facts) {
				if ('paragraph' in fact) {
					const paragraph = content.report.paragraphs[fact.paragraph - 1];
					const squash = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');
					expect(squash(paragraph?.text ?? '')).toContain(squash(fact.quote));
				} else {
					expect(factIds.has(fact.fact)).toBe(true);
				}
			}
		}
	});
});

describe('notes in a copy of the valid fixture', () => {
	it('load without a notes folder, leaving content.notes absent', () => {
		const { content } = loadContent(VALID);
		expect(content.notes).toBeUndefined();
	});

	it('load, resolving quotes to paragraphs', () => {
		const { content, files } = loadContent(fixtureWith({ 'timeline.yaml': GOOD }));
		expect(content.notes).toEqual([
			{
				section: 'timeline',
				questions: ['Why does the timeline draw spans?'],
				facts: [
					{
						text: 'Protesters stormed the White House early on Tuesday.',
						quote: 'stormed the main government building, known as the White House, early on Tuesday',
						paragraph: 3
					},
					{ text: "The report's Tuesday is 6 October 2020.", fact: 'date-tuesday' }
				]
			}
		]);
		expect(files.some((f) => f.endsWith(path.join('notes', 'timeline.yaml')))).toBe(true);
	});

	it('reject a file named after no section, suggesting the nearest', () => {
		const message = problemsWith({ 'timline.yaml': GOOD });
		expect(message).toContain('content/notes/timline.yaml');
		expect(message).toContain('"timline" is not a section of the story');
		expect(message).toContain('Did you mean "timeline"?');
	});

	it('reject notes for a section without slides', () => {
		const message = problemsWith({ 'intro.yaml': GOOD });
		expect(message).toContain('has no scroll steps');
	});

	it('reject a quote that is not in the report', () => {
		const message = problemsWith({
			'timeline.yaml': GOOD.replace('early on Tuesday"', 'late on Tuesday"')
		});
		expect(message).toContain('content/notes/timeline.yaml, line 5');
		expect(message).toContain('these words are not in the report');
	});

	it('reject an unknown outside fact id', () => {
		const message = problemsWith({ 'timeline.yaml': GOOD.replace('date-tuesday', 'date-tusday') });
		expect(message).toContain('field "facts (item 2).fact"');
		expect(message).toContain('Did you mean "date-tuesday"?');
	});

	it('reject a fact with no source, or with two', () => {
		const none = problemsWith({
			'timeline.yaml': GOOD.replace('    fact: date-tuesday\n', '')
		});
		expect(none).toContain('needs exactly one source');
		const both = problemsWith({
			'timeline.yaml': GOOD.replace(
				'    fact: date-tuesday\n',
				'    fact: date-tuesday\n    quote: "Contested vote"\n'
			)
		});
		expect(both).toContain('needs exactly one source');
	});

	it('reject a number that is in neither the report nor the outside facts', () => {
		const message = problemsWith({
			'timeline.yaml': GOOD.replace('Why does the timeline', 'Why do 12 timelines')
		});
		expect(message).toContain('field "questions (item 1)"');
		expect(message).toContain('the number 12 is not in the report or in the outside facts');
	});

	it('reject unknown fields and empty lists', () => {
		expect(problemsWith({ 'timeline.yaml': GOOD + 'answers: []\n' })).toContain(
			'is not a field this file uses'
		);
		expect(
			problemsWith({
				'timeline.yaml': GOOD.replace('  - Why does the timeline draw spans?\n', '').replace(
					'questions:\n',
					'questions: []\n'
				)
			})
		).toContain('has no questions');
	});

	it('reject a file that is not YAML notes', () => {
		expect(problemsWith({ 'timeline.txt': 'hello' })).toContain('is not a notes file');
	});
});
