import { describe, expect, it } from 'vitest';
import { interpolateNumbers } from '../shared/transition.svelte';
import { TUESDAY_PHONE } from './fixture.test-data';
import { layoutTimeline, verticalOf, type LayoutInput } from './layout';
import { band, drawVertical, groupRows, moved, rowAt, rowsShown, type Moving } from './vertical';
import { inside } from './scales';

const base: LayoutInput = TUESDAY_PHONE;

/** Just enough of an element for drawVertical: its transform attribute, and a count of writes. */
function fakeElement() {
	const el = {
		transform: null as string | null,
		writes: 0,
		setAttribute(_: string, v: string) {
			el.transform = v;
			el.writes++;
		},
		removeAttribute() {
			el.transform = null;
			el.writes++;
		}
	};
	return el;
}

/** y of a point drawn at `yRel` inside a row group with `transform` (translate or matrix). */
function apply(transform: string, yRel: number): { y: number; scale: number } {
	const t = /translate\(0 (-?[\d.e-]+)\)/.exec(transform);
	if (t) return { y: Number(t[1]) + yRel, scale: 1 };
	const m = /matrix\(1 0 0 (-?[\d.e-]+) 0 (-?[\d.e-]+)\)/.exec(transform);
	if (!m) throw new Error(`unexpected transform ${transform}`);
	return { y: Number(m[2]) + Number(m[1]) * yRel, scale: Number(m[1]) };
}

describe('groupRows', () => {
	it('puts every mark in its sub-row, once, rows top to bottom', () => {
		const layout = layoutTimeline(base);
		const rows = groupRows(layout.marks);
		expect(rows.flatMap((r) => r.marks).length).toBe(layout.marks.length);
		for (const row of rows) {
			for (const m of row.marks) {
				expect(`${m.lane}/${m.row}`).toBe(row.key);
				expect(m.rowY + m.rowHeight / 2).toBe(row.y);
			}
		}
		const tops = rows.map((r) => r.y);
		expect(tops).toEqual([...tops].sort((a, b) => a - b));
	});
});

describe('band and moved', () => {
	it('land exactly on the resting transform the chart draws', () => {
		expect(band(40, 20, 40, 20)).toBe(rowAt(50));
		expect(moved(50, 0)).toBe(rowAt(50));
	});

	it('show a row drawn for its target band inside the band it has now', () => {
		// Target band 100..144 (drawn from 122), now 60..66: its top is at 60, its bottom at 66.
		const t = band(100, 44, 60, 6);
		expect(apply(t, -22).y).toBeCloseTo(60, 2);
		expect(apply(t, 22).y).toBeCloseTo(66, 2);
		expect(apply(moved(100, -12), 5).y).toBe(93);
	});
});

describe('drawVertical', () => {
	const from = layoutTimeline(base);
	const to = layoutTimeline({ ...base, focus: ['seized', 'freed', 'bbc'] });
	const rows = groupRows(to.marks);
	const elements = rows.map((row) => ({
		el: fakeElement(),
		kind: 'bars' as const,
		index: to.marks.indexOf(row.marks[0]!)
	}));
	const moving = elements as unknown as Moving[];

	it('starts each row where the previous step drew it, and lands where the next one does', () => {
		const start = verticalOf(from);
		const blend = interpolateNumbers(start, verticalOf(to));
		drawVertical(moving, to, blend(0));
		rows.forEach((row, i) => {
			const m = row.marks[0]!;
			const old = from.marks.find((o) => o.id === m.id)!;
			const top = apply(elements[i]!.el.transform!, -m.rowHeight / 2).y;
			const bottom = apply(elements[i]!.el.transform!, m.rowHeight / 2).y;
			expect(top).toBeCloseTo(old.rowY, 1);
			expect(bottom).toBeCloseTo(old.rowY + old.rowHeight, 1);
		});
		drawVertical(moving, to, blend(1));
		rows.forEach((row, i) => expect(elements[i]!.el.transform).toBe(rowAt(row.y)));
	});

	it('writes one attribute per row per frame at most, and none for a row that stays', () => {
		const values = verticalOf(to);
		const before = elements.map((e) => e.el.writes);
		drawVertical(moving, to, values);
		expect(elements.map((e) => e.el.writes)).toEqual(before);
		const mid = interpolateNumbers(verticalOf(from), values)(0.5);
		drawVertical(moving, to, mid);
		elements.forEach((e, i) => expect(e.el.writes - before[i]!).toBeLessThanOrEqual(1));
	});
});

describe('rowsShown', () => {
	const layout = layoutTimeline(base);
	const rows = groupRows(layout.marks);
	const reaches = (row: (typeof rows)[number], span: readonly [number, number]) =>
		row.marks.some((m) => inside(m.start, m.end, span));

	it('keeps exactly the sub-rows with an event in the times shown', () => {
		const times = layout.marks.flatMap((m) => [m.start, m.end]).sort((a, b) => a - b);
		const span = [times[0]!, times[Math.floor(times.length / 3)]!] as const;
		const kept = rowsShown(layout, span);
		expect(kept.size).toBeGreaterThan(0);
		expect(kept.size).toBeLessThan(rows.length);
		for (const row of rows) expect(kept.has(row.key), row.key).toBe(reaches(row, span));
	});
});
