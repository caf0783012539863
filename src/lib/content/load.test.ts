/**
 * The content loader against a minimal valid content folder (tests/fixtures/content/valid) and
 * against copies of it broken one way at a time: each check must fail with a message that names
 * the file, the entry or field, and says what to do.
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

/** A fresh copy of the valid fixture, as `<tmp>/content`, so relative paths read `content/...`. */
function copyFixture(): string {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-test-'));
	temps.push(root);
	const dir = path.join(root, 'content');
	fs.cpSync(VALID, dir, { recursive: true });
	return dir;
}

/** Replaces `from` with `to` in one file of the copy; fails loudly if `from` is not there. */
function edit(dir: string, file: string, from: string, to: string): void {
	const full = path.join(dir, file);
	const text = fs.readFileSync(full, 'utf8');
	if (!text.includes(from)) throw new Error(`test setup: "${from}" is not in ${file}`);
	fs.writeFileSync(full, text.replace(from, to));
}

/** Loads a broken copy and returns the ContentError (fails the test if it loads). */
function problemsAfter(change: (dir: string) => void): ContentError {
	const dir = copyFixture();
	change(dir);
	try {
		loadContent(dir);
	} catch (error) {
		if (error instanceof ContentError) return error;
		throw error;
	}
	throw new Error('expected the content to be rejected, but it loaded');
}

/** The message for a single change, asserting it is the only problem. */
function onlyProblem(change: (dir: string) => void): string {
	const error = problemsAfter(change);
	expect(error.problems, error.message).toHaveLength(1);
	return error.message;
}

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
				'content/corrections.yaml',
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
			'entry "jeruy", field "status": "stopped" is not an allowed value. Use one of: halted, attempted-attack-repelled, apparent-break-in, threatened, operating.'
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

