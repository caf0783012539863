import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { animate, interpolateNumbers, Transition } from './transition.svelte';
import { instantly } from '$lib/shared/motion';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Waits for a state, not for a time: a busy machine may run the frames late. */
async function until(done: () => boolean, ms = 5000): Promise<void> {
	for (const end = Date.now() + ms; !done(); await wait(5)) {
		if (Date.now() > end) throw new Error(`not reached within ${ms} ms`);
	}
}
const linear = (t: number) => t;

describe('animate', () => {
	it('with no duration runs the last frame and the end at once', () => {
		const frames: number[] = [];
		let ended = false;
		animate(
			0,
			(t) => frames.push(t),
			() => (ended = true)
		);
		expect(frames).toEqual([1]);
		expect(ended).toBe(true);
	});

	it('ends on exactly t = 1, then calls end once', async () => {
		const frames: number[] = [];
		let ends = 0;
		animate(
			60,
			(t) => frames.push(t),
			() => (ends += 1),
			linear
		);
		expect(ends).toBe(0);
		await until(() => ends > 0);
		await wait(20);
		expect(frames.at(-1)).toBe(1);
		expect(frames.slice(0, -1).every((t) => t >= 0 && t < 1)).toBe(true);
		expect(ends).toBe(1);
	});

	it('stop() leaves it where it is, without ending', async () => {
		let ended = false;
		const run = animate(
			60,
			() => {},
			() => (ended = true)
		);
		run.stop();
		await wait(150);
		expect(ended).toBe(false);
	});
});

describe('Transition', () => {
	let tr: Transition<number> | null = null;
	afterEach(() => tr?.dispose());

	it('moves to the target and settles there', async () => {
		tr = new Transition(0);
		expect(tr.settled).toBe(true);
		tr.to(100, 80, linear);
		expect(tr.settled).toBe(false);
		expect(tr.target).toBe(100);
		await until(() => tr!.settled);
		expect(tr.current).toBe(100);
		expect(tr.settled).toBe(true);
	});

	it('retargets mid-flight from the value it has reached, not from the old start', async () => {
		tr = new Transition(0);
		const t = tr;
		t.to(100, 2000, linear);
		await until(() => t.current > 0);
		const mid = t.current;
		expect(mid).toBeGreaterThan(0);
		expect(mid).toBeLessThan(100);
		t.to(-100, 2000, linear);
		// The first frames of the new flight start where the old one was, heading down.
		await wait(30);
		expect(t.current).toBeLessThanOrEqual(mid);
		expect(t.current).toBeGreaterThan(-100);
		await until(() => t.settled);
		expect(t.current).toBe(-100);
	});

	it('is instant with a zero duration (reduced motion), synchronously', () => {
		tr = new Transition(0);
		tr.to(42, 0);
		expect(tr.current).toBe(42);
		expect(tr.settled).toBe(true);
	});

	it('is instant inside instantly(): the motion tokens collapse to 0', async () => {
		const { duration } = await import('$lib/shared/motion');
		tr = new Transition(0);
		const t = tr;
		await instantly(() => t.to(7, duration('long')));
		expect(t.current).toBe(7);
		flushSync();
		expect(t.settled).toBe(true);
	});

	it('interpolates arrays of numbers with a fresh array per frame', () => {
		const blend = interpolateNumbers([0, 10], [10, 20]);
		const a = blend(0.5);
		expect(a).toEqual([5, 15]);
		expect(blend(0.5)).not.toBe(a);
		expect(interpolateNumbers([1], [2, 3])(0)).toEqual([2, 3]);
	});
});

describe('Transition of objects (d3-interpolate picks the interpolator)', () => {
	it('moves each key, gives a new object per frame, and takes new keys at their target', async () => {
		const tr = new Transition<Record<string, number[]>>({ a: [0, 0], gone: [1, 1] });
		const seen = new Set<object>();
		tr.to({ a: [10, 20], b: [5, 5] }, 400, (t) => t);
		const poll = setInterval(() => seen.add(tr.current), 5);
		await until(() => (tr.current.a?.[0] ?? 0) > 0);
		expect(tr.current.b).toEqual([5, 5]);
		await until(() => tr.settled);
		clearInterval(poll);
		expect(tr.current).toEqual({ a: [10, 20], b: [5, 5] });
		expect(seen.size).toBeGreaterThan(2);
		tr.dispose();
	});
});

describe('Transition to where it already is', () => {
	it('starts nothing and stays settled (a step that changes nothing it shows)', () => {
		const tr = new Transition<number[]>([1, 0.3]);
		tr.to([1, 0.3], 250);
		expect(tr.settled).toBe(true);
		expect(tr.current).toEqual([1, 0.3]);
		tr.dispose();
	});
});
