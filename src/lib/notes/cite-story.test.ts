import { describe, expect, it } from 'vitest';
import {
	apa,
	bareAddress,
	chicago,
	mla,
	plainText,
	storyVersion,
	titleCase,
	versionDate,
	type StoryCitation
} from './cite-story';

const TITLE = 'Kyrgyzstan’s contested election and the storming of the White House';
const URL = 'https://example.org/graphics/kg/';
const corrected = storyVersion([{ date: '2026-12-08' }, { date: '2026-11-02' }], null);
const story = (over: Partial<StoryCitation> = {}): StoryCitation => ({
	title: TITLE,
	version: corrected,
	url: URL,
	...over
});

describe('the version cited', () => {
	it('is the latest correction (the log is newest first)', () => {
		expect(corrected).toEqual({ published: null, modified: '2026-12-08' });
		expect(versionDate(corrected)).toBe('2026-12-08');
	});

	it('is the published date when there is no correction, or when it is later', () => {
		expect(storyVersion([], '2026-10-01')).toEqual({ published: '2026-10-01', modified: null });
		const republished = storyVersion([{ date: '2026-12-08' }], '2027-01-05');
		expect(versionDate(republished)).toBe('2027-01-05');
		expect(republished.modified).toBeNull();
	});

	it('is the correction when it is later than the published date', () => {
		const v = storyVersion([{ date: '2026-12-08' }], '2026-10-01');
		expect(v).toEqual({ published: '2026-10-01', modified: '2026-12-08' });
	});

	it('is no date at all without either', () => {
		expect(versionDate(storyVersion([], null))).toBeNull();
	});
});

describe('titleCase', () => {
	it('capitalises the words of a headline but not its minor words', () => {
		expect(titleCase(TITLE)).toBe(
			'Kyrgyzstan’s Contested Election and the Storming of the White House'
		);
	});

	it('always capitalises the first and last words, and the word after a colon', () => {
		expect(titleCase('the mines to look out for')).toBe('The Mines to Look Out For');
		expect(titleCase('gold: a history of the mines')).toBe('Gold: A History of the Mines');
	});

	it('keeps capitals already there', () => {
		expect(titleCase('why OSCE observers left Bishkek')).toBe('Why OSCE Observers Left Bishkek');
	});
});

describe('APA (7th edition)', () => {
	it('puts the title (in italics) first, then the date and the address', () => {
		const segments = apa(story());
		expect(plainText(segments)).toBe(`${TITLE}. (2026, December 8). ${URL}`);
		expect(segments[0]).toEqual({ text: `${TITLE}.`, italic: true });
		expect(segments.filter((s) => s.italic)).toHaveLength(1);
		expect(segments.find((s) => s.address)).toEqual({ text: URL, address: 'full' });
	});

	it('writes n.d. without a date, and leaves the address out when there is none', () => {
		expect(plainText(apa(story({ version: storyVersion([], null) })))).toBe(
			`${TITLE}. (n.d.). ${URL}`
		);
		expect(plainText(apa(story({ url: null })))).toBe(`${TITLE}. (2026, December 8).`);
	});

	it('does not add a full stop after a question mark', () => {
		expect(plainText(apa(story({ title: 'Who runs Kyrgyzstan?', url: null })))).toBe(
			'Who runs Kyrgyzstan? (2026, December 8).'
		);
	});
});

describe('MLA (9th edition)', () => {
	it('quotes the title in title case, then day, short month, year, and the address without https://', () => {
		const segments = mla(story());
		expect(plainText(segments)).toBe(
			'“Kyrgyzstan’s Contested Election and the Storming of the White House.” 8 Dec. 2026, example.org/graphics/kg/.'
		);
		expect(segments.find((s) => s.address)).toEqual({
			text: 'example.org/graphics/kg/',
			address: 'bare'
		});
		expect(segments.some((s) => s.italic)).toBe(false);
	});

	it('abbreviates months longer than four letters, September as Sept.', () => {
		const on = (date: string) =>
			plainText(mla(story({ version: storyVersion([{ date }], null), url: null })));
		expect(on('2026-09-30')).toMatch(/” 30 Sept\. 2026\.$/);
		expect(on('2026-06-01')).toMatch(/” 1 June 2026\.$/);
		expect(on('2026-05-01')).toMatch(/” 1 May 2026\.$/);
		expect(on('2027-01-15')).toMatch(/” 15 Jan\. 2027\.$/);
	});

	it('leaves out what it does not have', () => {
		const title = '“Kyrgyzstan’s Contested Election and the Storming of the White House.”';
		expect(plainText(mla(story({ version: storyVersion([], null) })))).toBe(
			`${title} example.org/graphics/kg/.`
		);
		expect(plainText(mla(story({ version: storyVersion([], null), url: null })))).toBe(title);
	});
});

describe('Chicago (17th edition, bibliography)', () => {
	it('quotes the title, then the date of the last change and the address', () => {
		expect(plainText(chicago(story()))).toBe(
			`“Kyrgyzstan’s Contested Election and the Storming of the White House.” Last modified December 8, 2026. ${URL}.`
		);
	});

	it('gives a published date as a plain date', () => {
		const published = storyVersion([], '2026-10-01');
		expect(plainText(chicago(story({ version: published, url: null })))).toBe(
			'“Kyrgyzstan’s Contested Election and the Storming of the White House.” October 1, 2026.'
		);
	});
});

describe('bareAddress', () => {
	it('drops the scheme only', () => {
		expect(bareAddress('https://example.org/a/#x')).toBe('example.org/a/#x');
		expect(bareAddress('http://127.0.0.1:4174/')).toBe('127.0.0.1:4174/');
		expect(bareAddress('/kg/')).toBe('/kg/');
	});
});
