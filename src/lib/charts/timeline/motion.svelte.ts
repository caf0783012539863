/**
 * A step change of the timeline moves the chart from where it is shown to its new target: the time
 * window, and the rows' heights. The chart is drawn at the target at once; the pieces that move fly
 * there on layers of their own, moved by the browser's compositor (`fly.ts`, `flyers.ts`), so no
 * frame of the move runs script, style, layout or paint. A move blends the window's stretch and
 * the rows' numbers (d3-interpolate) at the project's pace (d3-ease, the same curve the layers
 * follow), and d3-timer lands it. A new step mid-move starts from where the chart is by the clock.
 * A resize or a new measure of the text never animates.
 */
import { onDestroy, tick, untrack } from 'svelte';
import { timeout, type Timer } from 'd3-timer';
import { duration, ease } from '$lib/shared/motion';
import { Settle } from '../shared/settle.svelte';
import { fly, type Flight } from './fly';
import { blendPoses, flyersOf, type Pose } from './flyers';
import { verticalOf } from './layout';
import { sweepOf, windowShift, windowShown } from './scales';
import type { TimelineLayout } from './types';

const same = (a: readonly number[], b: readonly number[]) =>
	a.length === b.length && a.every((v, i) => v === b[i]);

/** The chart's elements a move needs: its root (the layers go there) and its SVG. */
export interface MoveTargets {
	root: HTMLElement;
	svg: SVGSVGElement;
}

/** The timeline's moves between steps, one at a time (see the module comment). */
export class StepMove {
	/** The time window is moving (its text is hidden meanwhile; see the chart's layers' styles). */
	moving = $state(false);
	/** The rows have landed where the target draws them. */
	rowsSettled = $state(true);
	/** Times shown at some point of the window's move (where it started to where it goes). */
	sweep: readonly [number, number] = $state.raw([0, 0]);

	/** The move under way: its poses by eased progress, when it started (ms) and how long it takes. */
	#move: { blend: (t: number) => Pose; start: number; ms: number } | undefined;
	/** Where the chart rests (the last target): its window, its plot and its rows' numbers. */
	#rest:
		| { domain: readonly number[]; plot: TimelineLayout['plot']; values: readonly number[] }
		| undefined;
	#flight: Flight | undefined;
	#landing: Timer | undefined;
	/** The step drawn last (its focus and window): a new one animates, a new box does not. */
	#lastStep: string;

	/** A chart that starts shown at the window `domain` (ms), in the step `step`. */
	constructor(domain: readonly number[], step: string) {
		this.sweep = sweepOf([], domain);
		this.#lastStep = step;
	}

	/**
	 * Where the chart is shown now: its window and rows, at rest or mid-move (where the layers are
	 * by their clock, or before they take over, where d3-ease puts it by the time).
	 */
	#shownNow(): { domain: readonly number[]; values: readonly number[] } | undefined {
		const move = this.#move;
		const rest = this.#rest;
		if (!move || !rest) return rest;
		const t =
			this.#flight?.progress() ?? ease(Math.min(1, (performance.now() - move.start) / move.ms));
		const pose = move.blend(t);
		const domain = windowShown(pose.shift, rest.domain, rest.plot);
		return { domain, values: pose.values };
	}

	/** Ends the move under way where it is: layers gone, the chart as drawn. */
	stop(): void {
		this.#flight?.land();
		this.#landing?.stop();
		this.#flight = this.#landing = this.#move = undefined;
	}

	/**
	 * The chart is now drawn at `layout`, whose window is `domain` (ms), for the step `step` (its
	 * focus and window): moves there from where it is shown if the step is a new one, else lands
	 * at once. `targets` gives the chart's elements once Svelte has drawn what the move shows.
	 * Call untracked.
	 */
	go(
		layout: TimelineLayout,
		domain: readonly number[],
		step: string,
		targets: () => MoveTargets | undefined
	): void {
		const animates = step !== this.#lastStep;
		this.#lastStep = step;
		const to: Pose = { shift: { k: 1, dx: 0 }, values: verticalOf(layout) };
		const now = this.#shownNow();
		this.stop();
		this.#rest = { domain, plot: layout.plot, values: to.values };
		const ms = animates ? duration('long') : 0;
		// Rows of another layout's events cannot blend: they start where they land.
		const values = now && now.values.length === to.values.length ? now.values : to.values;
		const shown = now?.domain ?? domain;
		const from: Pose = { shift: windowShift(shown, domain, layout.plot), values };
		const windowMoves = !same(shown, domain);
		if (!(ms > 0) || !(windowMoves || !same(values, to.values))) {
			this.moving = false;
			this.rowsSettled = true;
			return;
		}
		const current = (this.#move = { blend: blendPoses(from, to), start: performance.now(), ms });
		this.sweep = sweepOf(shown, domain);
		this.moving = windowMoves;
		this.rowsSettled = false;
		// Once Svelte has drawn the bars the move shows (`sweep`), before the next paint.
		void tick().then(() => {
			const el = targets();
			if (this.#move !== current || !el) return;
			const flyers = flyersOf(el.svg, layout, { from, to }, this.sweep);
			this.#flight = fly(el.root, el.svg, layout, flyers, ms, current.start);
			this.#landing = timeout(
				() => {
					this.stop();
					this.moving = false;
					this.rowsSettled = true;
				},
				ms - (performance.now() - current.start)
			);
		});
	}
}

/**
 * Whether the chart has settled, for `data-settled` on its root: no `move` under way, and no CSS
 * fade (--motion-short) either, which counts as part of settling: the colours' when the focus
 * (`focusKey()`) changes, and the text's when the window lands. Call during the chart's setup.
 */
export function settling(move: StepMove, focusKey: () => string): () => boolean {
	const fade = new Settle();
	let lastFocus = untrack(focusKey);
	$effect(() => {
		const key = focusKey();
		if (key === lastFocus) return;
		lastFocus = key;
		fade.start(
			untrack(() => duration('short')),
			true
		);
	});
	onDestroy(() => fade.dispose());

	// Once it lands, the text fades back in.
	let wasMoving = false;
	$effect(() => {
		const now = move.moving;
		if (wasMoving && !now)
			fade.start(
				untrack(() => duration('short')),
				true
			);
		wasMoving = now;
	});

	return () => !move.moving && move.rowsSettled && fade.settled;
}
