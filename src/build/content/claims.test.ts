/**
 * The standards desk's checks (issue 28): the data say no more than their sources, and the
 * corrections log has a date and a reason for every entry. Each failure names the file, the
 * entry or field, and says what to do.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, edit, onlyProblem, problemsAfter } from './fixture.test-data';
import { loadContent } from './load';

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
