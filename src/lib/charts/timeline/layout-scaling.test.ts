/**
 * The timeline's layout grows no worse than n log n with the number of events, and stacks rows as
 * the first-free-row rule says.
 */
import { describe, expect, it } from 'vitest';
import { estimateTextWidth } from '../shared/text';
import { ev, FIXTURE } from './fixture.test-data';
import { assignRows, layoutTimeline } from './layout';

describe('scales with the number of events (nothing worse than n log n)', () => {
	/** The fixture `copies` times over, with fresh ids, spread over the parts of the day. */
	const many = (copies: number) =>
		Array.from({ length: copies }, (_, k) =>
			FIXTURE.map((e) => ({
				...ev(
					`${e.id}-${k}`,
					e.category,
					e.when.day,
					(['early-morning', 'morning', 'afternoon', 'evening', 'night', 'day'] as const)[k % 6]!,
					e.when.inferred,
					`${e.title} ${k}`
				)
			}))
		).flat();

	/** How often the layout measures text, for `events` with a tenth of them focused. */
	function cost(events: ReturnType<typeof many>, width: number) {
		let calls = 0;
		const measure = (text: string, size: number, weight?: number) => {
			calls += 1;
			return estimateTextWidth(text, size, weight);
		};
		const focus = events.filter((_, i) => i % 10 === 0).map((e) => e.id);
		const started = performance.now();
		const l = layoutTimeline({ events, width, height: 600, window: null, focus, measure });
		return { calls, ms: performance.now() - started, marks: l.marks.length };
	}

	it('lays out 10x the fixture about 10x as hard, and 100x about 100x, in well under a second', () => {
		for (const width of [390, 1400]) {
			const small = cost(many(10), width);
			const large = cost(many(100), width);
			expect(small.marks).toBe(FIXTURE.length * 10);
			expect(large.marks).toBe(FIXTURE.length * 100);
			// Linear would be 10; n log n about 13; quadratic 100.
			expect(large.calls / small.calls, `${width}px`).toBeLessThan(16);
			expect(large.ms, `${width}px`).toBeLessThan(1000);
		}
	});

	it('stacks rows exactly like the first-free-row rule, done the slow way', () => {
		const events = many(30);
		const { placed } = assignRows(events);
		// The reference: for each event in time order, the first row whose last span has ended.
		const ends = new Map<string, number[]>();
		const sorted = [...events].sort(
			(a, b) =>
				Date.parse(`${a.when.day}T00:00Z`) - Date.parse(`${b.when.day}T00:00Z`) ||
				placed.get(a.id)!.start - placed.get(b.id)!.start ||
				placed.get(a.id)!.end - placed.get(b.id)!.end ||
				events.indexOf(a) - events.indexOf(b)
		);
		for (const e of sorted) {
			const p = placed.get(e.id)!;
			const rows = ends.get(e.category) ?? [];
			let row = rows.findIndex((end) => end <= p.start);
			if (row < 0) row = rows.length;
			rows[row] = p.end;
			ends.set(e.category, rows);
			expect(p.row, e.id).toBe(row);
		}
	});
});
