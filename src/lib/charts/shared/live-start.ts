/**
 * How a chart starts when the story mounts it over its own prerendered markup
 * (`islands/live-chart.svelte.ts` sets this as a Svelte context):
 *
 * - it is live from its first render, so it lays itself out for the browser at once, rather than
 *   first repeating the prerender's layout and then laying out again once mounted;
 * - `replaces` is the prerendered chart it takes over from, to read the live text style from;
 * - `built` counts the layers built so far: a chart draws its layer `n` once `built >= n`, so that
 *   its layout and its marks are made over a few short tasks (off the page) instead of in one
 *   long one. Each chart says what its layers are (the timeline and the mines map draw nothing
 *   at layer 0, so that the mount itself is a task of its own; the small casualties chart draws
 *   everything at once).
 *
 * Without this context (prerender, embeds, the presenter, print) a chart draws every layer at
 * once, as before.
 */
import { getContext } from 'svelte';

const KEY = Symbol('live-start');

/** The layers a chart may spread its work over, after its setup (layer 0): 1 to `LIVE_LAYERS`. */
export const LIVE_LAYERS = 6;

export interface LiveStart {
	/** The prerendered chart root this mount takes over from (null: none). */
	readonly replaces: Element | null;
	/** How many layers are built so far, 0 to `LIVE_LAYERS` (reactive when the mount builds). */
	readonly built: number;
}

/** The context to mount a chart with (Svelte's `mount(..., { context })`). */
export function liveStartContext(start: LiveStart): Map<symbol, LiveStart> {
	return new Map([[KEY, start]]);
}

/** This chart's live start, or undefined when it was not mounted over its prerender. */
export function liveStart(): LiveStart | undefined {
	return getContext<LiveStart | undefined>(KEY);
}

/**
 * For a chart's template: whether layer `n` is to be drawn yet (always, without a live start).
 * Call during the component's setup; the predicate is reactive.
 */
export function layers(start = liveStart()): (n: number) => boolean {
	return (n) => !start || start.built >= n;
}
