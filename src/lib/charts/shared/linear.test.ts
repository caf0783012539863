import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { linearScale } from './linear';

describe('linearScale', () => {
	it('maps exactly like d3-scale scaleLinear, inside and outside the domain', () => {
		const ours = linearScale([10, 30], [100, 500]);
		const d3 = scaleLinear().domain([10, 30]).range([100, 500]);
		for (const v of [-5, 10, 12.5, 20, 30, 45]) expect(ours(v)).toBeCloseTo(d3(v), 9);
	});
	it('takes dates as epoch milliseconds', () => {
		const t0 = Date.UTC(2020, 9, 4);
		const t1 = Date.UTC(2020, 9, 7);
		const x = linearScale([t0, t1], [0, 300]);
		expect(x(new Date(Date.UTC(2020, 9, 5)))).toBeCloseTo(100, 9);
	});
	it('puts everything at the middle of the range for an empty domain', () => {
		expect(linearScale([5, 5], [0, 10])(5)).toBe(5);
	});
});
