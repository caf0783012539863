/**
 * One chart of the story as an island, driven from outside its prerendered figure
 * (`<figure data-chart data-state>` written by `ChartFigure` with `driven`).
 *
 * Until its code arrives, the prerendered chart stays, `data-state` on the figure follows the
 * step all the same, and the static chart root says `data-settled="false"` whenever the step is
 * not the one it shows. The code (Svelte's runtime and the chart's chunk, through
 * `live-chart.svelte.ts`) loads at idle or as the figure comes near (`islands/when-near.ts`);
 * then the live chart takes over in place, in the current step's state. Code that arrives at idle
 * starts at once, building the live chart in the browser's idle time, so that it is usually ready
 * before the reader comes near and none of its work falls in the middle of a scroll. If it cannot
 * load, the prerendered chart, its text and its table stay, and the steps go on following the
 * reader.
 */
import type { ChartName } from '$lib/content/types';
import { whenNear } from '$lib/islands/when-near';

type LiveModule = typeof import('./live-chart.svelte');

/** The live module, once it has arrived (for the printed handout, which cannot wait for it). */
let arrived: LiveModule | undefined;

/** The live module if its code is already here, else undefined (no request). */
export function liveModule(): LiveModule | undefined {
	return arrived;
}

/** A story chart: show a step, or stop. */
export interface ChartIsland {
	/** Shows step `id` (the figure's `data-state` says it at once; the chart follows). */
	show(id: string): void;
	/** Stops loading or unmounts the live chart. */
	destroy(): void;
}

/** Drives the chart in `figure`, which is prerendered in the state its `data-state` names. */
export function chartIsland(
	figure: HTMLElement,
	reportHref: (paragraph: number) => string
): ChartIsland {
	const chart = figure.dataset.chart as ChartName;
	const host = figure.querySelector<HTMLElement>('.island');
	const prerendered = host?.querySelector('[data-settled]');
	/** The step the prerendered markup shows (null: none, a view drawn only in the browser). */
	const staticStep = prerendered ? (figure.dataset.state ?? null) : null;
	let current = figure.dataset.state ?? '';
	let live: import('./live-chart.svelte').LiveChart | undefined;

	const load = async () => {
		const module = await import('./live-chart.svelte');
		arrived = module;
		return { module, Chart: await module.loadChart(chart) };
	};
	const stop = host
		? whenNear(
				figure,
				load,
				({ module, Chart }, near) =>
					(live = module.mountLive(Chart, figure, current, reportHref, near)),
				{ now: !prerendered, atIdle: true, onnear: () => live?.hurry() }
			)
		: () => {};

	return {
		show(id) {
			if (id === current) return;
			current = id;
			figure.dataset.state = id;
			// Until the live chart (built off the page) takes its place, the prerendered one says
			// whether it shows the step.
			if (prerendered?.isConnected)
				prerendered.setAttribute('data-settled', String(id === staticStep));
			live?.show(id);
		},
		destroy() {
			stop();
			live?.destroy();
		}
	};
}
