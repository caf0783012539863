/**
 * A chart rendered to HTML at build time, in one state and at one size: what the page shows
 * before (or without) the chart's code. Build time only; the browser keeps this markup as it is
 * (`views/StaticHtml.svelte`'s pattern) until the chart's chunk arrives and takes its place.
 */
import { render } from 'svelte/server';
import { charts, type ChartProps } from '$lib/charts/registry';
import type { ChartName } from '$lib/content/types';

/**
 * The chart's markup, without Svelte's hydration markers: it is never hydrated (the live chart is
 * mounted beside it and the markup removed), and `{@html}` claims prerendered nodes up to the first
 * empty comment, so none may be left in it. `idPrefix` keeps `$props.id()` ids unique when several
 * charts are rendered into one page.
 */
export function chartHtml(name: ChartName, props: ChartProps, idPrefix: string): string {
	const { body } = render(charts[name], { props, idPrefix });
	return body.replace(/<!--[\s\S]*?-->/g, '');
}