describe('cross-references', () => {
	it('rejects an event naming an unknown person', () => {
		const message = onlyProblem((dir) => edit(dir, 'data/events.yaml', 'people: [jeenbekov]', 'people: [jeenbekow]'));
		expect(message).toContain('entry "jeenbekov-calls-calm", field "people (item 1)": "jeenbekow" is not an id in content/data/people.yaml');
		expect(message).toContain('Did you mean "jeenbekov"?');
	});

	it('rejects a mine naming an unknown event', () => {
		const message = onlyProblem((dir) => edit(dir, 'data/mines.yaml', 'events: [jeruy-torched]', 'events: [jeruy-burned]'));
		expect(message).toContain('entry "jeruy", field "events (item 1)": "jeruy-burned" is not an id in content/data/events.yaml');
	});

	it('rejects a position whose fact is not in facts.yaml', () => {
		const message = onlyProblem((dir) => edit(dir, 'data/mines.yaml', 'fact: pos-jeruy', 'fact: pos-talas'));
		expect(message).toContain('entry "jeruy", field "position.fact": "pos-talas" is not an id in content/data/facts.yaml');
	});

	it('rejects a position outside Kyrgyzstan (swapped lat and lon)', () => {
		const message = onlyProblem((dir) => {
			edit(dir, 'data/mines.yaml', 'lat: 42.4', 'lat: 72.8');
			edit(dir, 'data/mines.yaml', 'lon: 72.8', 'lon: 42.4');
		});
		expect(message).toContain('field "position": 72.8 N, 42.4 E is outside Kyrgyzstan');
	});

	it('rejects a timeline step focusing an unknown event', () => {
		const message = onlyProblem((dir) =>
			edit(dir, 'story/02-timeline/01-storming.md', 'focus: [white-house-stormed]', 'focus: [white-house-storming]')
		);
		expect(message).toContain(
			'content/story/02-timeline/01-storming.md, line 6, entry "storming", field "state.focus (item 1)": "white-house-storming" is not an id in content/data/events.yaml'
		);
	});

	it('rejects a mines step focusing an unknown mine', () => {
		const message = onlyProblem((dir) => edit(dir, 'story/04-mines/01-jeruy.md', 'focus: [jeruy]', 'focus: [kumtor]'));
		expect(message).toContain('field "state.focus (item 1)": "kumtor" is not an id in content/data/mines.yaml');
	});

	it('rejects a timeline window whose start is not before its end', () => {
		const message = onlyProblem((dir) =>
			edit(dir, 'story/02-timeline/01-storming.md', '["2020-10-05T12:00", "2020-10-06T12:00"]', '["2020-10-06T12:00", "2020-10-05T12:00"]')
		);
		expect(message).toContain('field "state.window": starts at 2020-10-06T12:00, which is not before its end, 2020-10-05T12:00');
	});

	it("rejects a step whose state does not match its section's chart", () => {
		const message = onlyProblem((dir) =>
			edit(dir, 'story/03-casualties/01-killed.md', 'phase: killed', 'focus: [jeruy]\n  summary: true')
		);
		expect(message).toContain(
			'content/story/03-casualties/01-killed.md, line 5, entry "killed", field "state": is a mines state, but section "casualties" shows the casualties chart'
		);
	});

	it('rejects a step that writes the chart itself', () => {
		const message = onlyProblem((dir) => edit(dir, 'story/03-casualties/01-killed.md', 'phase: killed', 'phase: killed\n  chart: casualties'));
		expect(message).toContain('field "state.chart": is not a field this file uses (a typo?). Remove it: a step takes its chart from its section.');
	});

	it('rejects a state in a section without a chart', () => {
		const message = onlyProblem((dir) => {
			fs.writeFileSync(
				path.join(dir, 'story/01-intro/01-note.md'),
				'---\nid: note\ntitle: A note\ngraphic: Nothing.\nstate:\n  phase: killed\n---\n\nText.\n'
			);
		});
		expect(message).toContain('content/story/01-intro/01-note.md, line 5, entry "note", field "state": is set, but section "intro" has no chart (chart: null)');
	});

	it('rejects a section with a chart but no steps', () => {
		const message = onlyProblem((dir) => fs.rmSync(path.join(dir, 'story/03-casualties/01-killed.md')));
		expect(message).toContain('content/story/03-casualties/index.md, field "chart": section "casualties" shows the casualties chart but has no steps');
	});

	it('rejects the same step id used in two sections', () => {
		const message = onlyProblem((dir) =>
			fs.writeFileSync(
				path.join(dir, 'story/03-casualties/02-wounded.md'),
				'---\nid: storming\ntitle: Wounded\ngraphic: The marks fill in.\nstate:\n  phase: wounded\n---\n\n686 wounded.\n'
			)
		);
		expect(message).toContain('content/story/03-casualties/02-wounded.md, line 2, field "id": the step id "storming" is already used by content/story/02-timeline/01-storming.md');
	});

	it('rejects an overview that is not a step of its section', () => {
		const message = onlyProblem((dir) => edit(dir, 'story/04-mines/index.md', 'overview: mines-jeruy', 'overview: storming'));
		expect(message).toContain('field "overview": "storming" is not a step of this section');
	});

	it('rejects a section folder whose id differs from its front matter', () => {
		const message = onlyProblem((dir) => edit(dir, 'story/02-timeline/index.md', 'id: timeline', 'id: three-days'));
		expect(message).toContain('content/story/02-timeline/index.md, line 2, field "id": is "three-days", but the folder is named for "timeline"');
	});

	it('rejects two step files with the same number', () => {
		const message = onlyProblem((dir) =>
			fs.writeFileSync(
				path.join(dir, 'story/02-timeline/01-again.md'),
				'---\nid: again\ntitle: Again\ngraphic: Nothing new.\nstate:\n  focus: []\n  window: null\n---\n\nText.\n'
			)
		);
		expect(message).toContain('content/story/02-timeline/01-storming.md: has the same number as 01-again.md, so their order is unclear');
	});

	it('fails when the story is missing', () => {
		const error = problemsAfter((dir) => fs.rmSync(path.join(dir, 'story'), { recursive: true }));
		expect(error.message).toContain('content/story/index.md: the file is missing');
	});

	it('rejects a step file without front matter', () => {
		const message = onlyProblem((dir) => fs.writeFileSync(path.join(dir, 'story/03-casualties/01-killed.md'), 'One person was killed.\n'));
		expect(message).toContain('content/story/03-casualties/01-killed.md, line 1: has no front matter');
	});
});

