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
import { instantly } from '$lib/motion';
import type { ChartName, ChartState } from '$lib/content/types';

export { loadChart };

/** A chart mounted in its figure. */
export interface LiveChart {
	/** Shows step `id` (animated, unless the reader asked for reduced motion). */
	show(id: string): void;
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

/** The size a figure's box offers, before the first measurement (prerender's own default). */
const FALLBACK = { width: 390, height: 340 };

/**
 * Mounts `Chart` in `figure` in step `stepId`'s state, at once (no animation), out of sight; in the
 * next task it replaces the prerendered markup in one go, so nothing flashes or moves. Then it
 * follows the box's size.
 */
export function mountLive(
	Chart: import('svelte').Component<ChartProps>,
	figure: HTMLElement,
	stepId: string,
	reportHref: (paragraph: number) => string
): LiveChart {
	const box = figure.querySelector<HTMLElement>('.chart-box')!;
	const fit = figure.querySelector<HTMLElement>('.fit')!;
	const host = figure.querySelector<HTMLElement>('.island')!;
	const view = $state({
		step: stepId,
		width: box.clientWidth || FALLBACK.width,
		height: box.clientHeight || FALLBACK.height
	});
	let instance: ReturnType<typeof mount> | undefined;
	// Two tasks, so that neither is one long task on a slow phone: first the chart is built out of
	// sight beside the prerendered one, then it takes its place, in one paint.
	const stage = document.createElement('div');
	stage.style.cssText = 'position:absolute;inset:0 auto auto 0;width:100%;visibility:hidden';
	host.append(stage);
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
				reportHref
			}
		});
		flushSync();
	});
	const reveal = setTimeout(() => {
		for (const node of Array.from(host.childNodes)) if (node !== stage) node.remove();
		stage.style.cssText = 'display:contents';
		host.dataset.island = 'live';
	}, 0);

	// Follow the box, and scale down a chart taller than its box rather than cut it off. Read in
	// the observer's callback (after layout), never in a scroll handler or an animation frame.
	const resize = new ResizeObserver(() => {
		view.width = box.clientWidth || view.width;
		view.height = box.clientHeight || view.height;
		const content = fit.offsetHeight;
		fit.style.transform =
			view.height && content > view.height + 1
				? `scale(${(view.height / content).toFixed(3)})`
				: '';
	});
	resize.observe(box);
	resize.observe(fit);

	return {
		show(id) {
			view.step = id;
		},
		destroy() {
			clearTimeout(reveal);
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
