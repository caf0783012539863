/**
 * Which component draws which chart. Every chart takes the same props: the state to show, the
 * size of its box, and how to link a paragraph of the report. Views (story, embeds, presenter)
 * look charts up here by the section's `chart` name and never import a chart directly.
 *
 * Each chart is an island: in the browser it is a chunk of its own (the component and the d3
 * modules it uses), fetched with `import()` when its section nears the viewport or the browser is
 * idle (`views/ChartFigure.svelte`), never with the page. On the server (prerender) the same
 * `import()`s are awaited once at startup, so a view can render a chart synchronously. Keeping the
 * import dynamic on both sides is also what puts the charts' styles in the page's first-paint CSS:
 * SvelteKit inlines the CSS of a module that the page imports dynamically in both builds
 * (`find_deps` in its build, "eagerly load client stylesheets … imported by the SSR-ed page").
 */
import type { Component } from 'svelte';
import type { ChartName, ChartState } from '$lib/content/types';

export interface ChartProps<S extends ChartState = ChartState> {
	/** The state to show (from the active step). */
	state: S;
	/** Width of the chart's box in CSS pixels. */
	width: number;
	/** Height of the chart's box in CSS pixels. */
	height: number;
	/** Link to paragraph `n` of the original report. */
	reportHref?: (paragraph: number) => string;
	/**
	 * States the reader may go to next, nearest first (the story's live chart passes its section's
	 * steps): a chart may prepare them while the browser is idle. Default: none.
	 */
	upcoming?: readonly S[];
}

type ChartComponent = Component<ChartProps>;

// Each chart narrows `state` to its own kind; the registry only ever pairs a chart with states of
// its own section, which the content loader checks at build time.
const imports: Record<ChartName, () => Promise<{ default: unknown }>> = {
	timeline: () => import('./timeline/TimelineChart.svelte'),
	casualties: () => import('./casualties/CasualtiesChart.svelte'),
	mines: () => import('./mines/MinesChart.svelte')
};

/** Components already loaded in this page, by chart name (filled by `loadChart`). */
const loaded: Partial<Record<ChartName, ChartComponent>> = {};
/** Loads in flight, so two callers share one request. */
const pending: Partial<Record<ChartName, Promise<ChartComponent>>> = {};

/**
 * The chart's component, loading its chunk once. A failed load (network dropped) rejects and is
 * forgotten, so a later call tries again.
 */
export function loadChart(name: ChartName): Promise<ChartComponent> {
	const done = loaded[name];
	if (done) return Promise.resolve(done);
	return (pending[name] ??= imports[name]().then(
		(module) => {
			const component = module.default as ChartComponent;
			loaded[name] = component;
			delete pending[name];
			return component;
		},
		(error: unknown) => {
			delete pending[name];
			throw error;
		}
	));
}

/** The chart's component if its chunk has already arrived (no request), else undefined. */
export function loadedChart(name: ChartName): ChartComponent | undefined {
	return loaded[name];
}

/**
 * Server only (prerender, share image): every chart's component, resolved at startup. Empty in
 * the browser, where the bundler drops this branch and with it any static reference to a chart.
 */
export const charts: Record<ChartName, ChartComponent> = import.meta.env.SSR
	? (Object.fromEntries(
			await Promise.all(
				(Object.keys(imports) as ChartName[]).map(
					async (name) => [name, await loadChart(name)] as const
				)
			)
		) as Record<ChartName, ChartComponent>)
	: ({} as Record<ChartName, ChartComponent>);