describe('numbers in the prose', () => {
	it('rejects a number in a step body that is in neither the report nor the facts, with its line', () => {
		const message = onlyProblem((dir) =>
			edit(dir, 'story/02-timeline/01-storming.md', 'Early on Tuesday,', 'Early on Tuesday, at about 4 a.m.,')
		);
		expect(message).toContain('content/story/02-timeline/01-storming.md, line 10: the number 4 is not in the report or in the outside facts');
	});

	it('rejects a number in front matter text, naming the field', () => {
		const message = onlyProblem((dir) => edit(dir, 'story/02-timeline/index.md', 'title: Three days', 'title: 72 hours'));
		expect(message).toContain('content/story/02-timeline/index.md, line 3, field "title": the number 72 is not in the report or in the outside facts');
	});

	it('accepts numbers from the report, facts.yaml and next.yaml, and ignores the file-name prefixes', () => {
		const dir = copyFixture();
		edit(dir, 'story/02-timeline/01-storming.md', 'Early on Tuesday,', 'On 6 October 2020 (686 wounded; 14 October 2020 next; 42.4 N),');
		expect(() => loadContent(dir)).not.toThrow();
	});

	it('checks paragraph references against the report', () => {
		const message = onlyProblem((dir) => edit(dir, 'story/01-intro/index.md', '([paragraph 2](#p-2))', '([paragraph 2](#p-9))'));
		expect(message).toContain('content/story/01-intro/index.md, line 7: refers to paragraph 9, but the report has 7');
	});
});

