/**
 * The collision test's judge (tests/e2e/support/chart-boxes.ts, `chartProblems`): what it calls a
 * problem, on boxes made up here, so a change to it that stops it failing is caught.
 */
import { describe, expect, it } from 'vitest';
import {
	chartProblems,
	overlaps,
	outside,
	type ChartBoxes,
	type TextLine
} from '../e2e/support/chart-boxes';

const where = { chart: 'mines', step: 'mines-all', size: '390x844', scheme: 'dark' };
const line = (text: string, left: number, top: number, owner: number, halo = false): TextLine => ({
	text,
	left,
	top,
	right: left + 60,
	bottom: top + 15,
	owner,
	halo,
	haloColour: halo ? 'rgb(0, 0, 0)' : null
});
const chart = (over: Partial<ChartBoxes>): ChartBoxes => ({
	bound: { left: 0, top: 0, right: 300, bottom: 200 },
	surface: 'rgb(0, 0, 0)',
	lines: [],
	marks: [],
	crossings: [],
	texts: [],
	...over
});

describe('overlaps and outside, with 1 px of tolerance', () => {
	it('counts an overlap only beyond 1 px on both axes', () => {
		const a = { left: 0, top: 0, right: 10, bottom: 10 };
		expect(overlaps(a, { left: 9, top: 0, right: 20, bottom: 10 })).toBe(false);
		expect(overlaps(a, { left: 8, top: 8, right: 20, bottom: 20 })).toBe(true);
		expect(overlaps(a, { left: 5, top: 9.5, right: 20, bottom: 20 })).toBe(false);
	});
	it('measures how far a box leaves another', () => {
		const outer = { left: 0, top: 0, right: 100, bottom: 100 };
		expect(outside({ left: 10, top: 10, right: 90, bottom: 90 }, outer)).toBe(0);
		expect(outside({ left: 10, top: 10, right: 106, bottom: 90 }, outer)).toBe(6);
	});
});

describe('chartProblems', () => {
	it('finds nothing in a clean chart', () => {
		const m = chart({
			lines: [line('Kumtor', 10, 10, 0), line('operating', 10, 26, 0), line('CHINA', 200, 150, 1)],
			marks: [{ left: 100, top: 10, right: 110, bottom: 20, name: 'circle.city' }],
			texts: ['Kumtor operating', 'CHINA']
		});
		expect(chartProblems(m, where)).toEqual([]);
	});

	it('names chart, step, size, scheme and both texts when two texts overlap', () => {
		const m = chart({
			lines: [line('Bishkek', 10, 10, 0), line('Kyrgyzaltyn’s office', 20, 15, 1)]
		});
		expect(chartProblems(m, where)).toEqual([
			'mines · mines-all · 390x844 · dark: text “Bishkek” overlaps text “Kyrgyzaltyn’s office”'
		]);
	});

	it('lets lines of one text touch, and a halo copy lie under its text', () => {
		const m = chart({
			lines: [
				line('Jeruy', 10, 10, 0),
				line('halted', 10, 20, 0),
				line('Bozymchak', 100, 10, 1),
				line('Bozymchak', 100, 10, 2, true)
			]
		});
		expect(chartProblems(m, where)).toEqual([]);
	});

	it('finds text over a mark, text out of the figure and a cut label', () => {
		const m = chart({
			lines: [line('Kumtor', 260, 10, 0), line('halted', 10, 50, 1)],
			marks: [{ left: 20, top: 52, right: 30, bottom: 60, name: 'path' }],
			texts: ['Kumtor', 'Police use teargas and…']
		});
		expect(chartProblems(m, where)).toEqual([
			'mines · mines-all · 390x844 · dark: text is cut with an ellipsis: “Police use teargas and…”',
			'mines · mines-all · 390x844 · dark: text leaves its figure by 20.0 px: “Kumtor”',
			'mines · mines-all · 390x844 · dark: text “halted” overlaps mark path'
		]);
	});

	it('asks for a halo where a line crosses text, in the chart’s background colour', () => {
		const plain = line('Bozymchak', 10, 10, 0);
		const haloed = { ...line('Jeruy', 100, 10, 1, true), haloColour: 'rgb(255, 255, 255)' };
		const m = chart({
			lines: [plain, haloed],
			crossings: [
				{ line: 0, by: 'path.neighbour' },
				{ line: 0, by: 'path.neighbour' },
				{ line: 1, by: 'path.country' }
			]
		});
		expect(chartProblems(m, where)).toEqual([
			'mines · mines-all · 390x844 · dark: path.neighbour crosses text “Bozymchak”, which has no halo',
			'mines · mines-all · 390x844 · dark: the halo of “Jeruy” is rgb(255, 255, 255), not the chart’s background rgb(0, 0, 0)'
		]);
	});
});
