/**
 * The content loader's checks across files (cross-references, numbers in the prose, citations,
 * the report's paragraph kinds) and the real content folder: each failure names the file, the
 * entry or field, and says what to do.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, edit, onlyProblem, problemsAfter } from './fixture.test-data';
import { ContentError } from './errors';
import { loadContent } from './load';

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

	it('rejects a dash instead of citations', () => {
		const message = onlyProblem((dir) =>
			edit(dir, FACT, '  citations:\n    - outlet: Wikipedia\n      kind: reference\n      title: Talas Region\n', '  citations: —\n')
		);
		expect(message).toContain('content/data/facts.yaml, line 15, entry "pos-jeruy", field "citations": should be a list of citations, but is "—". Write each source on its own lines, starting "- outlet:". A dash is not a source: if nobody can be cited, remove the entry.');
	});

	it('rejects an empty list of citations', () => {
		const message = onlyProblem((dir) =>
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
		expect(error.problems).toHaveLength(2);
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
