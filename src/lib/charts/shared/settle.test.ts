import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Settle } from './settle.svelte';

describe('Settle', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('is false while a transition runs, then true', () => {
		const s = new Settle();
		expect(s.settled).toBe(true);
		s.start(300);
		expect(s.settled).toBe(false);
		vi.advanceTimersByTime(200);
		expect(s.settled).toBe(false);
		vi.advanceTimersByTime(200);
		expect(s.settled).toBe(true);
	});

	it('waits for the longest pending transition when a short one starts during a long one', () => {
		const s = new Settle();
		s.start(1300); // the fill
		vi.advanceTimersByTime(100);
		s.start(250); // a fast scroll on to the next phase
		vi.advanceTimersByTime(400);
		expect(s.settled).toBe(false);
		vi.advanceTimersByTime(900);
		expect(s.settled).toBe(true);
	});

	it('lets a replacing transition cut a long one short, and settles at once when instant', () => {
		const s = new Settle();
		s.start(1300);
		s.start(250, true);
		vi.advanceTimersByTime(350);
		expect(s.settled).toBe(true);
		s.start(1300);
		s.start(0, true);
		expect(s.settled).toBe(true);
	});
});
