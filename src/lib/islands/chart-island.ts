/**
 * A story chart as an island, driven from outside its prerendered figure. The code loads at idle
 * and starts at once, building the live chart in idle time so none of its work falls in a scroll;
 * if it cannot load, the prerendered chart stays and `data-state` still follows the steps.
 */
import type { ChartName } from '$lib/content/types';
import { whenNear } from '$lib/islands/when-near';

type LiveModule = typeof import('./live-chart.svelte');

let arrived: LiveModule | undefined;

/** The live module if its code is already here (the printed handout cannot wait for it). */
export function liveModule(): LiveModule | undefined {
	return arrived;
}

export interface ChartIsland {
	show(id: string): void;
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