describe('citations: every outside fact names a source a standards desk would accept', () => {
	const FACT = 'data/facts.yaml';
	const NEXT = 'data/next.yaml';

	it('derives the plain-text source line from the citations, and keeps them whole', () => {
		const { content } = loadContent(copyFixture());
		const fact = content.facts.find((f) => f.id === 'date-tuesday');
		expect(fact?.citations).toEqual([
			{
				outlet: 'National Post',
				republishes: 'Reuters',
				date: '2020-10-06',
				title: 'Kyrgyzstan on edge of chaos after opposition storms government buildings',
				url: 'https://nationalpost.com/pmn/news-pmn/kyrgyzstan-on-edge-of-chaos-after-opposition-storms-government-buildings-2',
				note: "the report's own date"
			}
		]);
		expect(fact?.source).toBe(
			"Reuters, “Kyrgyzstan on edge of chaos after opposition storms government buildings”, 6 October 2020, republished by National Post"
		);
		expect(content.next[0]?.source).toBe('US News, 15 October 2020, republished by Islam Times');
	});

	it('rejects a citation without an outlet', () => {
		const message = onlyProblem((dir) => edit(dir, NEXT, '    - outlet: Islam Times\n      republishes', '    - republishes'));
		expect(message).toContain('content/data/next.yaml, line 5, entry "zhaparov-prime-minister", field "citations (item 1).outlet": is missing. Add it.');
	});

	it('rejects a report without its date of publication', () => {
		const message = onlyProblem((dir) => edit(dir, NEXT, '      date: "2020-10-15"\n', ''));
		expect(message).toContain('content/data/next.yaml, line 5, entry "zhaparov-prime-minister", field "citations (item 1).date": is missing: a report needs the date it was published. Add date: "YYYY-MM-DD"');
	});

	it('rejects a date that is not written as YYYY-MM-DD', () => {
		const message = onlyProblem((dir) => edit(dir, NEXT, 'date: "2020-10-15"', 'date: 15 Oct 2020'));
		expect(message).toContain('field "citations (item 1).date": is not a date written as YYYY-MM-DD. Write the date the source was published');
	});

	it('rejects a bare site name as the outlet', () => {
		const message = onlyProblem((dir) => edit(dir, NEXT, 'outlet: Islam Times', 'outlet: pledgetimes.com'));
		expect(message).toContain('content/data/next.yaml, line 5, entry "zhaparov-prime-minister", field "citations (item 1).outlet": is a bare site name, not the name of an outlet. Write the name of an outlet');
	});

	it('rejects a bare site name as the original outlet of a republication', () => {
		const message = onlyProblem((dir) => edit(dir, NEXT, 'republishes: US News', 'republishes: www.usnews.com/'));
		expect(message).toContain('field "citations (item 1).republishes": is a bare site name');
	});

	it('rejects an address without a path (a whole site, not the page)', () => {
		const message = onlyProblem((dir) => edit(dir, NEXT, 'url: https://islamtimes.org/en/news/892202', 'url: https://islamtimes.org/'));
		expect(message).toContain('content/data/next.yaml, line 8, entry "zhaparov-prime-minister", field "citations (item 1).url": is the address of a whole site, not of the page that says this. Link the article or entry itself');
	});

	it('rejects an address without its scheme', () => {
		const message = onlyProblem((dir) => edit(dir, NEXT, 'url: https://islamtimes.org/en/news/892202', 'url: islamtimes.org/en/news/892202'));
		expect(message).toContain('field "citations (item 1).url": is not a full web address. Write the whole address, starting with https://');
	});

	it('rejects a dash as the outlet', () => {
		const message = onlyProblem((dir) => edit(dir, FACT, 'outlet: Wikipedia', 'outlet: —'));
		expect(message).toContain('content/data/facts.yaml, line 16, entry "pos-jeruy", field "citations (item 1).outlet": is a dash, not the name of an outlet. A dash is not a source.');
	});

	it('rejects a dash instead of citations (and the map position that rests on it)', () => {
		const { message } = problemsAfter((dir) =>
			edit(dir, FACT, '  citations:\n    - outlet: Wikipedia\n      kind: reference\n      title: Talas Region\n', '  citations: —\n')
		);
		expect(message).toContain('entry "jeruy", field "position.fact": the fact "pos-jeruy" has no citations');
		expect(message).toContain('content/data/facts.yaml, line 15, entry "pos-jeruy", field "citations": should be a list of citations, but is "—". Write each source on its own lines, starting "- outlet:". A dash is not a source: if nobody can be cited, remove the entry.');
	});

	it('rejects an empty list of citations', () => {
		const { message } = problemsAfter((dir) =>
			edit(dir, FACT, '  citations:\n    - outlet: Wikipedia\n      kind: reference\n      title: Talas Region\n', '  citations: []\n')
		);
		expect(message).toContain('entry "pos-jeruy", field "citations": has no citations. Add at least one');
	});

	it('rejects the old one-line source, saying where it goes now', () => {
		const error = problemsAfter((dir) =>
			edit(dir, FACT, '  citations:\n    - outlet: Wikipedia\n      kind: reference\n      title: Talas Region\n', '  source: alliance-altyn.com; Reuters\n')
		);
		expect(error.message).toContain('entry "pos-jeruy", field "citations": is missing.');
		expect(error.message).toContain('entry "pos-jeruy", field "source": is not a field this file uses (a typo?). A source is now written as citations');
		expect(error.message).toContain('entry "jeruy", field "position.fact": the fact "pos-jeruy" has no citations');
		expect(error.problems).toHaveLength(3);
	});

	it('rejects two outlets run together with "via"', () => {
		const message = onlyProblem((dir) => edit(dir, NEXT, 'outlet: Islam Times', 'outlet: US News via Islam Times'));
		expect(message).toContain('field "citations (item 1).outlet": names two outlets. Write the outlet whose page you cite in outlet, and the outlet whose report it republishes in republishes');
	});

	it('rejects a reference work without the title of its entry', () => {
		const message = onlyProblem((dir) => edit(dir, FACT, '      title: Talas Region\n', ''));
		expect(message).toContain('entry "pos-jeruy", field "citations (item 1).title": is missing: a reference work needs the title of its entry');
	});

	it('accepts a reference work without a date, but not a report', () => {
		const message = onlyProblem((dir) => edit(dir, FACT, '      kind: reference\n', ''));
		expect(message).toContain('entry "pos-jeruy", field "citations (item 1).date": is missing: a report needs the date it was published');
	});
});

