import { describe, expect, it } from 'vitest';
import {
	citationDate,
	citationLabel,
	citationParts,
	citationText,
	sourcesLabel,
	sourcesText
} from './citation';
import type { Citation } from './types';

const republished: Citation = {
	outlet: 'National Post',
	republishes: 'Reuters',
	date: '2020-10-15',
	title: 'Kyrgyzstan president Jeenbekov resigns after unrest',
	url: 'https://nationalpost.com/pmn/news-pmn/kyrgyzstan-president-jeenbekov-resigns-after-unrest'
};
const untitled: Citation = { outlet: 'TASS', date: '2020-10-05', url: 'https://tass.com/world/1208853' };
const reference: Citation = { outlet: 'Wikipedia', kind: 'reference', title: 'Bishkek' };

describe('citation text', () => {
	it('writes dates out in words', () => {
		expect(citationDate('2020-10-05')).toBe('5 October 2020');
		expect(citationDate('2021-01-10')).toBe('10 January 2021');
	});

	it('credits the original outlet of a republication and says who republished it', () => {
		expect(citationLabel(republished)).toBe(
			'Reuters, “Kyrgyzstan president Jeenbekov resigns after unrest”, 15 October 2020, republished by National Post'
		);
		expect(citationText(republished)).toBe(
			`${citationLabel(republished)} <${republished.url}>`
		);
	});

	it('links the title; without one, the republication; without that, the outlet', () => {
		expect(citationParts(republished).linked).toBe('title');
		expect(citationParts({ ...republished, title: undefined }).linked).toBe('republication');
		expect(citationParts(untitled).linked).toBe('by');
		expect(citationParts(reference).linked).toBeNull();
	});

	it('marks a reference work and keeps a note in brackets', () => {
		expect(citationLabel(reference)).toBe('Wikipedia, “Bishkek” (reference work)');
		expect(citationLabel({ ...untitled, note: 'the election date' })).toBe(
			'TASS, 5 October 2020 (the election date)'
		);
	});

	it('joins several citations: one line without addresses, or one per line in full', () => {
		expect(sourcesLabel([{ ...untitled, note: 'left out here' }, reference])).toBe(
			'TASS, 5 October 2020 · Wikipedia, “Bishkek” (reference work)'
		);
		expect(sourcesText([untitled, reference])).toBe(
			'TASS, 5 October 2020 <https://tass.com/world/1208853>\nWikipedia, “Bishkek” (reference work)'
		);
	});
});
