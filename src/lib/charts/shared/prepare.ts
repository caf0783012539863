/**
 * Work a chart can do before the reader asks for it: laying out the states the reader may go to
 * next while the browser is idle, one per idle period, so that a step change finds its layout
 * already made and only updates the drawing. On a phone with the CPU slowed 4x (`npm run bench`),
 * the timeline's first change to a step was a task of about 50 ms, half of it the layout; a change
 * to a step already laid out, about 25 ms.
 */
import { inLongIdle } from '$lib/shared/long-idle';

/**
 * Calls `prepare(state)` for each of `states` in order, each in an idle period of its own
 * (`idle`: by default one of at least `LONG_IDLE_MS`, or the next task where the browser has no
 * idle callback). Returns the function that cancels what is not done yet.
 */
export function prepareAtIdle<S>(
	states: readonly S[],
	prepare: (state: S) => void,
	idle: (run: () => void) => () => void = inLongIdle
): () => void {
	let index = 0;
	let cancel: (() => void) | undefined;
	const next = () => {
		cancel = undefined;
		const state = states[index++];
		if (state === undefined) return;
		prepare(state);
		if (index < states.length) cancel = idle(next);
	};
	if (states.length) cancel = idle(next);
	return () => cancel?.();
}

/**
 * `states` by their distance from `current` (its own first, then the next, the one before, the
 * one after that, …): the order a reader is likely to reach them in.
 */
export function nearestFirst<S>(states: readonly S[], current: number): S[] {
	const at = Math.min(Math.max(current, 0), states.length - 1);
	return states
		.map((state, i) => ({ state, d: i > at ? 2 * (i - at) - 1 : 2 * (at - i) }))
		.sort((a, b) => a.d - b.d)
		.map(({ state }) => state);
}

/**
 * The states of the steps that drive the same chart as step `id` (its section's steps, in story
 * order in `states`), nearest to it first. Empty when `id` has no state.
 */
export function upcomingStates<S extends { chart: string }>(
	states: Readonly<Record<string, S>>,
	id: string
): S[] {
	const chart = states[id]?.chart;
	if (chart === undefined) return [];
	const ids = Object.keys(states).filter((step) => states[step]?.chart === chart);
	return nearestFirst(ids, ids.indexOf(id)).flatMap((step) => states[step] ?? []);
}
