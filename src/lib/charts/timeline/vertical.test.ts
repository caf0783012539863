import { describe, expect, it } from 'vitest';
import { interpolateNumbers } from '../shared/transition.svelte';
import { TUESDAY_PHONE } from './fixture.test-data';
import { layoutTimeline, verticalOf, type LayoutInput } from './layout';
import { groupRows, rowMiddle, rowsShown, verticalPlace, type Moving } from './vertical';
import { inside } from './scales';

const base: LayoutInput = TUESDAY_PHONE;

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

describe('verticalPlace', () => {
	const from = layoutTimeline(base);
	const to = layoutTimeline({ ...base, focus: ['seized', 'freed', 'bbc'] });
	const rows = groupRows(to.marks);
	const piece = (kind: Moving['kind'], index: number): Moving => ({
		el: {} as Element,
		kind,
		index
	});
	const bars = rows.map((row) => piece('bars', to.marks.indexOf(row.marks[0]!)));
	const labelled = to.marks.flatMap((m, i) => (m.label ? [i] : []));
	const lanes = to.lanes.map((_, i) => piece('rule', i));

	it('lands exactly where the chart draws each piece at rest', () => {
		const rest = verticalOf(to);
		rows.forEach((row, i) =>
			expect(verticalPlace(bars[i]!, to, rest)).toEqual({ sy: 1, ty: row.y })
		);
		for (const i of labelled) {
			const m = to.marks[i]!;
			expect(verticalPlace(piece('labels', i), to, rest).ty).toBeCloseTo(rowMiddle(m), 6);
		}
		for (const lane of lanes) expect(verticalPlace(lane, to, rest)).toEqual({ sy: 1, ty: 0 });
	});

	it('starts each row, label and lane where the previous step drew it', () => {
		const start = interpolateNumbers(verticalOf(from), verticalOf(to))(0);
		expect(new Set(rows.map((_, i) => verticalPlace(bars[i]!, to, start).sy)).size).toBeGreaterThan(
			1
		);
		rows.forEach((row, i) => {
			const m = row.marks[0]!;
			const old = from.marks.find((o) => o.id === m.id)!;
			const { sy, ty } = verticalPlace(bars[i]!, to, start);
			expect(sy * (-m.rowHeight / 2) + ty).toBeCloseTo(old.rowY, 1);
			expect(sy * (m.rowHeight / 2) + ty).toBeCloseTo(old.rowY + old.rowHeight, 1);
		});
		for (const i of labelled) {
			const m = to.marks[i]!;
			const old = from.marks.find((o) => o.id === m.id)!;
			const { ty } = verticalPlace(piece('labels', i), to, start);
			expect(ty + m.labelY - rowMiddle(m)).toBeCloseTo(old.labelY, 1);
		}
		to.lanes.forEach((lane, i) => {
			expect(lane.y + verticalPlace(lanes[i]!, to, start).ty).toBeCloseTo(from.lanes[i]!.y, 1);
		});
	});

	it('puts every piece at rest for the values of another layout', () => {
		const other = verticalOf(layoutTimeline({ ...base, events: base.events.slice(1) }));
		rows.forEach((row, i) =>
			expect(verticalPlace(bars[i]!, to, other)).toEqual({ sy: 1, ty: row.y })
		);
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
