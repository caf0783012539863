/**
 * The charts' one way to animate a change between steps: d3-timer drives the frames, d3-ease
 * shapes them and d3-interpolate blends from the value the chart shows *now* to the target, so a
 * new step mid-flight retargets from where the chart is instead of jumping. A duration of 0 (the
 * motion tokens under reduced motion, or inside `instantly()`) lands at once, synchronously.
 *
 * `animate` is the bare loop (for a chart that writes a transform or an opacity itself);
 * `Transition` holds a value as Svelte state for a chart that renders it.
 */
import { timer, type Timer } from 'd3-timer';
import { interpolate } from 'd3-interpolate';
import { ease as projectEase } from '$lib/shared/motion';

/** A running animation; `stop()` leaves it where it is, without calling `end`. */
export interface Running {
	stop(): void;
}

/**
 * Calls `frame(eased t)` on every animation frame for `ms` milliseconds, ending with exactly
 * `frame(1)` and then `end()`. With `ms <= 0` both run at once, before it returns.
 */
export function animate(
	ms: number,
	frame: (t: number) => void,
	end: () => void = () => {},
	easing: (t: number) => number = projectEase
): Running {
	if (!(ms > 0)) {
		frame(1);
		end();
		return { stop() {} };
	}
	let t: Timer | null = timer((elapsed) => {
		if (elapsed >= ms) {
			t?.stop();
			t = null;
			frame(1);
			end();
		} else {
			frame(easing(elapsed / ms));
		}
	});
	return {
		stop() {
			t?.stop();
			t = null;
		}
	};
}

/** Blends two values; d3-interpolate's `interpolate` picks numbers, arrays or objects. */
export type Interpolator<T> = (from: T, to: T) => (t: number) => T;

/**
 * A value that moves to each new target over a duration. `current` (Svelte state) is what to
 * draw; `settled` is true once it has landed. `to` starts from `current`, even mid-flight.
 */
export class Transition<T> {
	current: T = $state.raw() as T;
	settled = $state(true);
	#target: T;
	#running: Running | null = null;
	#interpolate: Interpolator<T>;

	constructor(value: T, interpolator: Interpolator<T> = interpolate as unknown as Interpolator<T>) {
		this.current = value;
		this.#target = value;
		this.#interpolate = interpolator;
	}

	/** Where it is going (or is). */
	get target(): T {
		return this.#target;
	}

	/** Moves to `target` over `ms` milliseconds (0 = at once), from wherever it is now. */
	to(target: T, ms: number, easing?: (t: number) => number): void {
		// Already there: nothing moves, so nothing starts (and `settled` stays true).
		if (!this.#running && same(this.current, target)) {
			this.#target = target;
			this.current = target;
			return;
		}
		this.#running?.stop();
		this.#target = target;
		const blend = this.#interpolate(this.current, target);
		this.settled = false;
		this.#running = animate(
			ms,
			(t) => (this.current = t >= 1 ? target : fresh(blend(t))),
			() => {
				this.#running = null;
				this.settled = true;
			},
			easing
		);
	}

	/** Jumps to `value` (a resize, a new measurement): no animation. */
	set(value: T): void {
		this.to(value, 0);
	}

	/** Stops where it is (when the chart is destroyed). */
	dispose(): void {
		this.#running?.stop();
		this.#running = null;
	}
}

/** Equal numbers, or arrays / plain objects of equal values (what the charts animate). */
function same(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
	const ka = Object.keys(a);
	const kb = Object.keys(b);
	return (
		ka.length === kb.length &&
		ka.every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
	);
}

/**
 * d3's array and object interpolators hand back the same object every frame, updated in place;
 * Svelte state only notices a new one, so each frame gets a shallow copy.
 */
function fresh<T>(value: T): T {
	if (Array.isArray(value)) return [...value] as T;
	if (value && typeof value === 'object') return { ...value };
	return value;
}

/** Interpolates arrays of numbers element by element into a fresh array each frame. */
export function interpolateNumbers(
	from: readonly number[],
	to: readonly number[]
): (t: number) => number[] {
	if (from.length !== to.length) return () => [...to];
	return (t) => to.map((b, i) => (from[i] ?? b) * (1 - t) + b * t);
}
