import { describe, expect, it, vi } from 'vitest';
import { FIXTURE, TUESDAY_PHONE } from './fixture.test-data';
import { layoutTimeline, type LayoutInput } from './layout';
import { keepUnchanged, memoLayout, REMEMBERED_LAYOUTS } from './memo';

const base: LayoutInput = TUESDAY_PHONE;

describe('memoLayout', () => {
	it('lays a state out once, and again only when something it depends on changes', () => {
		const layout = vi.fn(layoutTimeline);
		const memo = memoLayout(layout);
		const first = memo(base);
		expect(memo({ ...base, focus: ['storm'] })).toBe(first);
		expect(layout).toHaveBeenCalledTimes(1);
		const other = memo({ ...base, focus: ['seized'] });
		expect(other).not.toBe(first);
		memo({ ...base, width: 391 });
		memo({ ...base, window: null });
		memo({ ...base, events: [...FIXTURE] });
		expect(layout).toHaveBeenCalledTimes(5);
		// Back to the first step: remembered.
		expect(memo(base)).toBe(first);
		expect(layout).toHaveBeenCalledTimes(5);
	});

	it('forgets the least recently used layout beyond its size', () => {
		const layout = vi.fn(layoutTimeline);
		const memo = memoLayout(layout);
		for (let w = 0; w <= REMEMBERED_LAYOUTS; w++) memo({ ...base, width: 300 + w });
		expect(layout).toHaveBeenCalledTimes(REMEMBERED_LAYOUTS + 1);
		memo({ ...base, width: 300 + REMEMBERED_LAYOUTS }); // the newest: still there
		expect(layout).toHaveBeenCalledTimes(REMEMBERED_LAYOUTS + 1);
		memo({ ...base, width: 300 }); // the oldest: forgotten
		expect(layout).toHaveBeenCalledTimes(REMEMBERED_LAYOUTS + 2);
	});
});

describe('keepUnchanged', () => {
	it('hands back the same mark objects for the events a step change does not alter', () => {
		const before = layoutTimeline(base);
		const after = keepUnchanged(before, layoutTimeline({ ...base, focus: ['seized'] }));
		let kept = 0;
		after.marks.forEach((m, i) => {
			const old = before.marks[i]!;
			const same =
				JSON.stringify({ ...m, event: null }) === JSON.stringify({ ...old, event: null });
			// Kept exactly when it draws the same.
			expect(m === old).toBe(same);
			if (same) kept++;
		});
		expect(kept).toBeGreaterThan(0);
		expect(after.marks.find((m) => m.id === 'seized')).not.toBe(
			before.marks.find((m) => m.id === 'seized')
		);
	});

	it('keeps the whole list when nothing changed', () => {
		const before = layoutTimeline(base);
		const again = keepUnchanged(before, layoutTimeline(base));
		expect(again.marks).toBe(before.marks);
	});
});
