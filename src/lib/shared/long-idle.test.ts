import { afterEach, describe, expect, it, vi } from 'vitest';
import { LONG_IDLE_MS, inLongIdle } from './long-idle';

/** A stand-in for the browser's idle callbacks: `idle(ms)` runs the queued ones with `ms` left. */
function fakeIdle() {
	let queue = new Map<number, IdleRequestCallback>();
	let id = 0;
	vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => {
		queue.set(++id, cb);
		return id;
	});
	vi.stubGlobal('cancelIdleCallback', (handle: number) => queue.delete(handle));
	return {
		idle(ms: number) {
			const due = queue;
			queue = new Map();
			for (const cb of due.values()) cb({ didTimeout: false, timeRemaining: () => ms });
		},
		get waiting() {
			return queue.size;
		}
	};
}

describe('inLongIdle', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
	});

	it('waits through short idle periods (frames being drawn) for a long one', () => {
		const browser = fakeIdle();
		const run = vi.fn();
		inLongIdle(run);
		browser.idle(8);
		browser.idle(LONG_IDLE_MS - 1);
		expect(run).not.toHaveBeenCalled();
		expect(browser.waiting).toBe(1);
		browser.idle(LONG_IDLE_MS);
		expect(run).toHaveBeenCalledTimes(1);
		expect(browser.waiting).toBe(0);
	});

	it('can be cancelled while it waits', () => {
		const browser = fakeIdle();
		const run = vi.fn();
		const cancel = inLongIdle(run);
		browser.idle(5);
		cancel();
		browser.idle(50);
		expect(run).not.toHaveBeenCalled();
	});

	it('runs in the next task where the browser has no idle callbacks (WebKit)', () => {
		vi.stubGlobal('requestIdleCallback', undefined);
		vi.useFakeTimers();
		const run = vi.fn();
		inLongIdle(run);
		expect(run).not.toHaveBeenCalled();
		vi.advanceTimersByTime(0);
		expect(run).toHaveBeenCalledTimes(1);
	});
});
