import { describe, expect, it } from 'vitest';
import { windowDomain } from '../shared/time';
import { cssOf, moves, relative, type Matrix } from './fly';
import { blendPoses, flyersOf, type Pose } from './flyers';
import { TUESDAY_PHONE } from './fixture.test-data';
import { layoutTimeline, verticalOf } from './layout';
import { sweepOf, windowShift } from './scales';
import { groupRows, rowMiddle } from './vertical';
import type { TimelineLayout } from './types';

/** Just enough of an SVG element for `flyersOf`: its attributes and classes. */
class FakeElement {
	constructor(readonly attrs: Record<string, string>) {}
	getAttribute(name: string) {
		return this.attrs[name] ?? null;
	}
	classList = { contains: (c: string) => (this.attrs.class ?? '').split(' ').includes(c) };
}

/** The pieces the chart draws for `layout` that can move, as `flyersOf` looks them up. */
function fakeChart(layout: TimelineLayout) {
	const rows = groupRows(layout.marks).map((r) => new FakeElement({ 'data-row': r.key }));
	const labels = groupRows(layout.marks).map((r) => new FakeElement({ 'data-row-labels': r.key }));
	const lanes = layout.lanes.flatMap((_, i) => [
		new FakeElement({ 'data-lane': String(i), class: 'lane-rule' }),
		new FakeElement({ 'data-lane': String(i), class: 'lane-name' })
	]);
	const bands = layout.guides
		.filter((d) => d.shaded)
		.map((d) => new FakeElement({ class: 'day-band', x: String(d.x0) }));
	const rules = layout.guides.map((d) => new FakeElement({ class: 'day-rule', x1: String(d.x0) }));
	return {
		rows,
		querySelectorAll(selector: string) {
			if (selector.includes('day-band')) return bands;
			if (selector.includes('day-rule')) return rules;
			return [...lanes, ...rows, ...labels];
		}
	} as unknown as Element & { rows: FakeElement[] };
}

/** Where the chart draws `layout` at rest: no stretch, its own vertical numbers. */
const restOf = (layout: TimelineLayout): Pose => ({
	shift: { k: 1, dx: 0 },
	values: verticalOf(layout)
});

/** Applies a matrix to a point. */
const apply = ([a, , , d, e, f]: Matrix, x: number, y: number) => ({ x: a * x + e, y: d * y + f });

describe('flyersOf', () => {
	// From the whole of Tuesday to its afternoon, with other events highlighted: the window and
	// the rows both move.
	const before = layoutTimeline(TUESDAY_PHONE);
	const window = ['2020-10-06T12:00', '2020-10-06T20:00'] as const;
	const after = layoutTimeline({ ...TUESDAY_PHONE, window, focus: ['seized', 'freed', 'bbc'] });
	const [fromDomain, toDomain] = [windowDomain(TUESDAY_PHONE.window), windowDomain(window)];
	const start: Pose = {
		shift: windowShift(fromDomain, toDomain, after.plot),
		values: verticalOf(before)
	};
	const svg = fakeChart(after);
	const flyers = flyersOf(
		svg,
		after,
		{ from: start, to: restOf(after) },
		sweepOf(fromDomain, toDomain)
	);

	it('starts each bar where the step before drew it, and lands it where this step does', () => {
		const rows = groupRows(after.marks);
		let checked = 0;
		for (const row of rows) {
			const flyer = flyers.find((f) => f.el === (svg.rows[rows.indexOf(row)] as unknown));
			if (!flyer) continue;
			for (const m of row.marks) {
				const old = before.marks.find((o) => o.id === m.id)!;
				// The bar's start and its row's band as the copy draws them (from the row's middle),
				// placed by the matrices: the row's band is stretched from the old band to the new.
				const [x, top, bottom] = [m.x0, -m.rowHeight / 2, m.rowHeight / 2];
				// Within a pixel: each layout rounds its bars' ends to whole pixels.
				expect(Math.abs(apply(flyer.from, x, top).x - old.x0)).toBeLessThanOrEqual(1);
				expect(apply(flyer.from, x, top).y).toBeCloseTo(old.rowY, 1);
				expect(apply(flyer.from, x, bottom).y).toBeCloseTo(old.rowY + old.rowHeight, 1);
				expect(apply(flyer.to, x, m.y - rowMiddle(m))).toEqual({ x: m.x0, y: m.y });
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(5);
	});

	it('moves the day rules without stretching them, and flies no label while the window moves', () => {
		const rules = flyers.filter((f) => f.tier === 'guides' && f.from[0] === 1);
		expect(rules.length).toBe(after.guides.length);
		for (const f of rules) expect(f.to).toEqual([1, 0, 0, 1, 0, 0]);
		expect(flyers.some((f) => f.tier === 'labels')).toBe(false);
	});

	it('flies labels with their rows when the window stays', () => {
		const same: Pose = { shift: { k: 1, dx: 0 }, values: verticalOf(before) };
		const moved = layoutTimeline({ ...TUESDAY_PHONE, focus: ['seized', 'freed', 'bbc'] });
		const pieces = flyersOf(
			fakeChart(moved),
			moved,
			{ from: same, to: restOf(moved) },
			sweepOf(fromDomain, fromDomain)
		);
		expect(pieces.filter((f) => f.tier === 'labels' && moves(f)).length).toBeGreaterThan(0);
		expect(pieces.some((f) => f.tier === 'guides')).toBe(false);
	});
});

describe('blendPoses', () => {
	it('starts at the first pose and ends exactly at the second', () => {
		const a: Pose = { shift: { k: 3, dx: -120 }, values: [0, 10, 20] };
		const b: Pose = { shift: { k: 1, dx: 0 }, values: [5, 10, 40] };
		const blend = blendPoses(a, b);
		expect(blend(0)).toEqual(a);
		expect(blend(1)).toEqual(b);
		expect(blend(0.5)).toEqual({ shift: { k: 2, dx: -60 }, values: [2.5, 10, 30] });
	});
});

describe('relative', () => {
	it('is the move a layer of pieces drawn at rest plays: the start, once the rest is undone', () => {
		// A row drawn from its middle at y = 50, starting stretched by 2 around y = 30 and moved by
		// the window's stretch (k 0.5, dx 40).
		const flyer = { from: [0.5, 0, 0, 2, 40, 30] as Matrix, to: [1, 0, 0, 1, 0, 50] as Matrix };
		const move = relative(flyer);
		for (const [x, y] of [
			[0, 0],
			[100, -6],
			[200, 6]
		] as const) {
			const atRest = apply(flyer.to, x, y);
			expect(apply(move, atRest.x, atRest.y)).toEqual(apply(flyer.from, x, y));
		}
		expect(relative({ from: flyer.to, to: flyer.to })).toEqual([1, 0, 0, 1, 0, 0]);
	});
});

describe('cssOf', () => {
	it('is a translate then a scale, which the browser blends term by term', () => {
		expect(cssOf([2, 0, 0, 0, 10.12345, -4])).toBe('translate(10.123px,-4px) scale(2,0)');
		expect(moves({ from: [1, 0, 0, 1, 0, 3], to: [1, 0, 0, 1, 0, 3] })).toBe(false);
		expect(moves({ from: [1, 0, 0, 1, 0, 3], to: [1, 0, 0, 1, 0, 4] })).toBe(true);
	});
});
