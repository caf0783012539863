import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { estimateTextWidth, widestLine, wrapText } from './text';

/** A monospace measurer: 10 px a character, so widths are easy to reason about. */
const mono = (s: string) => s.length * 10;

describe('wrapText', () => {
	it('breaks at spaces into lines no wider than the room', () => {
		const lines = wrapText('Protesters free Sadyr Zhaparov from prison', 160, mono);
		expect(lines).toEqual(['Protesters free', 'Sadyr Zhaparov', 'from prison']);
		for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(160);
	});

	it('keeps short text on one line', () => {
		expect(wrapText('Russia’s military base', 400, mono)).toEqual(['Russia’s military base']);
	});

	it('never cuts: every word is there, whole, and no line ends in an ellipsis', () => {
		const text = 'Opposition groups take control of most of the  apparatus';
		for (const room of [1, 15, 60, 100, 200, 1000]) {
			const lines = wrapText(text, room, mono);
			expect(lines.join(' '), `${room}px`).toBe(text.replace(/\s+/g, ' '));
			for (const line of lines) expect(line, `${room}px`).not.toMatch(/…$/);
		}
	});

	it('gives a word wider than the room a line of its own, whole, for the caller to place', () => {
		const lines = wrapText('at Kyrgyzaltyn office', 60, mono);
		expect(lines).toEqual(['at', 'Kyrgyzaltyn', 'office']);
		expect(widestLine(lines, mono)).toBe(110);
		expect(widestLine([], mono)).toBe(0);
	});

	it('has no way to cut: the text module holds no ellipsis', () => {
		const source = readFileSync(new URL('./text.ts', import.meta.url), 'utf8');
		expect(source).not.toMatch(/…|\\u2026|ellips/i);
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
