import { render } from 'svelte/server';
import { charts, type ChartProps } from '$lib/charts/registry';
import type { ChartName } from '$lib/content/types';

/**
 * A chart's prerendered markup, without comments: it is never hydrated, and `{@html}` claims nodes
 * up to the first empty comment. `idPrefix` keeps `$props.id()` ids unique across charts.
 */
export function chartHtml(name: ChartName, props: ChartProps, idPrefix: string): string {
	const { body } = render(charts[name], { props, idPrefix });
	return body.replace(/<!--[\s\S]*?-->/g, '');
}
