/**
 * The content loader against a minimal valid content folder (tests/fixtures/content/valid) and
 * against copies of it broken one way at a time: each check must fail with a message that names
 * the file, the entry or field, and says what to do.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, edit, onlyProblem, problemsAfter } from './fixture.test-data';
import { loadContent } from './load';

describe('a valid content folder', () => {
	const { content, files } = loadContent(copyFixture());

	it('numbers paragraphs from the non-empty lines and applies their kinds', () => {
		expect(content.report.paragraphs).toHaveLength(7);
		expect(content.report.paragraphs[0]).toMatchObject({ n: 1, anchor: 'p-1', kind: 'caption' });
		expect(content.report.paragraphs.map((p) => p.kind)).toEqual([
			'caption',
			'body',
			'body',
			'body',
			'head',
			'body',
			'note'
		]);
		expect(content.report.publisher).toBe('Reuters');
		expect(content.report.date).toBe('2020-10-06');
	});

	it('resolves each quote to its paragraph (straight apostrophes match curly ones)', () => {
		const byId = Object.fromEntries(content.events.map((e) => [e.id, e.paragraph]));
		expect(byId).toEqual({
			teargas: 6,
			'white-house-stormed': 3,
			'jeenbekov-calls-calm': 2,
			'jeruy-torched': 4
		});
		expect(content.casualties.map((c) => [c.id, c.count, c.paragraph])).toEqual([
			['killed', 1, 2],
			['wounded', 686, 2]
		]);
		expect(content.mines[0]?.paragraph).toBe(4);
		expect(content.people[0]?.paragraph).toBe(2);
	});

	it('orders sections and steps by their number and adds the chart to each state', () => {
		expect(content.sections.map((s) => [s.id, s.chart, s.steps])).toEqual([
			['intro', null, []],
			['timeline', 'timeline', ['storming']],
			['casualties', 'casualties', ['killed']],
			['mines', 'mines', ['mines-jeruy']]
		]);
		expect(content.sections[3]?.overview).toBe('mines-jeruy');
		expect(content.steps.map((s) => s.state)).toEqual([
			{
				chart: 'timeline',
				focus: ['white-house-stormed'],
				window: ['2020-10-05T12:00', '2020-10-06T12:00']
			},
			{ chart: 'casualties', phase: 'killed' },
			{ chart: 'mines', focus: ['jeruy'], summary: false }
		]);
		expect(content.steps[0]?.file).toBe('content/story/02-timeline/01-storming.md');
		expect(content.sections[0]?.file).toBe('content/story/01-intro/index.md');
		expect(content.story.headline).toBe('A test story');
	});

	it('lists every file it read, for the dev server to watch', () => {
		const names = files.map((f) => f.split(path.sep).slice(-2).join('/'));
		expect(names).toEqual(
			expect.arrayContaining([
				'report/article.txt',
				'report/report.yaml',
				'data/events.yaml',
				'data/next.yaml',
				'story/index.md',
				'02-timeline/01-storming.md',
				'04-mines/index.md'
			])
		);
		expect(files).toHaveLength(17);
	});
});

describe('YAML and field problems', () => {
	it('reports a YAML syntax error with its line', () => {
		const message = onlyProblem((dir) =>
			edit(dir, 'data/people.yaml', '  role: President', '  role: President: of "x')
		);
		expect(message).toContain('content/data/people.yaml, line 3: the YAML cannot be read');
	});

	it('reports a missing field, naming the entry and field', () => {
		const message = onlyProblem((dir) => edit(dir, 'data/people.yaml', '  role: President\n', ''));
		expect(message).toContain('content/data/people.yaml, line 1, entry "jeenbekov", field "role": is missing. Add it.');
	});

	it('reports a wrong type', () => {
		const message = onlyProblem((dir) => edit(dir, 'data/casualties.yaml', 'count: 686', 'count: "686"'));
		expect(message).toContain('entry "wounded", field "count": should be a number, but is "686"');
	});

	it('reports an unknown field (a typo), listing the fields it expected', () => {
		const message = onlyProblem((dir) => edit(dir, 'data/people.yaml', '  role: President', '  roel: President\n  role: President'));
		expect(message).toContain('content/data/people.yaml, line 3, entry "jeenbekov", field "roel": is not a field this file uses (a typo?)');
		expect(message).toContain('the fields here are: id, name, role, quote');
	});

	it('reports a duplicate id in a file', () => {
		const message = onlyProblem((dir) =>
			fs.appendFileSync(
				path.join(dir, 'data/people.yaml'),
				'\n- id: jeenbekov\n  name: Sooronbai Jeenbekov\n  role: President\n  quote: President Sooronbai Jeenbekov\n'
			)
		);
		expect(message).toContain('field "id": the id "jeenbekov" is used twice (first on line 1)');
	});

	it('reports an unknown category, status and part of day, with the allowed values', () => {
		const error = problemsAfter((dir) => {
			edit(dir, 'data/events.yaml', 'category: economy', 'category: mining');
			edit(dir, 'data/mines.yaml', 'status: halted', 'status: stopped');
			edit(dir, 'data/events.yaml', 'part: early-morning', 'part: dawn');
		});
		expect(error.message).toContain(
			'entry "jeruy-torched", field "category": "mining" is not an allowed value. Use one of: election, protest, prisoners, government, economy, international.'
		);
		expect(error.message).toContain(
			'entry "jeruy", field "status": "stopped" is not an allowed value. Use one of: halted, attacked, threatened, operating.'
		);
		expect(error.message).toContain(
			'field "when.part": "dawn" is not an allowed value. Use one of: day, early-morning, morning, afternoon, evening, night.'
		);
		expect(error.problems).toHaveLength(3);
	});

	it('reports a malformed date', () => {
		const message = onlyProblem((dir) => edit(dir, 'data/events.yaml', 'day: "2020-10-05"', 'day: 5 October'));
		expect(message).toContain('entry "teargas", field "when.day": is not a date written as YYYY-MM-DD');
	});

	it('reports a date that is not one of the story days', () => {
		const message = onlyProblem((dir) => edit(dir, 'data/events.yaml', 'day: "2020-10-05"', 'day: "2020-10-07"'));
		expect(message).toContain(`field "when.day": is not one of the story's days. Use one of "2020-10-04" (Sunday), "2020-10-05" (Monday), "2020-10-06" (Tuesday).`);
	});

	it('reports a malformed date-time in a timeline window', () => {
		const message = onlyProblem((dir) =>
			edit(dir, 'story/02-timeline/01-storming.md', '"2020-10-06T12:00"', '"2020-10-06 noon"')
		);
		expect(message).toContain(
			'content/story/02-timeline/01-storming.md, line 7, entry "storming", field "state.window (item 2)": is not a date and time written as YYYY-MM-DDTHH:mm'
		);
	});

	it('reports an inferred time without a note', () => {
		const message = onlyProblem((dir) =>
			edit(dir, 'data/events.yaml', "    note: The report does not say when; it lists this among Tuesday's events.\n", '')
		);
		expect(message).toContain('entry "jeenbekov-calls-calm", field "when.note": is missing: an inferred time needs a note');
	});

	describe("an event's chart label", () => {
		it('reports a missing one, saying what to write', () => {
			const message = onlyProblem((dir) =>
				edit(dir, 'data/events.yaml', '  chartLabel: Teargas and water cannon\n', '')
			);
			expect(message).toContain(
				'content/data/events.yaml, line 1, entry "teargas", field "chartLabel": is missing. Add chartLabel: the event in a few words (at most 30 characters)'
			);
		});

		it('reports an empty one', () => {
			const message = onlyProblem((dir) =>
				edit(dir, 'data/events.yaml', 'chartLabel: Teargas and water cannon', 'chartLabel: "  "')
			);
			expect(message).toContain('entry "teargas", field "chartLabel": is empty.');
		});

		it('reports one too long to show whole, with its length and the limit', () => {
			const long = 'Police use teargas and water cannon on thousands';
			const message = onlyProblem((dir) =>
				edit(dir, 'data/events.yaml', 'chartLabel: Teargas and water cannon', `chartLabel: ${long}`)
			);
			expect(message).toContain(
				`content/data/events.yaml, line 3, entry "teargas", field "chartLabel": is ${long.length} characters long, more than the 30 the timeline can show whole on a phone. Shorten it to a few words`
			);
		});

		it('accepts exactly 30 characters, counting a curly apostrophe as one', () => {
			const label = 'Opposition takes most of gov’t';
			expect([...label]).toHaveLength(30);
			const dir = copyFixture();
			edit(dir, 'data/events.yaml', 'chartLabel: Teargas and water cannon', `chartLabel: ${label}`);
			const { content } = loadContent(dir);
			expect(content.events.find((e) => e.id === 'teargas')?.chartLabel).toBe(label);
		});
	});

	it('reports a missing data file', () => {
		const message = onlyProblem((dir) => fs.rmSync(path.join(dir, 'data/next.yaml')));
		expect(message).toContain('content/data/next.yaml: the file is missing');
	});

	it('reports every problem at once, not just the first', () => {
		const error = problemsAfter((dir) => {
			edit(dir, 'data/people.yaml', '  role: President\n', '');
			edit(dir, 'data/events.yaml', 'category: economy', 'category: mining');
			edit(dir, 'story/03-casualties/01-killed.md', 'phase: killed', 'phase: dead');
		});
		expect(error.problems).toHaveLength(3);
		expect(error.message).toMatch(/^The story content has 3 problems/);
		expect(error.message).toMatch(/\n1\. .*\n2\. .*\n3\. /);
	});
});

describe('provenance: quotes must be in the report', () => {
	it('rejects words that are not in the report and shows where they stop matching', () => {
		const message = onlyProblem((dir) =>
			edit(dir, 'data/events.yaml', 'police used teargas and water cannon', 'police used tear gas and water cannon')
		);
		expect(message).toContain(
			'content/data/events.yaml, line 11, entry "teargas", field "quote": these words are not in the report: "Trouble erupted on Monday after police used tear gas and water cannon"'
		);
		expect(message).toContain('matches up to "Trouble erupted on Monday after police used", then the report has "teargas and water cannon');
		expect(message).toContain('Copy the words exactly from content/report/article.txt (straight or curly quotes are fine).');
	});

	it('treats capitals as different words', () => {
		const message = onlyProblem((dir) =>
			edit(dir, 'data/people.yaml', 'quote: President Sooronbai', 'quote: president Sooronbai')
		);
		expect(message).toContain('these words are not in the report: "president Sooronbai Jeenbekov" (paragraph 2 has these words with different capitals');
	});

	it('treats punctuation as significant', () => {
		const message = onlyProblem((dir) =>
			edit(dir, 'data/mines.yaml', 'quote: second-largest gold deposit Jeruy', 'quote: second largest gold deposit Jeruy')
		);
		expect(message).toContain('entry "jeruy", field "quote": these words are not in the report');
	});

	it('accepts a quote broken over lines (whitespace is collapsed)', () => {
		const dir = copyFixture();
		edit(dir, 'data/people.yaml', 'quote: President Sooronbai Jeenbekov', 'quote: >-\n    President   Sooronbai\n    Jeenbekov');
		expect(loadContent(dir).content.people[0]?.paragraph).toBe(2);
	});

	it('asks for more words when a quote occurs in two paragraphs', () => {
		const message = onlyProblem((dir) => edit(dir, 'data/mines.yaml', 'quote: second-largest gold deposit Jeruy', 'quote: on Monday'));
		expect(message).toContain('entry "jeruy", field "quote": these words occur in more than one paragraph (1, 6): "on Monday". Copy a few more words');
	});
});

