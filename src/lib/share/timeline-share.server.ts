/**
 * The share image of the story: the timeline graphic in the state of its section's overview step,
 * rendered by Svelte on the server at the image's chart size, then rasterised. Build time only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from 'svelte/server';
import { charts } from '$lib/charts/registry';
import type { Content } from '$lib/content/types';
import { CHART_BOX, shareImageSvg } from './share-image';
import { rasterise, usedComponentCss } from './share-image.server';

/** Source text of every chart component, to compile their scoped CSS. */
const chartSources = import.meta.glob('/src/lib/charts/**/*.svelte', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** The page's stylesheet, for its colours (read from disk: Vitest serves CSS imports empty). */
function globalCss(): string {
	return readFileSync(path.join(process.cwd(), 'src/lib/shared/global.css'), 'utf8');
}

/** The share image as an SVG document. */
export function timelineShareSvg(content: Content): string {
	const section = content.sections.find((s) => s.chart === 'timeline');
	const stepId = section?.overview ?? section?.steps[0];
	const step = content.steps.find((s) => s.id === stepId);
	if (!step?.state) throw new Error('share image: the timeline section has no step to show');
	const { body } = render(charts.timeline, {
		props: { state: step.state, width: CHART_BOX.width, height: CHART_BOX.height }
	});
	return shareImageSvg({
		headline: content.story.headline,
		credit: `Based on reporting by ${content.report.publisher}, ${content.report.dateLabel}`,
		chartHtml: body,
		chartCss: usedComponentCss(chartSources, body),
		globalCss: globalCss()
	});
}

/** The share image as a PNG (1200x630). */
export function timelineSharePng(content: Content) {
	return rasterise(timelineShareSvg(content));
}
