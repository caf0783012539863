/**
 * The corrections log (content/corrections.yaml) against the valid fixture and copies of it broken
 * one way at a time: an entry without a date or a reason must stop the build with a message that
 * names the file, the line and the entry, and says what to write.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, edit, onlyProblem } from './fixture.test-data';
import { loadContent } from './load';

const FILE = 'corrections.yaml';

describe('the corrections log', () => {
	it('loads every entry, newest first', () => {
		const { content, files } = loadContent(copyFixture());
		expect(content.corrections.map((c) => c.date)).toEqual(['2026-12-08', '2026-11-02']);
		expect(content.corrections[0]).toEqual({
			date: '2026-12-08',
			what: "The timeline draws the speaker's election across Tuesday.",
			why: 'The report says he was quoted on Tuesday evening, not elected then.'
		});
		expect(files.some((f) => f.endsWith(`content${path.sep}${FILE}`))).toBe(true);
	});

	it('keeps the file’s order for entries of the same day', () => {
		const dir = copyFixture();
		edit(dir, FILE, '"2026-11-02"', '"2026-12-08"');
		const { content } = loadContent(dir);
		expect(content.corrections.map((c) => c.what.slice(0, 15))).toEqual([
			'The map marks t',
			'The timeline dr'
		]);
	});

	it('accepts an empty log', () => {
		const dir = copyFixture();
		fs.writeFileSync(path.join(dir, FILE), '# Nothing has changed yet.\n[]\n');
		expect(loadContent(dir).content.corrections).toEqual([]);
	});

	it('rejects an entry without a date, saying what to write', () => {
		const message = onlyProblem((dir) => edit(dir, FILE, '- date: "2026-11-02"\n  what:', '- what:'));
		expect(message).toContain(
			'content/corrections.yaml, line 2, entry "entry 1", field "date": is missing: every correction needs the date it was made. Add date: the day the story was changed, in quotes, like date: "2026-12-08".'
		);
	});

	it('rejects an entry without a reason', () => {
		const message = onlyProblem((dir) =>
			edit(dir, FILE, '  why: The report says Kyrgyzaltyn repelled an attempted attack on its office.\n', '')
		);
		expect(message).toContain(
			'content/corrections.yaml, line 2, entry "entry 1", field "why": is missing: every correction needs its reason. Add why: what was wrong or unsupported'
		);
	});

	it('rejects an empty reason and an empty change', () => {
		const message = onlyProblem((dir) =>
			edit(dir, FILE, 'why: The report says he was quoted on Tuesday evening, not elected then.', 'why: " "')
		);
		expect(message).toContain('content/corrections.yaml, line 8, entry "entry 2", field "why": is empty.');
		const what = onlyProblem((dir) => edit(dir, FILE, '  what: The map marks the office as an attempted attack, repelled.\n', ''));
		expect(what).toContain('entry "entry 1", field "what": is missing: say what changed.');
	});

	it('rejects a date that is not a real day, or not written as YYYY-MM-DD', () => {
		const message = onlyProblem((dir) => edit(dir, FILE, '"2026-11-02"', '"2026-02-30"'));
		expect(message).toContain(
			'content/corrections.yaml, line 2, entry "entry 1", field "date": is not a real date written as YYYY-MM-DD. Write the day the story was changed, in quotes, like "2026-12-08".'
		);
		const words = onlyProblem((dir) => edit(dir, FILE, '"2026-11-02"', '2 November 2026'));
		expect(words).toContain('field "date": is not a real date written as YYYY-MM-DD');
	});

	it('names a misspelt field', () => {
		const message = onlyProblem((dir) => edit(dir, FILE, '  why: The report says he', '  why: x\n  reason: The report says he'));
		expect(message).toContain('entry "entry 2", field "reason": is not a field this file uses (a typo?)');
		expect(message).toContain('the fields here are: date, what, why');
	});

	it('asks for a list, and for the file itself', () => {
		const notList = onlyProblem((dir) => fs.writeFileSync(path.join(dir, FILE), 'date: "2026-12-08"\n'));
		expect(notList).toContain('content/corrections.yaml: the file should be a list of corrections.');
		const missing = onlyProblem((dir) => fs.rmSync(path.join(dir, FILE)));
		expect(missing).toContain('content/corrections.yaml: the file is missing. Create content/corrections.yaml');
	});
});
