/** The share image: the timeline's overview step, rendered on the server and rasterised. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from 'svelte/server';
import { charts } from '$lib/charts/registry';
import type { Content } from '$lib/content/types';
import { CHART_BOX, shareImageSvg } from './share-image';
import { shareStep } from './share';
import { rasterise, usedComponentCss } from './share-image.server';

/** To compile the charts' scoped CSS. */
const chartSources = import.meta.glob('/src/lib/charts/**/*.svelte', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

/** Read from disk: Vitest serves CSS imports empty. */
function globalCss(): string {
	return readFileSync(path.join(process.cwd(), 'src/lib/shared/global.css'), 'utf8');
}

export function timelineShareSvg(content: Content): string {
	const step = shareStep(content);
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

export function timelineSharePng(content: Content) {
	return rasterise(timelineShareSvg(content));
}