describe('say no more than the sources', () => {
	const FACT = 'data/facts.yaml';
	const CITATIONS = '  citations:\n    - outlet: Wikipedia\n      kind: reference\n      title: Talas Region\n';
	/** Kyrgyzaltyn's two sentences from the real report, added as paragraph 8 of the copy. */
	const KYRGYZALTYN =
		'\nState-owned gold miner Kyrgyzaltyn said it had repelled an attempted attack on its office. Another group appeared to have broken into its gold refinery.';
	const refinery = (status: string) =>
		`\n- id: refinery\n  name: Kyrgyzaltyn gold refinery\n  operator: Kyrgyzaltyn (state-owned)\n  operatorCountry: Kyrgyzstan\n  mineral: gold\n  happened: Another group appeared to have broken in.\n  status: ${status}\n  position: null\n  events: []\n  quote: Another group appeared to have broken into its gold refinery.\n`;
	const addRefinery = (dir: string, status: string) => {
		fs.appendFileSync(path.join(dir, 'report/article.txt'), KYRGYZALTYN);
		fs.appendFileSync(path.join(dir, 'data/mines.yaml'), refinery(status));
	};

	describe('a map position needs a cited source', () => {
		it('rejects a position whose fact has no citations, at the position', () => {
			const { message } = problemsAfter((dir) => edit(dir, FACT, CITATIONS, ''));
			expect(message).toContain(
				'content/data/mines.yaml, line 13, entry "jeruy", field "position.fact": the fact "pos-jeruy" has no citations, so this position on the map has no source. Give the fact "pos-jeruy" in content/data/facts.yaml its citations'
			);
		});

		it('leaves a site without a position alone (it is listed beside the map)', () => {
			const error = problemsAfter((dir) => {
				edit(dir, 'data/mines.yaml', '  position:\n    lat: 42.4\n    lon: 72.8\n    approximate: true\n    note: An approximate point in Talas region.\n    fact: pos-jeruy\n', '  position: null\n');
				edit(dir, FACT, CITATIONS, '');
			});
			expect(error.problems).toHaveLength(1);
			expect(error.message).toContain('content/data/facts.yaml, line 12, entry "pos-jeruy", field "citations": is missing');
		});
	});

	describe('a status keeps its quote’s hedge', () => {
		it('rejects a hedged status whose quote lacks the hedge', () => {
			const message = onlyProblem((dir) => edit(dir, 'data/mines.yaml', 'status: halted', 'status: attempted-attack-repelled'));
			expect(message).toContain(
				'content/data/mines.yaml, line 7, entry "jeruy", field "status": is "attempted-attack-repelled", which says "attempted", but the quote does not. Quote the words of the report that carry "attempted"'
			);
		});

		it('rejects an unhedged status for a quote that hedges ("appeared")', () => {
			const message = onlyProblem((dir) => addRefinery(dir, 'halted'));
			expect(message).toContain(
				'entry "refinery", field "status": is "halted", but the quote hedges ("appeared"): the status would say more than the report. Use the status that keeps the hedge (apparent-break-in)'
			);
		});

		it('rejects the other hedge (an "attempted" status for an "appeared" quote)', () => {
			const message = onlyProblem((dir) => addRefinery(dir, 'attempted-attack-repelled'));
			expect(message).toContain('entry "refinery", field "status": is "attempted-attack-repelled", which says "attempted", but the quote does not');
		});

		it('accepts the status that keeps the hedge', () => {
			const dir = copyFixture();
			addRefinery(dir, 'apparent-break-in');
			expect(loadContent(dir).content.mines.find((m) => m.id === 'refinery')?.status).toBe('apparent-break-in');
		});
	});

	describe('a part of the day needs its quote or a cited fact', () => {
		it('rejects a part the quote does not give, with no fact cited', () => {
			const message = onlyProblem((dir) => edit(dir, 'data/events.yaml', '    part: day\n    label: on Monday', '    part: evening\n    label: on Monday'));
			expect(message).toContain(
				'content/data/events.yaml, line 7, entry "teargas", field "when.part": is "evening", but the quote does not say so ("evening", "late on") and no fact is cited for the time. Use part: day when the report gives only the day.'
			);
		});

		it('rejects a part that the cited fact does not give either', () => {
			const message = onlyProblem((dir) =>
				edit(dir, 'data/events.yaml', '    part: day\n    label: on Monday\n    inferred: false', '    part: night\n    label: on Monday\n    inferred: false\n    fact: date-tuesday')
			);
			expect(message).toContain('entry "teargas", field "when.part": is "night", but neither the quote nor the fact "date-tuesday" says so');
		});

		it('rejects an unknown fact id', () => {
			const message = onlyProblem((dir) =>
				edit(dir, 'data/events.yaml', '    part: day\n    label: on Monday\n    inferred: false', '    part: day\n    label: on Monday\n    inferred: false\n    fact: late-monday')
			);
			expect(message).toContain('entry "teargas", field "when.fact": "late-monday" is not an id in content/data/facts.yaml');
		});

		it('accepts a part given by a cited fact ("late on")', () => {
			const dir = copyFixture();
			edit(dir, FACT, 'value: Tuesday 6 October 2020', 'value: Tuesday 6 October 2020; the crowd came late on Tuesday');
			edit(dir, 'data/events.yaml', '    part: day\n    label: Tuesday (time not given)', '    part: evening\n    label: late on Tuesday\n    fact: date-tuesday');
			const event = loadContent(dir).content.events.find((e) => e.id === 'jeenbekov-calls-calm');
			expect(event?.when).toMatchObject({ part: 'evening', fact: 'date-tuesday' });
		});
	});

	it('rejects a person linked to an event whose paragraph does not name them', () => {
		const message = onlyProblem((dir) =>
			edit(dir, 'data/events.yaml', '    label: early on Tuesday\n    inferred: false\n  people: []', '    label: early on Tuesday\n    inferred: false\n  people: [jeenbekov]')
		);
		expect(message).toContain(
			'content/data/events.yaml, line 22, entry "white-house-stormed", field "people (item 1)": "jeenbekov" is linked to this event, but paragraph 3 of the report does not name Sooronbai Jeenbekov (looked for "Sooronbai Jeenbekov", "Jeenbekov"). Remove "jeenbekov" from people'
		);
	});
});

