/**
 * How the timeline measures its text. Mounted over its own prerender (`live-start.ts`), the chart
 * measures its text from the prerendered SVG before it first renders. Otherwise it measures for
 * real once in the browser (the prerender used a generous estimate), before the first live layout,
 * so the chart is laid out once on mount rather than twice: the font is the SVG's without the
 * prerender's own size (a hydrated chart, an embed's, starts as the prerender did). One style
 * read, when the chart's code starts, never in a frame.
 */
import { onMount, untrack } from 'svelte';
import type { LiveStart } from '../shared/live-start';
import { liveTextOf } from '../shared/live-text';
import type { MeasureText } from '../shared/text';

/** The chart's text as measured so far, and whether its code runs. */
export interface LiveText {
	readonly measure: MeasureText | undefined;
	readonly fontSize: number | undefined;
	/** The chart's code runs (false when prerendered: see prerender.ts). */
	readonly mounted: boolean;
}

/** The text of a chart started by `start` (if any), whose SVG is `svg()`. Call during setup. */
export function liveText(
	start: LiveStart | undefined,
	svg: () => SVGSVGElement | undefined
): LiveText {
	const early = untrack(() => {
		const prerendered = start?.replaces?.querySelector('svg');
		return prerendered ? liveTextOf(prerendered) : undefined;
	});
	let measure: MeasureText | undefined = $state(early?.measure);
	let fontSize: number | undefined = $state(early?.fontSize);
	let mounted = $state(start !== undefined);

	onMount(() => {
		const el = svg();
		if (el && !early) {
			const text = liveTextOf(el);
			measure = text.measure;
			fontSize = text.fontSize;
		}
		mounted = true;
	});

	return {
		get measure() {
			return measure;
		},
		get fontSize() {
			return fontSize;
		},
		get mounted() {
			return mounted;
		}
	};
}
