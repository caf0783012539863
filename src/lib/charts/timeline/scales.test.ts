import { describe, expect, it } from 'vitest';
import { sweepOf, timeScale, windowShift } from './scales';

/** Applies an SVG `matrix(a b c d e f)` to x (the window's transforms only stretch and move x). */
const applyX = (transform: string, x: number) => {
	const [a = 1, , , , e = 0] = /matrix\(([^)]*)\)/.exec(transform)![1]!.split(' ').map(Number);
	return a * x + e;
};

describe('windowShift', () => {
	const plot = { left: 60, right: 380 };
	const to = [1000, 2000];

	it('is null once the window shown is the one laid out', () => {
		expect(windowShift([1000, 2000], to, plot)).toBeNull();
	});

	it('puts every time where the window shown now would draw it', () => {
		const shown = [400, 2600];
		const laidOut = timeScale([to[0]!, to[1]!], plot.left, plot.right);
		const now = timeScale([shown[0]!, shown[1]!], plot.left, plot.right);
		const shift = windowShift(shown, to, plot)!;
		for (const t of [400, 1000, 1500, 2000, 2600]) {
			expect(applyX(shift, laidOut(t))).toBeCloseTo(now(t), 6);
		}
	});
});

describe('sweepOf', () => {
	it('spans where the window is and where it goes, in either direction', () => {
		expect(sweepOf([400, 2600], [1000, 2000])).toEqual([400, 2600]);
		expect(sweepOf([1000, 2000], [400, 2600])).toEqual([400, 2600]);
		expect(sweepOf([0, 1000], [500, 3000])).toEqual([0, 3000]);
	});
});
