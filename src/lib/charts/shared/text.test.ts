import { describe, expect, it } from 'vitest';
import { estimateTextWidth, wrapText } from './text';

/** A monospace measurer: 10 px a character, so widths are easy to reason about. */
const mono = (s: string) => s.length * 10;

describe('wrapText', () => {
	it('breaks at spaces into lines no wider than the room', () => {
		const lines = wrapText('Protesters free Sadyr Zhaparov from prison', 160, 3, mono);
		expect(lines).toEqual(['Protesters free', 'Sadyr Zhaparov', 'from prison']);
		for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(160);
	});

	it('keeps short text on one line', () => {
		expect(wrapText('Russia’s military base', 400, 2, mono)).toEqual(['Russia’s military base']);
	});

	it('cuts the last allowed line with an ellipsis, at a word, without a dangling short word', () => {
		const lines = wrapText('Opposition groups take control of most of the apparatus', 200, 2, mono);
		expect(lines).toHaveLength(2);
		expect(lines[1]?.endsWith('…')).toBe(true);
		expect(lines[1]).not.toMatch(/ (of|the|a)…$/);
		for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(200);
	});

	it('cuts a single word wider than the room by characters', () => {
		expect(wrapText('Kyrgyzaltyn', 60, 1, mono)).toEqual(['Kyrgy…']);
	});

	it('gives up (no label) when not even one letter and an ellipsis fit', () => {
		expect(wrapText('Kyrgyzaltyn', 15, 2, mono)).toEqual([]);
		expect(wrapText('anything', 100, 0, mono)).toEqual([]);
	});
});

describe('estimateTextWidth', () => {
	it('errs wide: never narrower than a common sans at the same size', () => {
		// Arial at 13 px measures "Tue 6 Oct" at about 57 px and "International" (bold) at about 86 px.
		expect(estimateTextWidth('Tue 6 Oct', 13)).toBeGreaterThan(57);
		expect(estimateTextWidth('International', 13, 600)).toBeGreaterThan(86);
		expect(estimateTextWidth('mmm', 13)).toBeGreaterThan(estimateTextWidth('iii', 13));
	});
});

describe('estimateTextWidth: the fast path agrees with the per-character rule', () => {
	it('counts ASCII, curly quotes, accented letters and astral characters alike', () => {
		// 0.6 per lower-case letter, 0.3 per narrow character, 0.72 per capital, 0.38 per space.
		expect(estimateTextWidth('ab', 10)).toBeCloseTo(12);
		expect(estimateTextWidth('’i', 10)).toBeCloseTo(6);
		expect(estimateTextWidth('Öz ı', 10)).toBeCloseTo(6 + 6 + 3.8 + 3);
		expect(estimateTextWidth('a😀b', 10)).toBeCloseTo(18);
		// Cached: the same answer the second time, at any size and weight.
		expect(estimateTextWidth('ab', 20, 700)).toBeCloseTo(24 * 1.06);
	});
});
