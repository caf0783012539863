/**
 * The live side of the story's chart islands: mounts a chart over its prerendered markup and keeps
 * it in step. Loaded with the first island, never on the first load; `chart-island.ts` says when.
 */
import { flushSync, mount, unmount } from 'svelte';
import { stepStates } from 'virtual:story-content';
import { loadChart, loadedChart, type ChartProps } from '$lib/charts/registry';
import { instantly, MOTION_MS } from '$lib/shared/motion';
import { LIVE_LAYERS, liveStartContext } from '$lib/charts/shared/live-start';
import type { ChartName, ChartState } from '$lib/content/types';
import { inLongIdle, inNextTask } from '$lib/shared/long-idle';
import { upcomingStates } from '$lib/charts/shared/prepare';

export { loadChart };

export interface LiveChart {
	show(id: string): void;
	/** The reader came near: build what is left without waiting for idle time. */
	hurry(): void;
	destroy(): void;
}

function stateOf(id: string): ChartState {
	const state = stepStates[id];
	if (!state)
		throw new Error(`The page names a step "${id}" that the content has no chart state for.`);
	return state;
}

/**
 * Leaving a step before half its move is flying past (a fling, a run of Tabs): steps then change at
 * once, or a phone draws moves no one watches (`npm run bench`, fast return: 1 in 10 frames over
 * 20 ms, against 1 in 100).
 */
const FLY_PAST_MS = MOTION_MS.long / 2;

/** ChartFigure's default `fallbackSize`. */
const FALLBACK = { width: 390, height: 340 };

/**
 * Mounts `Chart` in step `stepId`'s state one layer per task (no long task on a slow phone), off
 * the page so nothing is styled twice, then swaps it for the prerendered markup in one go. Not yet
 * `near`, it builds only in long idle periods, until `hurry()`.
 */
export function mountLive(
	Chart: import('svelte').Component<ChartProps>,
	figure: HTMLElement,
	stepId: string,
	reportHref: (paragraph: number) => string,
	near = true
): LiveChart {
	const box = figure.querySelector<HTMLElement>('.chart-box')!;
	const fit = figure.querySelector<HTMLElement>('.fit')!;
	const host = figure.querySelector<HTMLElement>('.island')!;
	const view = $state({
		step: stepId,
		width: box.clientWidth || FALLBACK.width,
		height: box.clientHeight || FALLBACK.height
	});
	const start = $state({ replaces: host.querySelector('[data-settled]'), built: 0 });
	let instance: ReturnType<typeof mount> | undefined;
	const stage = document.createElement('div');
	stage.style.display = 'contents';
	void instantly(() => {
		instance = mount(Chart, {
			target: stage,
			props: {
				get state() {
					return stateOf(view.step);
				},
				get width() {
					return view.width;
				},
				get height() {
					return view.height;
				},
				reportHref,
				upcoming: upcomingStates(stepStates, stepId)
			},
			context: liveStartContext(start)
		});
		flushSync();
	});
	const fitToBox = () => {
		const content = fit.offsetHeight;
		fit.style.transform =
			view.height && content > view.height + 1
				? `scale(${(view.height / content).toFixed(3)})`
				: '';
	};
	let changedAt = -Infinity;
	let urgent = near;
	let cancel: (() => void) | undefined;
	const queue = () => {
		cancel = urgent ? inNextTask(next) : inLongIdle(next);
	};
	const next = () => {
		cancel = undefined;
		if (start.built < LIVE_LAYERS) {
			void instantly(() => {
				start.built += 1;
				flushSync();
			});
			queue();
			return;
		}
		host.replaceChildren(stage);
		// Scaled at once, not at the observer's next call: no script ever sees it overflow.
		fitToBox();
		host.dataset.island = 'live';
	};
	queue();

	// Layout is read here (after layout) and at the swap, never in a scroll handler or a frame.
	const resize = new ResizeObserver(() => {
		view.width = box.clientWidth || view.width;
		view.height = box.clientHeight || view.height;
		fitToBox();
	});
	resize.observe(box);
	resize.observe(fit);

	return {
		show(id) {
			const now = performance.now();
			const flying = now - changedAt < FLY_PAST_MS;
			changedAt = now;
			// Off the page or flying past, a step lands at once, its CSS fades too (`data-motion`).
			if (stage.isConnected && !flying) {
				delete stage.dataset.motion;
				view.step = id;
				return;
			}
			if (flying) stage.dataset.motion = 'instant';
			void instantly(() => {
				view.step = id;
				flushSync();
			});
		},
		hurry() {
			if (urgent) return;
			urgent = true;
			if (cancel) {
				cancel();
				queue();
			}
		},
		destroy() {
			cancel?.();
			resize.disconnect();
			if (instance) void unmount(instance);
		}
	};
}

/** Draws a still chart at once if its code is here (the printed handout); false if not. */
export function drawStill(
	box: HTMLElement,
	chart: ChartName,
	stepId: string,
	size: { width: number; height: number },
	reportHref: (paragraph: number) => string
): boolean {
	const Chart = loadedChart(chart);
	if (!Chart) return false;
	void instantly(() => {
		mount(Chart, { target: box, props: { state: stateOf(stepId), ...size, reportHref } });
		flushSync();
	});
	return true;
}
