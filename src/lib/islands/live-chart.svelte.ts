/**
 * The live side of the story's chart islands: mounts a chart's component over its prerendered
 * markup and keeps it in step. Loaded with the first chart island (never on the first load), so
 * Svelte's runtime, the steps' chart states and this code arrive together, at idle or as a chart
 * comes near; `chart-island.ts` decides when.
 *
 * The figure keeps its prerendered markup (`ChartFigure` with `driven`): `.chart-box` is the box
 * to fill, `.fit` scales a chart that needs more room than its box (a short phone), `.island`
 * holds the chart.
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

/** A chart mounted in its figure. */
export interface LiveChart {
	/** Shows step `id`: animated, unless the reader asked for reduced motion or flies past steps. */
	show(id: string): void;
	/** The reader came near: build what is left without waiting for the browser to be idle. */
	hurry(): void;
	/** Unmounts the chart and stops measuring. */
	destroy(): void;
}

/** The chart state of step `id`, from the content (every step id on the page is one of them). */
function stateOf(id: string): ChartState {
	const state = stepStates[id];
	if (!state)
		throw new Error(`The page names a step "${id}" that the content has no chart state for.`);
	return state;
}

/**
 * A reader who leaves a step before half of its move (`--motion-long`) could have played is
 * flying past: a fling back to the top, a run of Tab presses. The steps they pass then change at
 * once instead of each starting a move the next one interrupts, which kept a phone's main thread
 * drawing frames of moves no one watched (`npm run bench`, fast return: about one frame in ten
 * over 20 ms; one in a hundred with every change instant).
 */
const FLY_PAST_MS = MOTION_MS.long / 2;

/** The size a figure's box offers, before the first measurement (prerender's own default). */
const FALLBACK = { width: 390, height: 340 };

/**
 * Mounts `Chart` in `figure` in step `stepId`'s state, at once (no animation), over a few short
 * tasks, so that no task is long on a slow phone: the chart starts empty, then builds one of its
 * layers per task (`charts/shared/live-start.ts`). It is built off the page, in an element not yet
 * in the document: the page keeps one chart in the figure meanwhile (the prerendered one, still
 * saying truthfully whether it shows the step), and the browser styles nothing twice. Then, in one
 * go, the live chart replaces the prerendered markup, so nothing flashes or moves, and it follows
 * the box's size. Started before the reader is near (`near` false), it builds its layers only while
 * the browser is idle (`shared/long-idle.ts`), until `hurry()`.
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
	/** Scales the chart down when it is taller than its box, rather than cut it off. */
	const fitToBox = () => {
		const content = fit.offsetHeight;
		fit.style.transform =
			view.height && content > view.height + 1
				? `scale(${(view.height / content).toFixed(3)})`
				: '';
	};
	/** When the chart last changed step (performance.now()). */
	let changedAt = -Infinity;
	let urgent = near;
	let cancel: (() => void) | undefined;
	/** Queues the next layer: in the next task once the reader is near, else at idle. */
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

	// Follow the box, and scale down a chart taller than its box. Read in the observer's callback
	// (after layout) and once at the swap, never in a scroll handler or an animation frame.
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
			// A step the reader stays on animates from where the chart is (even mid-move). Out of
			// sight (the reader sees the prerendered chart), or while the reader flies past steps,
			// a new step lands at once, its CSS fades too (the motion tokens are 0 on the stage
			// until the reader stays on a step again).
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

/**
 * Draws chart `chart` in step `stepId`'s state into `box` at `size`, at once, if its code has
 * already arrived (for the printed handout, drawn as printing starts). False when it has not.
 */
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