describe('the corrections log', () => {
	const LOG = 'corrections.yaml';

	it('loads each correction with its date, what changed and why', () => {
		const { content } = loadContent(copyFixture());
		expect(content.corrections).toEqual([
			{
				date: '2026-12-08',
				what: 'The map now says "apparent break-in" for the refinery, not "attacked".',
				why: 'The report says only that a group appeared to have broken in.'
			}
		]);
	});

	it('rejects a correction without a date, saying what to write', () => {
		const message = onlyProblem((dir) => edit(dir, LOG, '- date: "2026-12-08"\n  what:', '- what:'));
		expect(message).toContain(
			'content/corrections.yaml, line 1, entry "correction 1", field "date": is missing: every correction needs the date it was made. Add date: "YYYY-MM-DD"'
		);
	});

	it('rejects a correction without a reason', () => {
		const message = onlyProblem((dir) =>
			edit(dir, LOG, '  why: The report says only that a group appeared to have broken in.\n', '')
		);
		expect(message).toContain(
			'content/corrections.yaml, line 1, entry "correction 1 (2026-12-08)", field "why": is missing: every correction needs its reason. Add why:'
		);
	});

	it('rejects an empty reason and a date not written as YYYY-MM-DD', () => {
		const error = problemsAfter((dir) => {
			edit(dir, LOG, 'date: "2026-12-08"', 'date: 8 December 2026');
			edit(dir, LOG, 'why: The report says only that a group appeared to have broken in.', 'why: ""');
		});
		expect(error.message).toContain('entry "correction 1 (8 December 2026)", field "date": is not a date written as YYYY-MM-DD');
		expect(error.message).toContain('field "why": is empty');
		expect(error.problems).toHaveLength(2);
	});

	it('reports a missing log', () => {
		const message = onlyProblem((dir) => fs.rmSync(path.join(dir, LOG)));
		expect(message).toContain('content/corrections.yaml: the file is missing. Create content/corrections.yaml');
	});
});

describe('report.yaml kinds', () => {
	it('rejects a paragraph number beyond the report', () => {
		const message = onlyProblem((dir) => edit(dir, 'report/report.yaml', 'paragraph: 7', 'paragraph: 32'));
		expect(message).toContain('content/report/report.yaml, line 15, entry "kinds (item 3)", field "paragraph": there is no paragraph 32: the report has 7');
	});

	it('rejects first words that do not match the numbered paragraph', () => {
		const message = onlyProblem((dir) => edit(dir, 'report/report.yaml', 'paragraph: 5', 'paragraph: 6'));
		expect(message).toContain('field "startsWith": paragraph 6 starts "Trouble erupted on Monday after police used teargas and wate…", not "Contested vote"');
	});
});

describe('the real content folder', () => {
	it('loads without problems', () => {
		const dir = path.resolve('content');
		expect(fs.existsSync(path.join(dir, 'story', 'index.md')), 'content/story/index.md must exist').toBe(true);
		let result: ReturnType<typeof loadContent> | undefined;
		try {
			result = loadContent(dir);
		} catch (error) {
			throw new Error(error instanceof ContentError ? error.message : String(error), {
				cause: error
			});
		}
		const { content } = result;
		expect(content.report.paragraphs).toHaveLength(32);
		expect(content.events).toHaveLength(25);
		expect(content.sections.length).toBeGreaterThan(0);
		expect(content.steps.length).toBeGreaterThan(0);
	});
});
