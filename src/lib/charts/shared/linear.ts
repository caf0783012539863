/**
 * A linear position scale: the one piece of scale maths the charts run in the browser (hours or
 * epoch milliseconds to pixels). It is d3-scale's `scaleLinear` mapping, written out, because
 * every d3 module that offers it (d3-scale, and d3-interpolate's single-file build) also brings
 * d3-color and d3-format, about 8 KB gzipped of colour interpolation and tick formatting that the
 * charts never use, on every reader's phone: more than a tenth of the page's JavaScript budget.
 * `linear.test.ts` checks it against `scaleLinear` itself.
 */

/** Maps `domain` linearly onto `range` (extrapolating outside it, as d3's linear scales do). */
export function linearScale(
	domain: readonly [number, number],
	range: readonly [number, number]
): (value: number | Date) => number {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	const span = d1 - d0;
	return (value) => {
		const t = span === 0 ? 0.5 : (+value - d0) / span;
		return r0 * (1 - t) + r1 * t;
	};
}
