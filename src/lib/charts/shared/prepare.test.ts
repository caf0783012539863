import { describe, expect, it } from 'vitest';
import { nearestFirst, prepareAtIdle, upcomingStates } from './prepare';

/** An idle queue the test runs by hand. */
function manualIdle() {
	const queue: (() => void)[] = [];
	return {
		idle: (run: () => void) => {
			queue.push(run);
			return () => queue.splice(queue.indexOf(run), 1);
		},
		runOne: () => queue.shift()?.(),
		get waiting() {
			return queue.length;
		}
	};
}

describe('prepareAtIdle', () => {
	it('prepares one state per idle period, in order', () => {
		const clock = manualIdle();
		const done: string[] = [];
		prepareAtIdle(['a', 'b', 'c'], (s) => done.push(s), clock.idle);
		expect(done).toEqual([]);
		clock.runOne();
		expect(done).toEqual(['a']);
		clock.runOne();
		clock.runOne();
		expect(done).toEqual(['a', 'b', 'c']);
		expect(clock.waiting).toBe(0);
	});

	it('stops when cancelled', () => {
		const clock = manualIdle();
		const done: string[] = [];
		const cancel = prepareAtIdle(['a', 'b', 'c'], (s) => done.push(s), clock.idle);
		clock.runOne();
		cancel();
		expect(clock.waiting).toBe(0);
		expect(done).toEqual(['a']);
	});

	it('asks for no idle time when there is nothing to prepare', () => {
		const clock = manualIdle();
		prepareAtIdle([], () => {}, clock.idle);
		expect(clock.waiting).toBe(0);
	});
});

describe('nearestFirst', () => {
	it('orders states by their distance from the current one, the next before the previous', () => {
		expect(nearestFirst(['a', 'b', 'c', 'd', 'e'], 2)).toEqual(['c', 'd', 'b', 'e', 'a']);
	});

	it('handles the ends and an index out of range', () => {
		expect(nearestFirst(['a', 'b', 'c'], 0)).toEqual(['a', 'b', 'c']);
		expect(nearestFirst(['a', 'b', 'c'], 9)).toEqual(['c', 'b', 'a']);
		expect(nearestFirst([], 0)).toEqual([]);
	});
});

describe('upcomingStates', () => {
	const states = {
		a: { chart: 'timeline', n: 1 },
		b: { chart: 'timeline', n: 2 },
		c: { chart: 'timeline', n: 3 },
		x: { chart: 'mines', n: 4 },
		y: { chart: 'mines', n: 5 }
	};

	it('gives the states of the same chart only, nearest first', () => {
		expect(upcomingStates(states, 'b').map((s) => s.n)).toEqual([2, 3, 1]);
		expect(upcomingStates(states, 'y').map((s) => s.n)).toEqual([5, 4]);
	});

	it('gives nothing for a step without a state', () => {
		expect(upcomingStates(states, 'nope')).toEqual([]);
	});
});
