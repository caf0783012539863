import { describe, expect, it } from 'vitest';
import { locateQuote, normaliseQuote, splitParagraphs } from './provenance';

const paragraphs = splitParagraphs(
	'Kyrgyzstan’s “White House” burned.\n\n  \nRussia’s military base was put on high alert.\nThe base, on Tuesday.'
);

describe('normaliseQuote', () => {
	it('straightens typographic quotes and collapses whitespace, nothing else', () => {
		expect(normaliseQuote('  Russia’s  ‘base’\n“alert” ')).toBe(`Russia's 'base' "alert"`);
		expect(normaliseQuote('Base, ALERT.')).toBe('Base, ALERT.');
	});
});

describe('splitParagraphs', () => {
	it('keeps non-empty lines only, in order', () => {
		expect(paragraphs).toHaveLength(3);
		expect(paragraphs[1]).toBe('Russia’s military base was put on high alert.');
	});
});

describe('locateQuote', () => {
	it('finds the 1-based paragraph, with straight or curly quotes', () => {
		expect(locateQuote(paragraphs, `Russia's military base`)).toEqual({ found: true, paragraph: 2 });
		expect(locateQuote(paragraphs, 'Kyrgyzstan’s "White House"')).toEqual({
			found: true,
			paragraph: 1
		});
	});

	it('rejects an empty quote', () => {
		expect(locateQuote(paragraphs, '  ')).toEqual({ found: false, reason: 'empty' });
	});

	it('reports every paragraph of an ambiguous quote', () => {
		expect(locateQuote(paragraphs, 'base')).toEqual({
			found: false,
			reason: 'ambiguous',
			paragraphs: [2, 3]
		});
	});

	it('does not forgive capitals or punctuation', () => {
		const capitals = locateQuote(paragraphs, 'russia’s military base');
		expect(capitals).toMatchObject({ found: false, reason: 'missing' });
		expect(capitals.found === false && 'hint' in capitals && capitals.hint).toContain(
			'paragraph 2 has these words with different capitals: "Russia\'s military base"'
		);
		expect(locateQuote(paragraphs, 'The base on Tuesday')).toMatchObject({
			found: false,
			reason: 'missing'
		});
	});

	it('says where a near miss stops matching, on a word boundary', () => {
		const miss = locateQuote(paragraphs, 'Russia’s military base was put on alert');
		expect(miss.found === false && 'hint' in miss && miss.hint).toBe(
			' (paragraph 2 matches up to "Russia\'s military base was put on", then the report has "high alert.…" where the quote has "alert…")'
		);
	});
});
