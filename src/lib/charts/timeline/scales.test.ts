import { describe, expect, it } from 'vitest';
import { sweepOf, timeScale, windowShift, windowShown } from './scales';

describe('windowShift', () => {
	const plot = { left: 60, right: 380 };
	const to = [1000, 2000];

	it('is no stretch once the window shown is the one laid out', () => {
		expect(windowShift([1000, 2000], to, plot)).toEqual({ k: 1, dx: 0 });
	});

	it('puts every time where the window shown now would draw it', () => {
		const shown = [400, 2600];
		const laidOut = timeScale([to[0]!, to[1]!], plot.left, plot.right);
		const now = timeScale([shown[0]!, shown[1]!], plot.left, plot.right);
		const { k, dx } = windowShift(shown, to, plot);
		for (const t of [400, 1000, 1500, 2000, 2600]) {
			expect(k * laidOut(t) + dx).toBeCloseTo(now(t), 6);
		}
	});

	it('is undone by windowShown, for a wider window, a narrower one and one beside it', () => {
		for (const shown of [
			[400, 2600],
			[1200, 1500],
			[1800, 3100]
		]) {
			const back = windowShown(windowShift(shown, to, plot), to, plot);
			expect(back[0]).toBeCloseTo(shown[0]!, 6);
			expect(back[1]).toBeCloseTo(shown[1]!, 6);
		}
		expect(windowShown({ k: 1, dx: 0 }, to, plot)).toEqual([1000, 2000]);
	});
});

describe('sweepOf', () => {
	it('spans where the window is and where it goes, in either direction', () => {
		expect(sweepOf([400, 2600], [1000, 2000])).toEqual([400, 2600]);
		expect(sweepOf([1000, 2000], [400, 2600])).toEqual([400, 2600]);
		expect(sweepOf([0, 1000], [500, 3000])).toEqual([0, 3000]);
	});
});
